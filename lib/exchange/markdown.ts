import type { Annotation, PageRecord, Person, Quote } from '../types';
import { siteOf } from '../url';
import { speakerIsSure } from '../data/attribution';

/**
 * The library as ONE Markdown document: a section per page, with its officials, its quotes by speaker and the
 * reader's highlights. One file, not a folder of notes: it downloads as a single file without a zip library in the
 * extension, opens in any editor, and in Obsidian it is one note per export (a reading session), which "Note
 * composer" splits by heading when the reader wants a note per article.
 *
 * Everything that comes from a page (titles, names, quotes, highlighted words, addresses) is escaped: a page could
 * put `<script>`, `](javascript:…)`, a leading `#` or a `|` in its title, and none of it may become HTML, a link, a
 * heading, a table or an Obsidian tag in the reader's notes. The reader's own notes are kept as Markdown (they are
 * written as Markdown) but raw HTML in them is neutralised.
 */

/**
 * Characters that can start Markdown (CommonMark, GFM) or Obsidian syntax anywhere in a line: emphasis, code,
 * links and images, raw HTML and entities, tables, strikethrough, Obsidian tags (#), highlights (==), comments
 * (%%), maths ($) and block references (^). Each is escaped with a backslash, which every one of them accepts.
 * Parentheses and `!` are left as they are: with `[` and `]` escaped they cannot make a link or an image.
 */
const INLINE = /[\\`*_[\]<>|~&#=%$^]/g;

/**
 * Page text as inert Markdown: one line (line breaks become spaces, so a title cannot end its heading and start a
 * block of its own), every syntax character escaped, and what could start a block at the start of a line (a list
 * marker, a numbered list, a setext underline) escaped too.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  const escaped = line.replace(INLINE, (c) => `\\${c}`);
  // `- item`, `+ item`, `1. item`, `1) item`, `---` at the start of the line.
  return escaped.replace(/^(\s*)([-+])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A reader's note as Markdown, its raw HTML shown as text (`<b>` reads as `<b>`, never makes bold). */
export function neutraliseHtml(note: string): string {
  return note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A note as it goes into the export: Markdown still, but nothing in it acts when the file is opened. Notes can come
 * from imported files written by anyone, so: raw HTML shown as text, images kept as links (a note's image would load
 * from wherever it points each time the note is shown), and links only to http(s) pages (`javascript:`, `file:` or
 * `obsidian:` links are shown as text).
 */
export function defuseNote(note: string): string {
  return neutraliseHtml(note)
    .replace(/!\[/g, '\\![')
    .replace(/\[([^\]\n]*)\]\(\s*(?!https?:\/\/)([^)\n]*)\)/gi, '\\[$1\\]($2)')
    .replace(/^(\s*)\[([^\]\n]*)\]:\s*(?!https?:\/\/)/gim, '$1\\[$2\\]: ');
}

/** Obsidian's tag syntax takes letters, digits, `_`, `-` and `/`; spaces become `-`, anything else is dropped. */
export function obsidianTag(tag: string): string | null {
  const t = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '');
  if (!t) return null;
  // An all-digit tag is not a tag in Obsidian ("#2026" is a heading-less number).
  return /^\d+$/.test(t) ? `#y${t}` : `#${t}`;
}

/**
 * A link to an http(s) page: the address in angle brackets (it then ends only at `>`, which a parsed URL has
 * percent-encoded), the text escaped. Anything else is not linked.
 */
function link(text: string, url: string): string {
  let href: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return escapeMarkdown(text);
    href = u.href.replace(/[<>\s]/g, encodeURIComponent);
  } catch {
    return escapeMarkdown(text);
  }
  return `[${escapeMarkdown(text)}](<${href}>)`;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Text as a Markdown block quote: every line of it quoted (a quote may span paragraphs). */
function blockQuote(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .map((l) => (l ? `> ${escapeMarkdown(l)}` : '>'));
}

function officialLine(p: Person): string {
  const role = [p.title, p.affiliation].filter((s): s is string => !!s).join(', ');
  return `- ${escapeMarkdown(p.name)}${role ? ` — ${escapeMarkdown(role)}` : ''}`;
}

