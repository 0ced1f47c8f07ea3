/**
 * Tokens for finding names: words with their offsets, case and position in the sentence. Abbreviations keep
 * their period ("Sen.", "U.S.", "J."), possessive 's is a token of its own, hyphenated and apostrophe names stay
 * whole ("Jean-Luc", "O'Neill", "al-Assad").
 */

import { STATE_ABBREVIATIONS } from '../data/name-types';
import { MONTH_ABBREVIATIONS } from '../data/name-context';
import { HONORIFICS, TITLE_ABBREVIATION_WORDS } from '../data/titles';

export type TokenKind = 'word' | 'number' | 'punct';

export interface NlpToken {
  text: string;
  /** Lower case, curly apostrophe straightened, trailing period kept. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "SOCCER"). */
  upper: boolean;
  /** First token of its sentence. */
  sentenceStart: boolean;
  /** Index of its sentence. */
  sentence: number;
  /** A line break (or paragraph break) separates it from the previous token. */
  lineStart: boolean;
}

/** Abbreviations that keep their period and do not end a sentence: titles', honorifics' and these. */
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATION_WORDS,
  ...[...HONORIFICS.keys()].filter((h) => h.endsWith('.')).map((h) => h.slice(0, -1)),
  ...('st jr sr inc corp co ltd llc plc bros vs v etc approx dept univ assn est mt ft ' + 'mon tue tues wed thu thurs fri sat sun ave blvd rd').split(' '),
  ...MONTH_ABBREVIATIONS,
]);

/** Abbreviations after which a capitalised word almost always starts a new sentence when they end one. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc.', 'inc.', 'corp.', 'co.', 'ltd.', 'jr.', 'sr.', 'u.s.', 'u.k.', 'u.n.']);

// Soft hyphens and zero-width spaces stand inside words. Order matters: party-and-state labels ("D-N.Y."), initialisms (U.S., J.), words (with inner apostrophes, hyphens, periods of "a.m."), numbers,
// possessive endings, single punctuation.
const TOKEN =
  /[DRI]-(?:\p{Lu}\.){2,}|(?:\p{Lu}\.){2,}|(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B\u2060]*(?:['\u2019](?![sS]\b)[\p{L}\p{M}]+|-[\p{L}\p{M}\p{N}]+|\.(?=\p{L}))*(?:\.(?=\s|$|[,;:)\]"\u201d'\u2019]))?|\p{N}+(?:[.,:/-]\p{N}+)*%?|['\u2019][sS]\b|\S/gu;

export function tokenize(text: string): NlpToken[] {
  const out: NlpToken[] = [];
  let sentence = -1;
  // A sentence end was seen; the next token that is not a closing quote or bracket opens a new sentence.
  let ended = true;
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    const start = m.index;
    const lineStart = out.length === 0 || text.slice(last, start).includes('\n');
    last = start + raw.length;
    // A word that grabbed a period that is not an abbreviation's gives it back (sentence end).
    let trailingPeriod = false;
    if (raw.length > 1 && raw.endsWith('.') && /\p{L}/u.test(raw)) {
      const bare = raw.slice(0, -1).toLowerCase();
      const initialism = /^(\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(raw.slice(0, -1));
      // "(R-Fla.)", "D-Va., said": a period before a comma is an abbreviation's, not a full stop; before a bracket,
      // only a label's or a state's ("(Mr. Hannity had urged Mr. Gingrich.)" ends a sentence).
      const closing = text.slice(last, last + 1);
      // (Nor when a word in lower case follows the bracket: "Col. Tom Lee (Ret.) said".)
      const afterBracket = /^\)\s*\p{Ll}/u.test(text.slice(last, last + 40));
      const midSentence =
        /^[,;]/.test(closing) || (closing === ')' && (bare.includes('-') || (/^\p{Lu}/u.test(raw) && STATE_ABBREVIATIONS.has(`${bare}.`)) || afterBracket));
      // ("ex-Sen. Ana Ruiz": a title's abbreviation after "ex-".)
      const abbreviation = ABBREVIATIONS.has(bare) || (bare.startsWith('ex-') && ABBREVIATIONS.has(bare.slice(3)));
      if (!abbreviation && !initialism && !midSentence) {
        raw = raw.slice(0, -1);
        trailingPeriod = true;
      }
    }
    const closer = /^["\u201d'\u2019)\]]$/.test(raw);
    const opens = lineStart || (ended && !closer);
    if (opens) {
      sentence++;
      ended = false;
    }
    const tok = makeToken(raw, start, opens, Math.max(sentence, 0), lineStart);
    out.push(tok);
    if (trailingPeriod) {
      out.push(makeToken('.', start + raw.length, false, tok.sentence, false));
      ended = true;
    } else if (tok.kind === 'punct' && /[.!?\u2026]/.test(raw)) {
      ended = true;
    } else if (SENTENCE_FINAL_ABBREVIATIONS.has(tok.lower)) {
      // "…in the U.S. The next…": a sentence ends if a typical opener follows.
      const next = text.slice(last).match(/^\s+(\p{Lu}\p{Ll}+)/u);
      if (next && isSentenceOpener(next[1]!)) ended = true;
    }
  }
  return out;
}

/** Words that open sentences far more often than they continue names. */
function isSentenceOpener(word: string): boolean {
  return /^(The|A|An|In|On|At|But|And|He|She|It|They|We|This|That|There|His|Her|Their|Its|Some|Many|Most|When|While|After|Before|If|As|For|Officials|Still|Yet|However|Meanwhile)$/.test(
    word,
  );
}

function makeToken(text: string, start: number, sentenceStart: boolean, sentence: number, lineStart: boolean): NlpToken {
  const kind: TokenKind = /^\p{L}/u.test(text) ? 'word' : /^\p{N}/u.test(text) ? 'number' : 'punct';
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text,
    // A soft hyphen or a zero-width space (invisible break points: "Vladi\u00ADmir") is part of the word and no
    // letter of it.
    lower: text
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/[\u00AD\u200B\u2060]/g, ''),
    start,
    end: start + text.length,
    kind,
    cap: /^\p{Lu}/u.test(text),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    sentenceStart,
    sentence,
    lineStart,
  };
}
