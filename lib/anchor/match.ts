import search from 'approx-string-match';
import { firstIndex } from '../sorted';

/**
 * Putting a saved highlight back on a text that may have changed since. Pure: strings and offsets only.
 *
 * In order: the stored position, if the quote still stands there; the quote itself, wherever its context
 * fits best; then a fuzzy search (Myers' bit-parallel approximate matching, near the old position first),
 * every candidate scored on the quote, its prefix and suffix, the text around its paragraph and its distance
 * from the old position. A candidate below MIN_SCORE is not taken: the highlight is an orphan, listed but never
 * painted on a look-alike sentence elsewhere.
 */

/** What is known of a highlight (UTF-16 offsets of the text it was made on). */
export interface QuoteTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  /** Text just before and just after the paragraph the highlight was in. */
  before?: string;
  after?: string;
  /** How far into its paragraph the highlight started. */
  offset?: number;
  /** How many times the quote stood in the text, with its context (see copiesInContext), when it was made:
   *  set when it was more than once. */
  repeated?: number;
}

export interface AnchorResult {
  status: 'anchored' | 'orphan';
  start: number;
  end: number;
  score: number;
  method: 'position' | 'exact' | 'fuzzy' | 'none';
}

/** Below this a candidate is not the highlight's place. */
export const MIN_SCORE = 0.72;
/** A candidate must at least quote this share of the highlight's characters. */
const MIN_QUOTE_SIMILARITY = 0.75;
/** ...and its context (prefix and suffix, on average) must be at least this alike: a short phrase found with
 *  unrelated words around it is another sentence that happens to share it. */
const MIN_CONTEXT_SIMILARITY = 0.5;
/** Two candidates this close in score are a coin toss: better an orphan than a guess. */
const AMBIGUITY = 0.01;
const WEIGHTS = { quote: 0.5, prefix: 0.15, suffix: 0.15, surroundings: 0.1, position: 0.1 };
const POSITION_SCALE = 2_000;
/** Quotes this long that stand exactly once in the text are taken wherever they moved. */
const UNIQUE_MIN_LENGTH = 24;
/** ...and from this length, with only the context inside its own paragraph (see ownParagraphContext). */
const UNIQUE_ALONE_LENGTH = 40;
const MAX_EXACT_CANDIDATES = 1_000;
/** A copy of a repeated quote counts as one of the page's own copies when its context is this alike. */
const COPY_CONTEXT = MIN_CONTEXT_SIMILARITY;
const SEARCH_CHUNK = 1_500;

/**
 * A text prepared for matching, once per pass: the same length as the text, with the differences that do not
 * matter taken out character for character (curly quotes, dashes, non-breaking spaces, paragraph breaks).
 */
export class MatchText {
  readonly norm: string;
  /** Offsets of paragraph breaks ("\n"), ascending. */
  private readonly breaks: number[] = [];

