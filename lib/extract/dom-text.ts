import { firstIndex } from '../sorted';

/**
 * Text as a reader sees it, with a map back to the DOM. ASCII white space collapses to one space as in HTML
 * rendering (non-breaking spaces stay); block boundaries and <br> count as one space. Each stretch of the
 * collected text that comes verbatim from one text node is a run, so an offset in the text maps to a
 * (node, offset) point and back.
 */

export interface TextRun {
  node: Text;
  /** Offset of the run in `node.data`. */
  nodeStart: number;
  /** Offset of the run in the collected text. */
  start: number;
  length: number;
}

export interface CollectedText {
  text: string;
  runs: TextRun[];
}

const WHITESPACE = /[ \t\n\r\f]+/g;

export class TextCollector {
  private parts: string[] = [];
  private length = 0;
  readonly runs: TextRun[] = [];
  /** A separator is due before the next visible character (' ', or '\n' between paragraphs); `spaceAt` is
   *  the white space it came from, if it came from the page. */
  private pendingSpace: '' | ' ' | '\n' = '';
  private spaceAt: { node: Text; offset: number } | null = null;
  /** An element's edge came since the last visible character (elementEdge). */
  private edge = false;
  /** The last character collected. */
  private last = '';

  addText(node: Text): void {
    const data = node.data;
    WHITESPACE.lastIndex = 0;
    let last = 0;
    for (let m = WHITESPACE.exec(data); m; m = WHITESPACE.exec(data)) {
      this.visible(node, data, last, m.index);
      if (!this.pendingSpace) {
        this.pendingSpace = ' ';
        this.spaceAt = { node, offset: m.index };
      }
      last = m.index + m[0].length;
    }
    this.visible(node, data, last, data.length);
  }

  /**
   * A boundary: one space unless one is already due; with `paragraph`, a line break (the text between two line
   * breaks is one paragraph of the page).
   */
  separate(paragraph = false): void {
    if (paragraph) {
      if (this.pendingSpace !== '\n') {
        this.pendingSpace = '\n';
        this.spaceAt = null;
      }
    } else if (!this.pendingSpace) {
      this.pendingSpace = ' ';
      this.spaceAt = null;
    }
  }

  /**
   * An inline element starts or ends here. A space is put there only where two words would otherwise run together
   * ("Ana RuizAna María Ruiz", "CreditJo Lee", "MARY POEAssociated Press": a lower-case letter and a capital, or a
   * capital and a capitalised word), as the page's style sets such elements apart; "Vladi<b>mir</b>" stays one word.
   */
  elementEdge(): void {
    this.edge = true;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  finish(): CollectedText {
    return { text: this.parts.join(''), runs: this.runs };
  }

  private visible(node: Text, data: string, from: number, to: number): void {
    if (from >= to) return;
    if (this.edge && !this.pendingSpace && this.length > 0 && runsTogether(this.last, data.charAt(from), data.charAt(from + 1))) {
      this.pendingSpace = ' ';
      this.spaceAt = null;
    }
    this.edge = false;
    if (this.pendingSpace && this.length > 0) {
      if (this.spaceAt && this.pendingSpace === ' ') this.pushRun(this.spaceAt.node, this.spaceAt.offset, 1);
      this.parts.push(this.pendingSpace);
      this.length += 1;
    }
    this.pendingSpace = '';
    this.spaceAt = null;
    this.pushRun(node, from, to - from);
    this.parts.push(data.slice(from, to));
    this.length += to - from;
    this.last = data.charAt(to - 1);
  }

  private pushRun(node: Text, nodeStart: number, length: number): void {
    const prev = this.runs[this.runs.length - 1];
    if (prev && prev.node === node && prev.nodeStart + prev.length === nodeStart && prev.start + prev.length === this.length) {
      prev.length += length;
    } else {
      this.runs.push({ node, nodeStart, start: this.length, length });
    }
  }
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Two words run together where an element ends: "RuizAna", "POEAssociated" (`next` is the character after `b`). */
function runsTogether(a: string, b: string, next: string): boolean {
  return (LOWER.test(a) && UPPER.test(b)) || (UPPER.test(a) && UPPER.test(b) && LOWER.test(next));
}

/** The DOM point of a text offset. A start inside a synthetic space snaps forward, an end snaps back. */
export function pointAt(runs: readonly TextRun[], offset: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
  if (runs.length === 0) return null;
  // Last run starting at or before `offset` (for an end: strictly before).
  const found = firstIndex(runs, (r) => (edge === 'start' ? r.start > offset : r.start >= offset)) - 1;
  if (edge === 'start') {
    const run = found >= 0 ? runs[found]! : undefined;
    if (run && offset < run.start + run.length) return { node: run.node, offset: run.nodeStart + offset - run.start };
    const next = runs[found + 1];
    return next ? { node: next.node, offset: next.nodeStart } : null;
  }
  if (found < 0) return null;
  const run = runs[found]!;
  const within = Math.min(offset - run.start, run.length);
  return { node: run.node, offset: run.nodeStart + within };
}
