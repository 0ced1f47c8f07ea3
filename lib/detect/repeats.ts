import type { BlockKind, Repeat } from '../types';
import { normalizeForCompare } from '../text/normalize';
import { FUNCTION_WORDS } from '../data/organizations';
import { wordTokens, wordKeys, type Token } from '../text/tokens';

/**
 * Repeated paragraphs: exact copies, near copies (a few words changed, inserted or dropped) and short
 * paragraphs that stand inside a longer one (pull quotes). Scraped and syndicated stories repeat whole runs
 * of paragraphs; pages repeat their furniture ("Advertisement", photo credits).
 *
 * Linear time: exact copies by a hash of the normalised text; near and contained copies by an inverted index
 * of word bigrams in which a bigram shared by more than POSTING_CAP paragraphs is dropped as evidence
 * ("of the", "said on"). Work per paragraph is then bounded by POSTING_CAP × its bigrams, never all pairs,
 * and, unlike MinHash banding, no pair that shares most of its rare bigrams can be missed.
 */

/** Fewer words than this: only exact copies count (a one-word change in "Photo: AP" is another credit). */
const NEAR_MIN_TOKENS = 5;
/** Word-level Dice similarity (2·LCS / (m + n)) from which two paragraphs may be near copies... */
const NEAR_MIN_SIMILARITY = 0.75;
/** ...and from which they are, whatever else the page holds. */
const NEAR_SURE_SIMILARITY = 0.92;
/**
 * Below NEAR_SURE_SIMILARITY, at least this share of the bigrams the two paragraphs have in common must be
 * theirs alone (in at most NEAR_OWN_MAX_PARAGRAPHS paragraphs). Reference lists and listings ("X is
 * streaming on Hulu and available to rent on…") share a template with many paragraphs; a copy shares its
 * own words with its original. Measured on the corpus pages: planted copies ≥ 0.5 in 99 %, templates mostly
 * below 0.45.
 */
const NEAR_MIN_OWN_SHARE = 0.5;
const NEAR_OWN_MAX_PARAGRAPHS = 4;
/** A paragraph is "contained" when this share of its bigrams stands in a longer paragraph. */
const CONTAINED_MIN_SHARE = 0.85;
/** ...and it is at most this long relative to the container (else it is a near copy). */
const CONTAINED_MAX_LENGTH_RATIO = 0.8;
/**
 * A pull quote is a sentence or part of one; an earlier paragraph longer than this that stands inside a later,
 * longer one is an original the later paragraph copies with words added, not a quotation of it.
 */
const PULL_QUOTE_MAX_TOKENS = 20;
const POSTING_CAP = 8;
/** Paragraphs shorter than this that differ in a name or a number are templates, not copies. */
const TEMPLATE_MAX_TOKENS = 25;
/** The longest word run that may fill a template's slot ("the city council" for "the mayor"). */
const TEMPLATE_MAX_SLOT = 3;
/** Repeats this short are page furniture whatever they say. */
const BOILERPLATE_MAX_TOKENS = 6;
/** Furniture that can run longer: credits, "continue reading", gallery counters, newsletter prompts. */
const BOILERPLATE_MAX_PATTERN_TOKENS = 30;
const BOILERPLATE_PATTERNS: RegExp[] = [
  /^(advertisement|advertising|ad|sponsored|sponsored content|anzeige|publicit[ée]|publicidad|pubblicit[àa])$/i,
  /\b(continue|keep) reading\b|\bread (more|the full (story|article)|the rest)\b|\bstory continues\b/i,
  /^(related|recommended|more from|see also|also read|most (read|popular)|watch|listen)\b/i,
  /\b(photo|photograph|image|picture|illustration|video|graphic)s?\s*(by|:|credit)|\bcredits?:/i,
  /\b(getty images|reuters|associated press|ap photo|afp|shutterstock|epa|bloomberg via)\b/i,
  /\b(image|photo|slide|picture)\s+\d+\s*(of|\/)\s*\d+\b/i,
  /\b(sign up|subscribe|newsletter|follow us|share (this|on)|click here|all rights reserved|copyright)\b|©/i,
];
const BOILERPLATE_KINDS: ReadonlySet<BlockKind> = new Set(['caption']);

