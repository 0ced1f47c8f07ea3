import type { Person, Span } from '../types';
import { NEWSROOM_WORDS } from '../data/organizations';

/**
 * Credit lines: bylines ("By Jonas Ekberg, 14 October"), photo and video credits ("Photo: Mara Lind/Reuters"),
 * wire sign-offs ("Reporting by X; Editing by Y"; "Contributing: X"; "X in Lisbon contributed to this report."; "With files from
 * X"), and the writer's note at the end ("X is a reporter for …"). The people they name made the page; they are not people
 * in the story, so a person named only there is left out of the article's people (the byline is shown apart,
 * from the page's metadata). Teasers for other stories ("READ MORE: Mayor X unveils …") are treated alike: who
 * they name is in another story.
 */

/** A short paragraph that opens with one of these is a credit line, all of it. */
const CREDIT_LINE_OPENER =
  /^[\s([]*(?:by|words by|text by|story by|written by|reporting by|additional reporting by|edited by|compiled by|interviews? by|photos?(?: by)?|photographs?(?: by)?|pictures?(?: by)?|images?(?: by)?|illustrations?(?: by)?|videos?(?: by)?|graphics?(?: by)?|credits?|source|contributors?|contributed by|correspondent|with files from|with a report from)\b\s*:?|^[\s([]*contributing(?: reporting)?\s*:/i;
/** A short paragraph that ends so is a credit line ("Ana Ruiz in Lisbon contributed to this report."). */
const CREDIT_LINE_CLOSER = /\b(?:contributed|contributes)\s+(?:reporting\s+)?(?:to|for)\s+this\s+(?:report|story|article)\s*(?:\.\s*)?$/i;
/** A closing credit line names several writers and where they were: at most this many words. */
const CREDIT_CLOSER_MAX_WORDS = 40;
/** A short paragraph that opens with one of these points to another story. */
const TEASER_OPENER =
  /^[\s([]*(?:read more|read also|also read|related|see also|more from|recommended|watch|listen|more on this story|further reading)\s*[:|\-–—]/i;
/** At most this many words: a paragraph that opens "By the end of the year…" is not a byline. */
const CREDIT_LINE_MAX_WORDS = 16;
/** A teaser is a headline: longer than this, the paragraph is the story's own. */
const TEASER_MAX_WORDS = 25;
/** Inside a paragraph: from one of these markers to the end of the line or sentence is a credit. */
const CREDIT_MARKER =
  /(?:\b(?:photo|photograph|picture|image|illustration)s?\s*(?:by|:|credit:?)|\b(?:video|graphic)s?\s+by\b|\bcredits?:|\b(?:additional )?reporting by\b|\b(?:editing|writing|produced|compiled) by\b)[^\n.;]*(?:[;][^\n.]*)*/gi;

/**
 * A credit in brackets after a caption: a name, a slash and where the picture came from ("(Ana Lind/Reuters)",
 * "(Ana Lind/The Harbour Gazette via AP)"), capitalised words each side ("(Ruiz/Brandt ticket)" is none). Bounded.
 */
const BRACKETED_CREDIT =
  /\(\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s*\/\s*\p{Lu}[\p{L}\p{N}&.'\u2019-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'\u2019-]*|via|of|the|and|&)){0,6}\s*\)/gu;
/** An agency's photo credit with a slash, capitalised as agencies write it ("AP Photo/Name"; not "photo/video"). */
const PHOTO_SLASH_CREDIT = /\bPhotos?\s*\/\s*\p{Lu}[^\n.;)]*/gu;

/** "Ana Lind contributed reporting from Lisbon.": a closing credit in another form (the rest of it is looked at in code). */
const CONTRIBUTED_REPORTING = /\bcontributed\s+(?:reporting|research)\b/i;
/** "Ana Lind reported from Berlin.": the last line naming where the writer was. */
const REPORTED_FROM_LINE = /^\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,3}\s+reported\s+from\s+[^.\n]{1,80}\.?\s*$/u;

/** A line pointing to the writer elsewhere ("Follow Ana Lind on Twitter", "Sign up for Ana Lind's newsletter"). */
const FOLLOW_LINE = /^[\s([]*(?:follow|sign up for|subscribe to)\b/i;
/**
 * A sign-off line: a name and the newsroom the writer works for, alone in its paragraph ("Ana Lind, Reuters", "Ana
 * Lind | CBC News"); the newsroom's last word is one of NEWSROOM_WORDS (a headline or a letter writer's town is none).
 */
const SIGN_OFF_LINE = /^\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,3}\s*[,|\u2013\u2014-]\s*(?:\p{Lu}[\p{L}&'\u2019-]*\s+){0,3}(\p{L}+)\s*$/u;

/** A heading over the writer's note at an article's end ("About the author"). */
const AUTHOR_HEADING = /^\s*about (?:the )?authors?\s*:?\s*$/i;
/**
 * The writer's note at an article's end: a name, then what they do for which publication ("Ana Lind is a reporter for
 * the Gazette."; not "Natasha is the best photographer we have had"). Looked for only in the last paragraphs, where such a note stands.
 */
const AUTHOR_NOTE =
  /^\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|writer|journalist|editor|producer|columnist|contributor|photographer|videographer|critic)\s+(?:for|at|with|of|in)\s+(?:the\s+)?\p{Lu}/u;
/** The writer's note stands among this many last paragraphs, and is at most this many words. */
const AUTHOR_NOTE_LAST_PARAGRAPHS = 3;
const AUTHOR_NOTE_MAX_WORDS = 60;

/** "… contributed reporting (from Lisbon)." as the paragraph's only sentence: no full stop after it but the last. */
function contributedReporting(para: string): boolean {
  const m = CONTRIBUTED_REPORTING.exec(para);
  if (!m) return false;
  const rest = para.slice(m.index + m[0].length).trimEnd();
  const stop = rest.indexOf('.');
  return stop < 0 || stop === rest.length - 1;
}

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The spans of `text` that are credits. */
export function creditSpans(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const para = text.slice(p.start, p.end);
    const n = words(para);
    // "ABOUT THE AUTHOR" and the note under it; a note "Ana Lind is a reporter for …" among the last paragraphs.
    const underHeading = k > 0 && AUTHOR_HEADING.test(text.slice(paragraphs[k - 1]!.start, paragraphs[k - 1]!.end));
    if (
      AUTHOR_HEADING.test(para) ||
      ((underHeading || k >= paragraphs.length - AUTHOR_NOTE_LAST_PARAGRAPHS) && n <= AUTHOR_NOTE_MAX_WORDS && AUTHOR_NOTE.test(para))
    ) {
      out.push({ start: p.start, end: p.end });
      continue;
    }
    const opener = CREDIT_LINE_OPENER.exec(para);
    // "By" alone opens many sentences: a byline's next word is a capitalised name.
    const byline = opener && (!/^[\s([]*by\b/i.test(opener[0]) || /^\s*\p{Lu}/u.test(para.slice(opener[0].length)));
    if (
      (opener && byline && n <= CREDIT_LINE_MAX_WORDS) ||
      (TEASER_OPENER.test(para) && n <= TEASER_MAX_WORDS) ||
      (n <= CREDIT_CLOSER_MAX_WORDS && CREDIT_LINE_CLOSER.test(para)) ||
      (n <= TEASER_MAX_WORDS && FOLLOW_LINE.test(para)) ||
      NEWSROOM_WORDS.has(SIGN_OFF_LINE.exec(para)?.[1]?.toLowerCase() ?? '') ||
      (n <= CREDIT_CLOSER_MAX_WORDS && contributedReporting(para)) ||
      (k >= paragraphs.length - AUTHOR_NOTE_LAST_PARAGRAPHS && n <= TEASER_MAX_WORDS && REPORTED_FROM_LINE.test(para))
    ) {
      out.push({ start: p.start, end: p.end });
      continue;
    }
    for (const m of para.matchAll(CREDIT_MARKER)) out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
    for (const re of [BRACKETED_CREDIT, PHOTO_SLASH_CREDIT]) {
      for (const m of para.matchAll(re)) out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
    }
  }
  return out;
}

/** The people named somewhere outside the credits. */
export function withoutCreditsOnly(people: Person[], credits: readonly Span[]): Person[] {
  if (!credits.length) return people;
  const inCredit = (m: Span) => credits.some((c) => m.start >= c.start && m.end <= c.end);
  return people.filter((p) => !p.mentions.every(inCredit));
}
