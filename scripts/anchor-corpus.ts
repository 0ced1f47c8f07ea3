import { parseDocument } from '../cli/dom';
import { CodePointIndex } from '../lib/anchor/codepoints';
import { describe, anchor } from '../lib/anchor/selectors';
import { similarity } from '../lib/anchor/match';
import { PageText } from '../lib/anchor/text-index';
import { extractArticle } from '../lib/extract/index';
import type { AnchorResult } from '../lib/anchor/match';
import { seeded, type CorpusPage } from './corpus';

/**
 * The re-anchoring corpus: real article pages, random highlights in their paragraphs, and each page then edited
 * the ways pages change between two visits. Built in memory from ../shared at run time; nothing is saved.
 */

export const EDIT_KINDS = [
  'ads and related blocks injected',
  'white space, nbsp and quote style',
  'paragraph inserted before',
  'paragraphs reordered',
  'DOM re-wrapped',
  '<br> and block changes',
  'paragraph copied right after it',
  '1–3 character edit inside the quote',
  'a word inserted or replaced inside the quote',
  'look-alike copy earlier, original edited',
  'highlighted paragraph deleted',
  'paragraph replaced, exact look-alike elsewhere',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];
export const NON_DESTRUCTIVE: readonly EditKind[] = EDIT_KINDS.slice(0, 7);
/** Edits after which the highlight has no right place left: orphaned is the right outcome. */
export const DESTRUCTIVE: readonly EditKind[] = ['highlighted paragraph deleted', 'paragraph replaced, exact look-alike elsewhere'];

export type Outcome = 'kept' | 'orphaned' | 'misplaced';
/** How alike the words found must be to the highlight's (as edited) to count as kept. */
const KEPT_SIMILARITY = 0.9;

const BLOCK_SELECTOR = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, dd, dt, figcaption, pre, td';
/** Paragraphs a page might add between two visits (written for this corpus). */
const NEW_PARAGRAPHS = [
  'Update: This story has been updated with comments from the city council, which met on Tuesday evening.',
  'In other developments, the regional transport authority said it would publish its own figures next month.',
  'Editor’s note: An earlier version of this article misstated the date of the hearing. It is on Thursday.',
  'Readers can follow our live coverage throughout the day, with reports from correspondents in three cities.',
];
const FILLER = [
  'Advertisement',
  'Sign up for our newsletter to get the best stories every morning.',
  'Related: Ferry fares to rise in spring as fuel costs climb',
  'Most read this week',
];
/** An unrelated sentence the highlighted words are planted in (written for this corpus). */
const LEAD_INS = ['In a separate statement on Monday, a spokesperson noted that', 'A reader wrote in to argue that', 'As one columnist put it last year,'];
const TAILS = ['according to a report published later.', 'but the claim could not be verified.', 'a view several experts disputed.'];

export interface Trial {
  page: string;
  kind: EditKind;
  outcome: Outcome;
  result: AnchorResult;
  expected: string;
  got: string;
}

/**
 * Run `perArticle` highlights × every edit kind on each page, taking pages in order until `articles` of them
 * have paragraphs enough (at least 4) to highlight in.
 */
export function runAnchorCorpus(
  pages: Iterable<CorpusPage>,
  perArticle: number,
  seed = 1,
  articles = Infinity,
  onArticle: (done: number) => void = () => {},
): { trials: Trial[]; pages: string[] } {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const trials: Trial[] = [];
  const used: string[] = [];
  for (const page of pages) {
    if (used.length >= articles) break;
    const paragraphs = articleParagraphs(page);
    if (paragraphs.length < 4) continue;
    used.push(page.id);
    for (let h = 0; h < perArticle; h++) {
      for (const kind of EDIT_KINDS) {
        const t = trial(page, paragraphs, kind, rnd, pick);
        if (t) trials.push(t);
      }
    }
    onArticle(used.length);
  }
  return { trials, pages: used };
}

/**
 * The article's paragraphs, long enough to highlight in, as indexes into the page's block elements (so each
 * trial can find them in its own fresh copy of the page without running Readability again).
 */
function articleParagraphs(page: CorpusPage): number[] {
  const doc = parseDocument(page.html, page.url ?? undefined);
  const x = extractArticle(doc, { mapToLive: true, checkReaderable: false });
  if (!x.ok) return [];
  const all = [...doc.querySelectorAll(BLOCK_SELECTOR)];
  const elements = new Set(x.article.blocks.filter((b) => b.runs && b.text.length >= 80).map((b) => b.runs![0]!.node.parentElement?.closest(BLOCK_SELECTOR)));
  return all.flatMap((el, i) => (elements.has(el) && (el.textContent ?? '').trim().length >= 80 ? [i] : []));
}