/** Words that open a subject noun phrase: the slot of a template is after them. */
const DETERMINERS = new Set('a an the this that these those its his her their our my your every each some'.split(' '));

export interface RepeatOptions {
  /** Block kind of each paragraph, when known (captions are boilerplate). */
  kinds?: readonly BlockKind[];
}

interface Para {
  index: number;
  text: string;
  ids: Int32Array;
  bigrams: Set<number>;
}

export function detectRepeats(paragraphs: readonly string[], options: RepeatOptions = {}): Repeat[] {
  const found = new Map<number, Repeat>();
  const intern = new Map<string, number>();
  const firstByKey = new Map<string, number>();
  const unique: Para[] = [];
  const wordCount: number[] = [];

  paragraphs.forEach((text, index) => {
    const words = wordKeys(text);
    wordCount[index] = words.length;
    const key = normalizeForCompare(text);
    if (!key) return;
    const first = firstByKey.get(key);
    if (first !== undefined) {
      found.set(index, { paragraph: index, of: first, similarity: 1, kind: 'exact', boilerplate: false });
      return;
    }
    firstByKey.set(key, index);
    if (words.length < NEAR_MIN_TOKENS) return;
    const ids = new Int32Array(words.length);
    words.forEach((w, k) => {
      let id = intern.get(w);
      if (id === undefined) intern.set(w, (id = intern.size));
      ids[k] = id;
    });
    const bigrams = new Set<number>();
    for (let k = 1; k < ids.length; k++) bigrams.add(bigramKey(ids[k - 1]!, ids[k]!));
    unique.push({ index, text, ids, bigrams });
  });

  const df = new Map<number, number>();
  for (const p of unique) for (const g of p.bigrams) df.set(g, (df.get(g) ?? 0) + 1);
  for (const [a, b] of candidatePairs(unique, df)) {
    const verdict = compare(a, b, df);
    if (verdict) offer(found, verdict);
  }

  // A caption that stands before the body paragraph it repeats (the photo above the text) is the copy, not the
  // paragraph: the body keeps its place as the original ("an original labelled as a repeat of a later caption").
  const kinds = options.kinds;
  if (kinds) {
    for (const r of [...found.values()]) {
      if (r.kind === 'contained' || !BOILERPLATE_KINDS.has(kinds[r.of]!) || BOILERPLATE_KINDS.has(kinds[r.paragraph]!) || found.has(r.of)) continue;
      found.delete(r.paragraph);
      found.set(r.of, { ...r, paragraph: r.of, of: r.paragraph });
    }
  }
  const repeats = [...found.values()].sort((x, y) => x.paragraph - y.paragraph);
  for (const r of repeats) {
    r.boilerplate = isBoilerplate(paragraphs[r.paragraph]!, wordCount[r.paragraph]!, options.kinds?.[r.paragraph]);
  }
  return repeats;
}

/**
 * A 30-bit key for a word pair. Small integers keep Maps and Sets on V8's fast path; a rare collision only
 * adds a candidate (every candidate is verified on the words themselves) or nudges a share by one bigram.
 */
function bigramKey(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) & 0x3fffffff;
}

/** Pairs (earlier, later) that share at least one bigram rare enough to be evidence. */
function* candidatePairs(paras: Para[], df: Map<number, number>): Generator<[Para, Para]> {
  const postings = new Map<number, number[]>();
  const shared = new Int32Array(paras.length);
  // How many of each paragraph's bigrams are rare enough to count as evidence.
  const rare = paras.map((p) => {
    let n = 0;
    for (const g of p.bigrams) if (df.get(g)! <= POSTING_CAP) n++;
    return n;
  });
  const touched: number[] = [];
  for (let j = 0; j < paras.length; j++) {
    for (const g of paras[j]!.bigrams) {
      const n = df.get(g)!;
      if (n < 2 || n > POSTING_CAP) continue;
      const list = postings.get(g);
      if (list) {
        for (const i of list) {
          const c = shared[i]!;
          if (c === 0) touched.push(i);
          shared[i] = c + 1;
        }
        list.push(j);
      } else postings.set(g, [j]);
    }
    for (const i of touched) {
      const count = shared[i]!;
      shared[i] = 0;
      // Near and contained copies share most of the shorter paragraph's rare bigrams; a pair sharing a few
      // rare phrases is not worth an alignment.
      if (count >= 0.25 * Math.min(rare[i]!, rare[j]!)) yield [paras[i]!, paras[j]!];
    }
    touched.length = 0;
  }
}