function speakerName(q: Quote, people: Person[]): string | null {
  if (!q.speaker) return null;
  if (!speakerIsSure(q.speaker)) return 'Speaker unclear';
  const person = q.speaker.personId ? people.find((p) => p.id === q.speaker!.personId) : undefined;
  return person?.name ?? q.speaker.name ?? null;
}

/** Quotes grouped by who said them, in the order each speaker is first quoted; scare quotes are not quotes. */
function quoteLines(record: PageRecord): string[] {
  const groups = new Map<string, string[]>();
  for (const q of record.analysis.quotes) {
    if (q.scare) continue;
    const who = speakerName(q, record.analysis.people) ?? 'Unattributed';
    const list = groups.get(who) ?? [];
    list.push(q.text);
    groups.set(who, list);
  }
  const out: string[] = [];
  for (const [who, quotes] of groups) {
    out.push(`**${escapeMarkdown(who)}**`, '');
    for (const q of quotes) out.push(...blockQuote(q), '');
  }
  return out;
}

function exactOf(a: Annotation): string {
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : '';
}

function positionOf(a: Annotation): number {
  const pos = a.selectors.find((s) => s.type === 'TextPositionSelector');
  return pos?.type === 'TextPositionSelector' ? pos.start : Number.MAX_SAFE_INTEGER;
}

function highlightLines(annotations: Annotation[]): string[] {
  // In reading order where the position is known, then in the order they were made.
  const sorted = [...annotations].sort((a, b) => positionOf(a) - positionOf(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const out: string[] = [];
  for (const a of sorted) {
    out.push(...blockQuote(exactOf(a)));
    if (a.speaker) out.push(`> — ${escapeMarkdown([a.speaker.name, a.speaker.title, a.speaker.affiliation].filter(Boolean).join(', '))}`);
    out.push('');
    if (a.note.trim()) out.push(defuseNote(a.note.trim()), '');
    const tags = a.tags.map(obsidianTag).filter((t): t is string => t !== null);
    if (tags.length) out.push(tags.join(' '), '');
  }
  return out;
}

interface Section {
  key: string;
  record: PageRecord | null;
  annotations: Annotation[];
  updatedAt: number;
}

/** One section per page; highlights of a page that has no record still get one, dated by their latest change. */
function sectionsOf(pages: PageRecord[], annotations: Annotation[]): Section[] {
  const byKey = new Map<string, Section>();
  for (const record of pages) byKey.set(record.key, { key: record.key, record, annotations: [], updatedAt: record.updatedAt });
  for (const a of annotations) {
    let section = byKey.get(a.pageKey);
    if (!section) {
      section = { key: a.pageKey, record: null, annotations: [], updatedAt: a.updatedAt };
      byKey.set(a.pageKey, section);
    }
    section.annotations.push(a);
    if (!section.record) section.updatedAt = Math.max(section.updatedAt, a.updatedAt);
  }
  return [...byKey.values()].sort((a, b) => b.updatedAt - a.updatedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function sectionLines(s: Section): string[] {
  const r = s.record;
  const first = s.annotations[0];
  const url = r?.url ?? first?.url ?? s.key;
  const title = r?.meta.title ?? s.annotations.find((a) => a.title)?.title ?? url;
  const site = r?.meta.siteName ?? r?.site ?? siteOf(url);
  const about = [link(site || url, url), `read ${day(s.updatedAt)}`];
  if (r?.meta.byline) about.push(`by ${escapeMarkdown(r.meta.byline)}`);
  const out = [`## ${escapeMarkdown(title)}`, '', about.join(' · '), ''];

  const officials = r?.analysis.people.filter((p) => p.official) ?? [];
  if (officials.length) out.push('### Officials', '', ...officials.map(officialLine), '');
  const quotes = r ? quoteLines(r) : [];
  if (quotes.length) out.push('### Quotes', '', ...quotes);
  if (s.annotations.length) out.push('### Highlights', '', ...highlightLines(s.annotations));
  return out;
}

/** The whole library as one Markdown document, newest page first (see the module comment for why one file). */
export function markdownOf(pages: PageRecord[], annotations: Annotation[]): string {
  const sections = sectionsOf(pages, annotations);
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const lines = ['# Newsmark library', '', `${count(sections.length, 'page')}, ${count(annotations.length, 'highlight')}.`, ''];
  for (const s of sections) lines.push(...sectionLines(s));
  // One blank line between blocks, one newline at the end.
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