function trial(page: CorpusPage, indexes: number[], kind: EditKind, rnd: () => number, pick: <T>(xs: readonly T[]) => T): Trial | null {
  const doc = parseDocument(page.html, page.url ?? undefined);
  const all = [...doc.querySelectorAll(BLOCK_SELECTOR)];
  const paragraphs = indexes.map((i) => all[i]!).filter(Boolean);
  if (paragraphs.length < 4) return null;
  const target = pick(paragraphs.slice(1));
  const before = new PageText(doc.body);
  const span = elementSpan(before, target);
  if (!span) return null;
  const hl = randomWords(before.text, span.start, span.end, rnd);
  if (!hl) return null;
  const selectors = describe(before.text, hl.start, hl.end, before.codePoints, before.match);
  const exactBefore = before.text.slice(hl.start, hl.end);

  let expected = exactBefore;
  let truth: Element | null = target;
  const siblings = () => [...target.parentElement!.children];
  switch (kind) {
    case 'ads and related blocks injected':
      for (let k = 0; k < 3; k++) {
        const block = doc.createElement(k === 0 ? 'div' : 'aside');
        block.setAttribute('class', 'ad-slot');
        block.innerHTML = `<p>${pick(FILLER)}</p>`;
        const at = k === 0 ? target : pick(siblings());
        at.parentElement!.insertBefore(block, at);
      }
      break;
    case 'white space, nbsp and quote style': {
      const style = (s: string) =>
        s
          .replace(/ /g, () => (rnd() < 0.1 ? '\u00a0' : rnd() < 0.1 ? '  \n ' : ' '))
          .replace(/'/g, '\u2019')
          .replace(/"/g, () => (rnd() < 0.5 ? '\u201c' : '\u201d'))
          .replace(/\u2019/g, () => (rnd() < 0.3 ? "'" : '\u2019'));
      for (const t of textNodes(doc.body)) t.data = style(t.data);
      break;
    }
    case 'paragraph inserted before': {
      const p = doc.createElement('p');
      p.textContent = pick(NEW_PARAGRAPHS);
      target.parentElement!.insertBefore(p, target);
      break;
    }
    case 'paragraphs reordered': {
      const parent = target.parentElement!;
      const kids = [...parent.children];
      for (let i = kids.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [kids[i], kids[j]] = [kids[j]!, kids[i]!];
      }
      for (const k of kids) parent.appendChild(k);
      break;
    }
    case 'DOM re-wrapped': {
      for (const el of paragraphs) {
        el.setAttribute('class', 'story-body__paragraph--v2');
        for (const t of [...el.childNodes].filter((n) => n.nodeType === 3)) {
          const span = doc.createElement('span');
          span.setAttribute('class', 'text');
          el.insertBefore(span, t);
          span.appendChild(t);
        }
      }
      const wrapper = doc.createElement('div');
      wrapper.setAttribute('class', 'wrapper');
      target.parentElement!.insertBefore(wrapper, target);
      wrapper.appendChild(target);
      break;
    }
    case '<br> and block changes': {
      // A line break inside the paragraph, outside the highlight; the paragraph before merged into the one before
      // it with <br><br>; the paragraph's content moved into an inner <div>.
      const inner = doc.createElement('div');
      while (target.firstChild) inner.appendChild(target.firstChild);
      target.appendChild(inner);
      const prev = target.previousElementSibling;
      const prev2 = prev?.previousElementSibling;
      if (prev && prev2 && /^(p|div)$/i.test(prev.tagName) && /^(p|div)$/i.test(prev2.tagName)) {
        prev2.appendChild(doc.createElement('br'));
        prev2.appendChild(doc.createElement('br'));
        while (prev.firstChild) prev2.appendChild(prev.firstChild);
        prev.remove();
      }
      insertBreakOutside(doc, before, target, hl);
      break;
    }
    case 'paragraph copied right after it':
      // The page now repeats the paragraph (a syndicated copy, a template glitch): the highlight stays on the first.
      target.parentElement!.insertBefore(target.cloneNode(true), target.nextSibling);
      break;
    case '1–3 character edit inside the quote':
      expected = editInside(before, hl, rnd);
      break;
    case 'a word inserted or replaced inside the quote':
      expected = wordInside(before, hl, rnd);
      break;
    case 'look-alike copy earlier, original edited': {
      // The copy goes before a paragraph at least two paragraphs earlier.
      const index = paragraphs.indexOf(target);
      if (index < 2) return null;
      const copy = target.cloneNode(true) as Element;
      const anchorAt = paragraphs[Math.floor(rnd() * (index - 1))]!;
      anchorAt.parentElement!.insertBefore(copy, anchorAt);
      expected = editInside(before, hl, rnd);
      break;
    }
    case 'highlighted paragraph deleted':
      target.remove();
      truth = null;
      break;
    case 'paragraph replaced, exact look-alike elsewhere': {
      // The paragraph is rewritten beyond recognition, and the highlighted words, exactly, stand inside an
      // unrelated sentence in a new paragraph elsewhere: a look-alike, not the highlight's place.
      const others = paragraphs.filter((p) => p !== target);
      const replacement = doc.createElement('p');
      replacement.textContent = pick(NEW_PARAGRAPHS);
      target.parentElement!.replaceChild(replacement, target);
      const host = doc.createElement('p');
      host.textContent = `${pick(LEAD_INS)} ${exactBefore} ${pick(TAILS)}`;
      const at = pick(others);
      at.parentElement!.insertBefore(host, rnd() < 0.5 ? at : at.nextSibling);
      truth = null;
      break;
    }
  }

  const after = new PageText(doc.body);
  const result = anchor(after.match, selectors, after.codePoints);
  const got = result.status === 'anchored' ? after.text.slice(result.start, result.end) : '';
  let outcome: Outcome;
  if (result.status === 'orphan') outcome = 'orphaned';
  else {
    const node = nodeAt(after, result.start);
    const inside = !!truth && !!node && truth.contains(node);
    // The words the highlight now covers, nearly to the letter (a match that lost a word at one edge is misplaced).
    outcome = inside && similarity(fold(expected), fold(got)) >= KEPT_SIMILARITY ? 'kept' : 'misplaced';
  }
  return { page: page.id, kind, outcome, result, expected, got };
}

const fold = (s: string) =>
  s
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .trim();

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1 && !/^(script|style|noscript|template)$/i.test((c as Element).tagName)) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Where an element's text lies in a page text. */
function elementSpan(page: PageText, el: Element): { start: number; end: number } | null {
  let start = Infinity;
  let end = -1;
  for (const r of page.runs) {
    if (el.contains(r.node)) {
      start = Math.min(start, r.start);
      end = Math.max(end, r.start + r.length);
    }
  }
  return end > start ? { start, end } : null;
}

/** 3 to 20 whole words of [from, to). */
function randomWords(text: string, from: number, to: number, rnd: () => number): { start: number; end: number } | null {
  const words = [...text.slice(from, to).matchAll(/\S+/g)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  if (words.length < 4) return null;
  const n = 3 + Math.floor(rnd() * Math.min(18, words.length - 3));
  const first = Math.floor(rnd() * (words.length - n + 1));
  return { start: words[first]!.start, end: words[first + n - 1]!.end };
}

/** The text node under a page-text offset. */
function nodeAt(page: PageText, offset: number): Text | null {
  for (const r of page.runs) if (offset >= r.start && offset < r.start + r.length) return r.node;
  return null;
}

/** Change 1–3 characters inside the highlight, in the live text nodes; returns the highlight's new text. */
function editInside(page: PageText, hl: { start: number; end: number }, rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 3);
  let text = page.text.slice(hl.start, hl.end);
  // Edit from the end backwards so earlier offsets stay valid.
  const offsets = Array.from({ length: n }, () => hl.start + 1 + Math.floor(rnd() * (hl.end - hl.start - 2))).sort((a, b) => b - a);
  for (const off of offsets) {
    const run = page.runs.find((r) => off >= r.start && off < r.start + r.length);
    if (!run) continue;
    const i = run.nodeStart + off - run.start;
    const op = Math.floor(rnd() * 3);
    const ch = 'etaoinshr'[Math.floor(rnd() * 9)]!;
    const data = run.node.data;
    run.node.data =
      op === 0 ? data.slice(0, i) + ch + data.slice(i + 1) : op === 1 ? data.slice(0, i) + ch + data.slice(i) : data.slice(0, i) + data.slice(i + 1);
    const k = off - hl.start;
    text = op === 0 ? text.slice(0, k) + ch + text.slice(k + 1) : op === 1 ? text.slice(0, k) + ch + text.slice(k) : text.slice(0, k) + text.slice(k + 1);
  }
  return text;
}

/** Insert a word before one of the highlight's words, or replace one of them (never the first); returns the new text. */
function wordInside(page: PageText, hl: { start: number; end: number }, rnd: () => number): string {
  const text = page.text.slice(hl.start, hl.end);
  const words = [...text.matchAll(/\S+/g)].slice(1);
  if (!words.length) return text;
  const w = words[Math.floor(rnd() * words.length)]!;
  const replace = rnd() < 0.5;
  const word = ['reportedly', 'also', 'somewhat', 'again', 'officially'][Math.floor(rnd() * 5)]!;
  const from = w.index!;
  const to = replace ? from + w[0].length : from;
  const inserted = replace ? word : `${word} `;
  // Through the live text nodes, one character position at a time (the word may span runs: edit the run at its start).
  const off = hl.start + from;
  const run = page.runs.find((r) => off >= r.start && off < r.start + r.length);
  if (!run) return text;
  const i = run.nodeStart + off - run.start;
  const removed = Math.min(to - from, run.length - (off - run.start));
  run.node.data = run.node.data.slice(0, i) + inserted + run.node.data.slice(i + removed);
  return text.slice(0, from) + inserted + text.slice(from + removed);
}

/** A <br> somewhere in the paragraph, not inside the highlight. */
function insertBreakOutside(doc: Document, page: PageText, target: Element, hl: { start: number; end: number }): void {
  const run = page.runs.find((r) => target.contains(r.node) && (r.start + r.length <= hl.start || r.start >= hl.end) && /\s/.test(r.node.data));
  if (!run) return;
  // linkedom has no splitText: split by hand.
  const node = run.node;
  const i = node.data.search(/\s/);
  const rest = doc.createTextNode(node.data.slice(i));
  node.data = node.data.slice(0, i);
  node.parentNode!.insertBefore(rest, node.nextSibling);
  node.parentNode!.insertBefore(doc.createElement('br'), rest);
}

void CodePointIndex;