/** The repeat relation between an earlier paragraph `a` and a later one `b`, if any. */
function compare(a: Para, b: Para, df: Map<number, number>): Repeat | null {
  const [short, long] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  if (short.ids.length <= CONTAINED_MAX_LENGTH_RATIO * long.ids.length) {
    let inside = 0;
    for (const g of short.bigrams) if (long.bigrams.has(g)) inside++;
    const share = inside / short.bigrams.size;
    // A partial containment inside a template family ("^ \"Penguins\". Department of Conservation…") is the
    // template again, not a quotation.
    if (share >= CONTAINED_MIN_SHARE && (share === 1 || ownShare(short, long, df) >= NEAR_MIN_OWN_SHARE)) {
      // An earlier paragraph that comes back later with words added is the original, and the later, longer
      // one its copy; only a paragraph of pull-quote size standing before the passage it quotes is itself
      // the repeat.
      if (short === a && a.ids.length > PULL_QUOTE_MAX_TOKENS) {
        const near = nearSimilarity(a, b);
        if (near >= NEAR_MIN_SIMILARITY) return { paragraph: b.index, of: a.index, similarity: round(near), kind: 'near', boilerplate: false };
      }
      return { paragraph: short.index, of: long.index, similarity: round(share), kind: 'contained', boilerplate: false };
    }
  }
  const similarity = nearSimilarity(a, b);
  if (similarity < NEAR_MIN_SIMILARITY) return null;
  if (isTemplate(wordTokens(a.text), wordTokens(b.text), a.text)) return null;
  if (similarity < NEAR_SURE_SIMILARITY && ownShare(a, b, df) < NEAR_MIN_OWN_SHARE) return null;
  return { paragraph: b.index, of: a.index, similarity: round(similarity), kind: 'near', boilerplate: false };
}

/**
 * Dice over the longest common subsequence of words, (m + n − edits) / (m + n), when it reaches
 * NEAR_MIN_SIMILARITY; 0 when it does not (the alignment gives up early).
 */
function nearSimilarity(a: Para, b: Para): number {
  const total = a.ids.length + b.ids.length;
  const edits = boundedEditDistance(a.ids, b.ids, Math.floor(total * (1 - NEAR_MIN_SIMILARITY)));
  return edits < 0 ? 0 : (total - edits) / total;
}

/** The share of the bigrams two paragraphs have in common that few other paragraphs have. */
function ownShare(a: Para, b: Para, df: Map<number, number>): number {
  let shared = 0;
  let own = 0;
  for (const g of a.bigrams) {
    if (!b.bigrams.has(g)) continue;
    shared++;
    if (df.get(g)! <= NEAR_OWN_MAX_PARAGRAPHS) own++;
  }
  return shared === 0 ? 0 : own / shared;
}

/** Keep one repeat per paragraph: exact before near before contained, then the earliest original. */
function offer(found: Map<number, Repeat>, r: Repeat): void {
  const rank = { exact: 0, near: 1, contained: 2 } as const;
  const held = found.get(r.paragraph);
  if (!held || rank[r.kind] < rank[held.kind] || (rank[r.kind] === rank[held.kind] && r.of < held.of)) {
    found.set(r.paragraph, r);
  }
}

/**
 * "Acme provides the source code…" and "Initech provides the source code…" are one template with two
 * subjects, not a copy. Two paragraphs are a template when
 * - they differ only by one word or short phrase (at most TEMPLATE_MAX_SLOT words either side) put in the
 *   same place, and that place is the subject slot (the paragraph's first words, after a determiner: "The
 *   mayor provides…" / "The council provides…", "macOS…" / "iOS…"), whatever their length;
 * - or they differ only by one such substitution of names or numbers anywhere, and are short;
 * - or every difference swaps a name or a number for another: short paragraphs that differ so, and longer
 *   ones that swap two or more.
 * Any other difference (a word added, dropped or changed elsewhere, or several edits) makes it an edit, so a
 * near copy with a word changed in the middle of a sentence is still found.
 */