  constructor(readonly text: string) {
    this.norm = normalise(text);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** [start, end) of the paragraph holding `offset` (the whole text when it has no breaks). */
  paragraphAround(start: number, end: number): [number, number] {
    const lo = firstIndex(this.breaks, (b) => b >= start);
    const before = lo > 0 ? this.breaks[lo - 1]! + 1 : 0;
    let k = lo;
    while (k < this.breaks.length && this.breaks[k]! < end) k++;
    const after = k < this.breaks.length ? this.breaks[k]! : this.text.length;
    return [before, after];
  }
}

/** Character-for-character folding: lengths never change, so offsets stay offsets. */
export function normalise(s: string): string {
  let lower = s.toLowerCase();
  if (lower.length !== s.length) {
    // A few letters lower-case to two characters ("İ"): keep those as they are.
    lower = '';
    for (const c of s) lower += c.toLowerCase().length === c.length ? c.toLowerCase() : c;
  }
  return lower.replace(FOLDED, (c) => FOLD[c] ?? ' ');
}
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
};
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}\n\t\r]`, 'g');

/**
 * A highlight that begins or ends with white space (a selection dragged past a word): the words are looked for
 * without it, the white space counted as context (it stands between the words and their prefix or suffix), and
 * the match takes it back where the text has white space there too.
 */
export function anchorQuote(m: MatchText, target: QuoteTarget): AnchorResult {
  const exact = normalise(target.exact);
  const lead = exact.length - exact.trimStart().length;
  const trail = exact.length - exact.trimEnd().length;
  if ((lead === 0 && trail === 0) || lead === exact.length) return anchorWords(m, target);
  const r = anchorWords(m, {
    ...target,
    exact: target.exact.slice(lead, target.exact.length - trail),
    prefix: (target.prefix ?? '') + target.exact.slice(0, lead),
    suffix: target.exact.slice(target.exact.length - trail) + (target.suffix ?? ''),
    ...(target.start !== undefined ? { start: target.start + lead } : {}),
    ...(target.end !== undefined ? { end: target.end - trail } : {}),
    ...(target.offset !== undefined ? { offset: target.offset + lead } : {}),
  });
  if (r.status !== 'anchored') return r;
  const blank = (from: number, to: number) => from >= 0 && to <= m.norm.length && m.norm.slice(from, to).trim() === '';
  return { ...r, start: blank(r.start - lead, r.start) ? r.start - lead : r.start, end: blank(r.end, r.end + trail) ? r.end + trail : r.end };
}

function anchorWords(m: MatchText, target: QuoteTarget): AnchorResult {
  const exact = normalise(target.exact).trim();
  const L = exact.length;
  const orphan: AnchorResult = { status: 'orphan', start: -1, end: -1, score: 0, method: 'none' };
  if (L === 0) return orphan;
  const hint = target.start;
  const prefix = target.prefix ? normalise(target.prefix) : '';
  const suffix = target.suffix ? normalise(target.suffix) : '';
  const before = target.before ? normalise(target.before) : '';
  const after = target.after ? normalise(target.after) : '';
  const text = m.norm;

  const parts = (start: number, end: number, quoteSimilarity: number) => ({
    quote: quoteSimilarity,
    prefix: prefix ? similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) : 1,
    suffix: suffix ? similarity(suffix, text.slice(end, end + suffix.length)) : 1,
    surroundings: before || after ? surroundings(m, start, end, before, after) : 1,
    position: hint === undefined ? 1 : 1 / (1 + Math.abs(start - hint) / POSITION_SCALE),
  });
  const weigh = (s: ReturnType<typeof parts>) =>
    WEIGHTS.quote * s.quote + WEIGHTS.prefix * s.prefix + WEIGHTS.suffix * s.suffix + WEIGHTS.surroundings * s.surroundings + WEIGHTS.position * s.position;
  const candidate = (start: number, end: number, quoteSimilarity: number, method: 'exact' | 'fuzzy') => {
    const p = parts(start, end, quoteSimilarity);
    // The weaker side of the context, and the quote's own similarity (a much-edited quote needs both sides).
    const weakSide = prefix && suffix ? Math.min(p.prefix, p.suffix) : 1;
    return { start, end, score: weigh(p), method, context: prefix || suffix ? (p.prefix + p.suffix) / 2 : 1, quote: quoteSimilarity, weakSide };
  };

  // 1. Still where it was, in the same surroundings (a look-alike copy may have taken the old place).
  if (hint !== undefined && text.startsWith(exact, hint)) {
    const p = parts(hint, hint + L, 1);
    const sc = weigh(p);
    // (Or one side of its old paragraph's surroundings, with the quote's own context: a copy of the paragraph
    // pasted right after it changes the other side only.)
    const inPlace = p.surroundings >= 0.7 || (ownContextExact(m, hint, hint + L, target.prefix, target.suffix) && atHome(m, hint, hint + L, before, after));
    if (sc >= MIN_SCORE && inPlace) return { status: 'anchored', start: hint, end: hint + L, score: round(sc), method: 'position' };
  }

  type Candidate = { start: number; end: number; score: number; method: 'exact' | 'fuzzy'; context: number; quote: number; weakSide: number };
  const candidates: Candidate[] = [];
  // 2. The quote: near the old place first (a page that only shifted needs no more), then wherever it stands.
  if (hint !== undefined) {
    const from = Math.max(0, hint - 4 * L - 2_000);
    for (let i = text.indexOf(exact, from); i >= 0 && i < hint + 4 * L + 2_000; i = text.indexOf(exact, i + 1)) {
      candidates.push(candidate(i, i + L, 1, 'exact'));
    }
  }
  const nearOk = candidates.some((c) => c.score >= 0.97 && c.context >= 0.9);
  if (!nearOk) {
    candidates.length = 0;
    for (let i = text.indexOf(exact), n = 0; i >= 0 && n < MAX_EXACT_CANDIDATES; i = text.indexOf(exact, i + 1), n++) {
      candidates.push(candidate(i, i + L, 1, 'exact'));
    }
  }
  // 3. Near enough: approximate matches, looked for near the old position first, then further out. The search
  //    reports only the matches with the fewest errors, so exact copies are masked: an edited original near the
  //    old position must still be seen when an unedited look-alike stands elsewhere.
  const best = () => candidates.reduce<Candidate | null>((b, c) => (!b || byScore(c, b) < 0 ? c : b), null);
  // Equal scores (an approximate match ending one character short, with as many errors as the full one): the
  // length closest to the quote's, then the longer.
  const byScore = (a: Candidate, b: Candidate) =>
    b.score - a.score || Math.abs(a.end - a.start - L) - Math.abs(b.end - b.start - L) || b.end - b.start - (a.end - a.start);
  const exactAt = candidates.map((c) => c.start);
  const oneParagraph = !target.exact.includes('\n');
  const maxErrors = Math.max(1, Math.min(64, Math.floor(L * (1 - MIN_QUOTE_SIMILARITY))));
  // An exact match near the old place with its context needs no search; one far off or out of context makes
  // the nearby text worth a look (an edited original beside an unedited look-alike), but not the whole page.
  const bestExact = best();
  const settled = !!bestExact && bestExact.score >= 0.95 && (hint === undefined || Math.abs(bestExact.start - hint) < 4 * L + 2_000);
  const windows = settled ? [] : hint === undefined ? [null] : bestExact ? [L + 300, 4 * L + 2_000] : [L + 300, 4 * L + 2_000, 60_000, null];
  for (const w of windows) {
    const from = w === null || hint === undefined ? 0 : Math.max(0, hint - w);
    const to = w === null || hint === undefined ? text.length : Math.min(text.length, hint + L + w);
    // In chunks: each chunk reports its own best matches, so a good match near the old place is not hidden by
    // a slightly better one further off.
    for (let c = from; c < to; c += SEARCH_CHUNK) {
      const cEnd = Math.min(to, c + SEARCH_CHUNK + L);
      let slice = text.slice(c, cEnd);
      for (const at of exactAt) {
        if (at + L <= c || at >= cEnd) continue;
        const a = Math.max(0, at - c);
        const b = Math.min(slice.length, at + L - c);
        slice = slice.slice(0, a) + '\u0001'.repeat(b - a) + slice.slice(b);
      }
      for (const match of search(slice, exact, maxErrors)) {
        const [s0, e0] = toWordEdges(text, c + match.start, c + match.end, exact, prefix, suffix);
        const [start, end, bracketed] = toContext(m, s0, e0, L, maxErrors, prefix, suffix, oneParagraph);
        // Both the match and the match with its edges at its context are candidates, scored alike: words inserted
        // into the context right before the quote ("the mayor said on Tuesday that the budget was balanced") are not
        // the quote's, a word inserted at its start is.
        // (Not a match that cuts a word where its context would move the edge: "ly let it move".)
        // (Measured again where the word edges moved it: the search's count of edits is for its own span.)
        const snapped = s0 !== c + match.start || e0 !== c + match.end;
        // (Edits over the longer of the two, as similarity() counts them.)
        const fromSearch = snapped && L <= MEASURED_MAX ? similarity(exact, text.slice(s0, e0)) : 1 - match.errors / Math.max(L, e0 - s0);
        // Where its context would move an edge, the match is kept only when it starts and ends with the quote's own
        // first and last words ("the budget was balanced"; not "gave coverage " for "gave coverage to", whose "to"
        // stands after the word inserted).
        const edgesAgree = () => {
          const ours = text.slice(s0, e0).trim().split(/\s+/);
          const theirs = exact.split(/\s+/);
          return ours[0] === theirs[0] && ours[ours.length - 1] === theirs[theirs.length - 1];
        };
        const cut = (start !== s0 && cutsWord(text, s0)) || (end !== e0 && cutsWord(text, e0)) || ((start !== s0 || end !== e0) && !edgesAgree());
        if (fromSearch >= MIN_QUOTE_SIMILARITY && !cut && !candidates.some((x) => x.start === s0 && x.end === e0))
          candidates.push(candidate(s0, e0, fromSearch, 'fuzzy'));
        if (start === s0 && end === e0) continue;
        // (An edge moved to its context: the quote is what now stands between, measured again.)
        const similarityOfQuote =
          L <= MEASURED_MAX ? similarity(exact, text.slice(start, end)) : 1 - (match.errors + Math.abs(start - s0) + Math.abs(end - e0)) / L;
        if (similarityOfQuote < (bracketed ? BRACKETED_MIN_SIMILARITY : MIN_QUOTE_SIMILARITY) || candidates.some((x) => x.start === start && x.end === end))
          continue;
        candidates.push(candidate(start, end, similarityOfQuote, 'fuzzy'));
      }
    }
    const b = best();
    if (b && b.score >= 0.9 && (b.method === 'fuzzy' || w === null)) break;
    if (w === null) break;
  }

  // 4. Edited past what a fuzzy search allows ("to let it move" now "to somewhat it move"), but standing between
  //    its stored context near the old place: what stands between is the quote.
  const found = best();
  if ((!found || found.score < MIN_SCORE) && hint !== undefined && prefix.length >= 8 && suffix.length >= 8 && L <= MEASURED_MAX) {
    const tail = prefix.slice(-CONTEXT_EDGE);
    const head = suffix.slice(0, CONTEXT_EDGE);
    const slack = maxErrors + CONTEXT_EDGE;
    const from = Math.max(0, hint - 4 * L - 2_000);
    const near = text.slice(from, Math.min(text.length, hint + 5 * L + 2_000 + slack + head.length));
    for (let i = near.indexOf(tail); i >= 0; i = near.indexOf(tail, i + 1)) {
      const s0 = from + i + tail.length;
      // The context's two sides now meet at the old place: the quote was taken out, and a later look-alike is no
      // candidate. (Elsewhere, the same few words may meet in another sentence.)
      const meet = text
        .slice(s0, s0 + head.length + 2)
        .trimStart()
        .startsWith(head.trimStart());
      if (meet && Math.abs(s0 - hint) <= L + CONTEXT_EDGE) break;
      if (meet) continue;
      const j = near.indexOf(head, Math.max(i + tail.length + 1, i + tail.length + L - slack));
      const e0 = j < 0 ? -1 : from + j;
      if (e0 < 0 || e0 > s0 + L + slack) continue;
      if (oneParagraph && m.text.slice(s0, e0).includes('\n')) continue;
      const sim = similarity(exact, text.slice(s0, e0));
      // The whole stored context, not only its edges, stands around it (a list of sentences alike has the same
      // few words at every edge).
      const between = candidate(s0, e0, sim, 'fuzzy');
      if (sim >= BRACKETED_MIN_SIMILARITY && between.weakSide >= BRACKETED_CONTEXT && !candidates.some((x) => x.start === s0 && x.end === e0))
        candidates.push(between);
    }
  }

  // Deleted? The text that stood before the highlight's paragraph now runs straight into the text that stood
  // after it. (Reordering can make the two neighbours meet too, so this only vetoes weak candidates.)
  let deleted = false;
  if (before && after && hint !== undefined) {
    // The two sides meet across any run of white space: one line break or a blank line (two, once normalised).
    const head = before.trimEnd();
    const tail = after.trimStart();
    // Where the paragraph started: the join must be there, not anywhere.
    const expected = hint - (target.offset ?? 0);
    const slack = target.offset === undefined ? 5_000 : 300;
    // (Both sides: a last or first paragraph has nothing on one side, which "meets" anything.)
    if (head && tail && `${head} ${tail}`.trim().length >= 16) {
      for (let at = text.indexOf(head, Math.max(0, expected - slack - head.length)); at >= 0 && at <= expected + slack; at = text.indexOf(head, at + 1)) {
        let k = at + head.length;
        while (k < text.length && text[k] === ' ') k++;
        if (k > at + head.length && text.startsWith(tail, k)) {
          deleted = true;
          break;
        }
      }
    }
  }
  // A quote found exactly once is its place even when its paragraph moved (reordering changes everything around
  // it) if one side of its context came along: the whole stored prefix or suffix, or, for a long quote, the part
  // of it inside its own paragraph (which moves with the paragraph). The same words in an unrelated sentence
  // elsewhere, after the original paragraph was replaced, have neither.
  const exacts = candidates.filter((c) => c.method === 'exact');
  if (exacts.length === 1 && L >= UNIQUE_MIN_LENGTH) {
    const c = exacts[0]!;
    const p = parts(c.start, c.end, 1);
    if (p.prefix >= 0.5 || p.suffix >= 0.5 || (L >= UNIQUE_ALONE_LENGTH && ownParagraphContext(m, c.start, c.end, target.prefix, target.suffix))) {
      c.score = Math.max(c.score, MIN_SCORE + 0.05);
      c.context = Math.max(c.context, MIN_CONTEXT_SIMILARITY);
    }
  }
  const strong = (c: Candidate) => c.method === 'exact' && c.context >= 0.9 && (exacts.length === 1 || L >= UNIQUE_MIN_LENGTH);
  // A quote much edited is its place only with its context on both sides ("Jets: WR Gary Wills (knee) is doubtful"
  // taken out of a list of lines alike, the next line shares the prefix and three quarters of the words).
  const sided = (c: Candidate) => c.quote >= WEAK_QUOTE || c.weakSide >= WEAK_QUOTE_SIDES;
  const ranked = candidates.filter((c) => c.context >= MIN_CONTEXT_SIMILARITY && (!deleted || strong(c))).sort(byScore);
  const top = ranked[0];
  // (The best candidate that fails it leaves an orphan: the runner-up is no surer a place.)
  if (!top || top.score < MIN_SCORE || !sided(top)) {
    const near = candidates.sort(byScore)[0];
    return near ? { ...orphan, score: round(near.score) } : orphan;
  }
  // A rival elsewhere with the same score: it is a coin toss, and a highlight in the wrong place is worse than
  // none.
  const rival = ranked.find((c) => c.end <= top.start || c.start >= top.end);
  if (rival && top.score - rival.score < AMBIGUITY && top.method === rival.method) return { ...orphan, score: round(top.score) };
  // The page repeats the passage (a caption and its paragraph, a question asked of every interviewee): the same
  // words with as close a context stand in two places, and the best one has lost its paragraph's old neighbours.
  // Only the distance from the old position would choose, and the highlighted copy may be the one that moved.
  if (top.method === 'exact' && hint !== undefined && (before || after)) {
    const twin = ranked.find(
      (c) => c !== top && c.method === 'exact' && (c.end <= top.start || c.start >= top.end) && c.context >= Math.max(0.75, top.context - 0.05),
    );
    if (twin && parts(top.start, top.end, 1).surroundings < 0.5) return { ...orphan, score: round(top.score) };
  }
  // The page repeated the passage when it was highlighted (a caption and its paragraph, a question asked of
  // every interviewee), and now holds fewer of those copies: the highlighted one may be the copy that went. The
  // survivors are then the page's other copies, as alike as the highlighted one was, unless the old paragraph's
  // neighbours still stand around one.
  if (top.method === 'exact' && target.repeated !== undefined && target.repeated >= 2 && (before || after)) {
    if (!atHome(m, top.start, top.end, before, after) && copiesInContext(m, target.exact, target.prefix ?? '', target.suffix ?? '') < target.repeated) {
      return { ...orphan, score: round(top.score) };
    }
  }
  // A short quote found somewhere else, away from its old paragraph's surroundings, while a heavily edited
  // version of it still stands in the old place with its context: the old place was edited and a look-alike
  // stands elsewhere. Do not guess.
  if (hint !== undefined && top.method === 'exact' && (before || after)) {
    const topParts = parts(top.start, top.end, 1);
    if (topParts.surroundings < 0.5) {
      const from = Math.max(0, hint - 4 * L - 2_000);
      const to = Math.min(text.length, hint + 5 * L + 2_000);
      let slice = text.slice(from, to);
      const a = top.start - from;
      if (a >= 0 && a < slice.length) slice = slice.slice(0, a) + '\u0001'.repeat(Math.min(L, slice.length - a)) + slice.slice(a + L);
      for (const match of search(slice, exact, Math.max(1, Math.floor(L * 0.45)))) {
        const p = parts(from + match.start, from + match.end, 1 - match.errors / L);
        if (p.surroundings >= 0.8 && (p.prefix + p.suffix) / 2 >= 0.8) return { ...orphan, score: round(top.score) };
      }
    }
  }
  return { status: 'anchored', start: top.start, end: top.end, score: round(top.score), method: top.method };
}

/**
 * How many times a quote stands in a text with a context (prefix and suffix, on average) at least COPY_CONTEXT
 * alike to the given one: a highlight's own place and the page's other copies of it, not the same words in an
 * unrelated sentence. Counted the same way when a highlight is described and when it is found again.
 */
export function copiesInContext(m: MatchText, rawExact: string, rawPrefix: string, rawSuffix: string): number {
  const exact = normalise(rawExact).trim();
  if (!exact) return 0;
  const prefix = normalise(rawPrefix);
  const suffix = normalise(rawSuffix);
  const text = m.norm;
  let n = 0;
  for (let i = text.indexOf(exact), k = 0; i >= 0 && k < MAX_EXACT_CANDIDATES; i = text.indexOf(exact, i + 1), k++) {
    const p = prefix ? similarity(prefix, text.slice(Math.max(0, i - prefix.length), i)) : 1;
    const e = i + exact.length;
    const q = suffix ? similarity(suffix, text.slice(e, e + suffix.length)) : 1;
    if ((p + q) / 2 >= COPY_CONTEXT) n++;
  }
  return n;
}

/**
 * Whether the part of the stored context inside the highlight's own paragraph stands exactly around [start, end),
 * up to the paragraph's edges.
 */
function ownContextExact(m: MatchText, start: number, end: number, rawPrefix = '', rawSuffix = ''): boolean {
  const pk = rawPrefix.lastIndexOf('\n');
  const sk = rawSuffix.indexOf('\n');
  const pre = normalise(pk < 0 ? rawPrefix : rawPrefix.slice(pk + 1));
  const suf = normalise(sk < 0 ? rawSuffix : rawSuffix.slice(0, sk));
  const at = start - pre.length;
  const to = end + suf.length;
  if (at < 0 || m.norm.slice(at, start) !== pre || m.norm.slice(end, to) !== suf) return false;
  return (pk < 0 || at === 0 || m.text[at - 1] === '\n') && (sk < 0 || to === m.text.length || m.text[to] === '\n');
}

/** Own-paragraph context shorter than this is checked exactly, with the paragraph's edge. */
const SHORT_SIDE = 8;

/**
 * Whether the part of the stored context that lay in the highlight's own paragraph stands around [start, end):
 * a side of SHORT_SIDE characters or more at least half alike (one such side is enough), or, when both sides are
 * short (the quote was nearly or exactly its whole paragraph), every side exactly, at a paragraph edge.
 */
function ownParagraphContext(m: MatchText, start: number, end: number, rawPrefix = '', rawSuffix = ''): boolean {
  const pk = rawPrefix.lastIndexOf('\n');
  const sk = rawSuffix.indexOf('\n');
  const pre = normalise(pk < 0 ? rawPrefix : rawPrefix.slice(pk + 1));
  const suf = normalise(sk < 0 ? rawSuffix : rawSuffix.slice(0, sk));
  const sides: { long: boolean; ok: boolean }[] = [];
  if (rawPrefix) {
    const at = start - pre.length;
    const here = m.norm.slice(Math.max(0, at), start);
    sides.push(
      pre.length >= SHORT_SIDE
        ? { long: true, ok: similarity(pre, here) >= 0.5 }
        : { long: false, ok: here === pre && (at === 0 || (at > 0 && m.text[at - 1] === '\n')) },
    );
  }
  if (rawSuffix) {
    const to = end + suf.length;
    const here = m.norm.slice(end, to);
    sides.push(
      suf.length >= SHORT_SIDE
        ? { long: true, ok: similarity(suf, here) >= 0.5 }
        : { long: false, ok: here === suf && (to === m.text.length || m.text[to] === '\n') },
    );
  }
  const long = sides.filter((x) => x.long);
  return long.length > 0 ? long.some((x) => x.ok) : sides.every((x) => x.ok);
}

/**
 * A fuzzy match can stop a letter or two short of a word's end ("the wall is sa" for "the wall is safe"). When
 * the highlight began and ended at word edges, so does its match.
 */
function toWordEdges(text: string, start: number, end: number, exact: string, prefix: string, suffix: string): [number, number] {
  // Scripts written without spaces between words (Chinese, Japanese, Thai…) have no word edges to snap to.
  const letter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c) && !UNSPACED.test(c);
  let s = start;
  let e = end;
  if (letter(exact[exact.length - 1]) && !letter(suffix[0])) {
    let k = 0;
    while (k < 3 && letter(text[e]) && letter(text[e - 1])) {
      e++;
      k++;
    }
    if (letter(text[e])) e = end;
  }
  if (letter(exact[0]) && !letter(prefix[prefix.length - 1])) {
    let k = 0;
    while (k < 3 && letter(text[s - 1]) && letter(text[s])) {
      s--;
      k++;
    }
    if (letter(text[s - 1])) s = start;
  }
  return [s, e];
}

/** Quotes up to this long are measured again, character by character, when an edge moves to its context. */
const MEASURED_MAX = 2_000;
/** Does offset `i` fall inside a word (a letter or digit on both sides)? */
function cutsWord(text: string, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i] ?? '');
}

/** A quote edited this much still stands in its place when its stored context stands right around it on both sides. */
const BRACKETED_MIN_SIMILARITY = 0.5;
/** A fuzzy match this far from the quote... */
const WEAK_QUOTE = 0.85;
/** ...is its place only with each side of its context at least this alike. */
const WEAK_QUOTE_SIDES = 0.7;
/** ...and when that context, whole, is at least this alike on both sides. */
const BRACKETED_CONTEXT = 0.8;
/** This much of the stored context, next to the quote, is looked for to put a fuzzy match's edges back. */
const CONTEXT_EDGE = 16;

/**
 * A fuzzy match takes the alignment with the fewest edits, and a word inserted or replaced near an end of the
 * quote is cheaper to match as a few changed letters: "air. reportedly Voters could…" matches "air. Voters
 * could…" as "edly Voters could…". Where the stored context stands right next to the match, a few characters
 * off, the quote's edge is there: the end of the prefix, the start of the suffix (as a reader would place it).
 */
function toContext(
  m: MatchText,
  start: number,
  end: number,
  L: number,
  maxErrors: number,
  prefix: string,
  suffix: string,
  oneParagraph: boolean,
): [number, number, boolean] {
  const text = m.norm;
  const reach = maxErrors + CONTEXT_EDGE;
  let s = start;
  let e = end;
  let sideBefore = false;
  let sideAfter = false;
  if (prefix.length >= 8) {
    const tail = prefix.slice(-CONTEXT_EDGE);
    let best = -1;
    // (Nearest first, within reach: a look-up bounded by the window, never a scan of the page.)
    for (let d = 0; d <= reach && best < 0; d++) {
      if (text.endsWith(tail, start - d)) best = start - d;
      else if (d > 0 && text.endsWith(tail, start + d)) best = start + d;
    }
    if (best >= 0) {
      s = best;
      sideBefore = true;
    }
  }
  if (suffix.length >= 8) {
    const head = suffix.slice(0, CONTEXT_EDGE);
    let best = -1;
    for (let d = 0; d <= reach && best < 0; d++) {
      if (text.startsWith(head, end + d)) best = end + d;
      else if (d > 0 && end - d >= 0 && text.startsWith(head, end - d)) best = end - d;
    }
    if (best >= 0) {
      e = best;
      sideAfter = true;
    }
  }
  // Only when what stands between is still about the quote's length (a word or two more or fewer when the
  // context stands on both sides).
  const bracketed = sideBefore && sideAfter;
  const slack = maxErrors + (bracketed ? CONTEXT_EDGE : 0);
  if (s >= e || e - s < L - slack || e - s > L + slack) return [start, end, false];
  // A highlight inside one paragraph does not grow over a paragraph break (the context found may be the end of
  // the paragraph that now stands before it).
  if (oneParagraph && m.text.slice(s, e).includes('\n')) return [start, end, false];
  return [s, e, bracketed];
}

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;

/** Whether [start, end) stands in its old paragraph's place: the text on one side of its paragraph is the text
 *  that stood there (a paragraph inserted or deleted on the other side changes only that side). */
function atHome(m: MatchText, start: number, end: number, before: string, after: string): boolean {
  const [ps, pe] = m.paragraphAround(start, end);
  return (
    (!!before && similarity(before, m.norm.slice(Math.max(0, ps - before.length), ps)) >= 0.9) ||
    (!!after && similarity(after, m.norm.slice(pe, pe + after.length)) >= 0.9)
  );
}

/** How alike the texts around two paragraphs are. */
function surroundings(m: MatchText, start: number, end: number, before: string, after: string): number {
  const [ps, pe] = m.paragraphAround(start, end);
  const parts: number[] = [];
  if (before) parts.push(similarity(before, m.norm.slice(Math.max(0, ps - before.length), ps)));
  if (after) parts.push(similarity(after, m.norm.slice(pe, pe + after.length)));
  return parts.reduce((a, b) => a + b, 0) / parts.length;
}

/** 1 − normalised Levenshtein distance, for short strings (contexts of a few dozen characters). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[m]! / Math.max(n, m);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