function isTemplate(a: Token[], b: Token[], textA: string): boolean {
  const shorter = Math.min(a.length, b.length);
  const slot = substitutedSlot(a, b);
  if (slot) {
    const { at, onlyA, onlyB } = slot;
    const subject = at === 0 || (at === 1 && DETERMINERS.has(a[0]!.norm));
    const names = onlyA.every(isContentToken) && onlyB.every(isContentToken);
    const words = !onlyA.some((t) => FUNCTION_WORDS.has(t.norm)) && !onlyB.some((t) => FUNCTION_WORDS.has(t.norm));
    if (subject && (names || (words && (shorter < TEMPLATE_MAX_TOKENS || oneSentence(a, textA))))) return true;
  }
  const onlyA = difference(a, b);
  const onlyB = difference(b, a);
  if (onlyA.other > 0 || onlyB.other > 0 || onlyA.content === 0 || onlyB.content === 0) return false;
  return shorter < TEMPLATE_MAX_TOKENS || Math.min(onlyA.content, onlyB.content) >= 2;
}

/** No sentence ends between the first word and the last ("Mr." and "U.S." aside, which only make this say no). */
function oneSentence(tokens: Token[], text: string): boolean {
  for (let k = 1; k < tokens.length; k++) if (/[.!?]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  return true;
}

/**
 * When `a` and `b` are the same words but for one run replaced by another (both non-empty, at most
 * TEMPLATE_MAX_SLOT words), where that run starts and what it is on either side; else null.
 */
function substitutedSlot(a: Token[], b: Token[]): { at: number; onlyA: Token[]; onlyB: Token[] } | null {
  let p = 0;
  while (p < a.length && p < b.length && a[p]!.norm === b[p]!.norm) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s]!.norm === b[b.length - 1 - s]!.norm) s++;
  const onlyA = a.slice(p, a.length - s);
  const onlyB = b.slice(p, b.length - s);
  if (onlyA.length === 0 || onlyB.length === 0 || onlyA.length > TEMPLATE_MAX_SLOT || onlyB.length > TEMPLATE_MAX_SLOT) return null;
  return { at: p, onlyA, onlyB };
}

/** The tokens of `x` missing from `y` (as multisets): how many are names or numbers, how many other words. */
function difference(x: Token[], y: Token[]): { content: number; other: number } {
  const pool = new Map<string, number>();
  for (const t of y) pool.set(t.norm, (pool.get(t.norm) ?? 0) + 1);
  const out = { content: 0, other: 0 };
  for (const t of x) {
    const left = pool.get(t.norm) ?? 0;
    if (left > 0) pool.set(t.norm, left - 1);
    else if (isContentToken(t)) out.content++;
    else out.other++;
  }
  return out;
}

/** A name or a number: a digit, a capital first letter (not a capitalised function word) or an inner capital ("macOS", "iPhone"). */
function isContentToken(t: Token): boolean {
  if (/\p{N}/u.test(t.raw)) return true;
  if (/\p{Ll}\p{Lu}/u.test(t.raw)) return true;
  return /^\p{Lu}/u.test(t.raw) && !FUNCTION_WORDS.has(t.norm);
}

/**
 * Myers' O((m + n)·D) insert/delete edit distance between two word-id sequences, or −1 once it exceeds
 * `max`. Near copies have small D, so this is close to linear for them.
 */
export function boundedEditDistance(a: Int32Array, b: Int32Array, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return -1;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && y >= 0 && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return -1;
}

function isBoilerplate(text: string, tokenCount: number, kind: BlockKind | undefined): boolean {
  if (kind && BOILERPLATE_KINDS.has(kind)) return true;
  if (tokenCount <= BOILERPLATE_MAX_TOKENS) return true;
  return tokenCount <= BOILERPLATE_MAX_PATTERN_TOKENS && BOILERPLATE_PATTERNS.some((re) => re.test(text.trim()));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
