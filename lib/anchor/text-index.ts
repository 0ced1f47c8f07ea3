import { collectVisibleText } from '../extract/page-text';
import { pointAt, TextCollector, type TextRun } from '../extract/dom-text';
import { CodePointIndex } from './codepoints';
import { MatchText } from './match';

/**
 * The page's text, once per pass, for every highlight to be described and found in: block elements on lines of
 * their own, white space collapsed as the reader sees it, each character mapped to the text node it came from.
 */
export class PageText {
  readonly text: string;
  readonly runs: TextRun[];
  readonly match: MatchText;
  readonly codePoints: CodePointIndex;
  private byNode: Map<Text, TextRun[]> | null = null;

  constructor(root: Node) {
    const collector = new TextCollector();
    collectVisibleText(root, collector);
    const { text, runs } = collector.finish();
    this.text = text;
    this.runs = runs;
    this.match = new MatchText(text);
    this.codePoints = new CodePointIndex(text);
  }

  /** A live range over [start, end) of the page text, or null when it has no nodes any more. */
  range(doc: Document, start: number, end: number): Range | null {
    const a = pointAt(this.runs, start, 'start');
    const b = pointAt(this.runs, end, 'end');
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
    const r = doc.createRange();
    try {
      r.setStart(a.node, Math.min(a.offset, a.node.length));
      r.setEnd(b.node, Math.min(b.offset, b.node.length));
    } catch {
      return null;
    }
    return r.collapsed ? null : r;
  }

  /** The page-text offsets a DOM range covers (a selection), or null when it touches none of the text. */
  offsets(range: Range): { start: number; end: number } | null {
    const start = this.offsetOf(range.startContainer, range.startOffset, 'start');
    const end = this.offsetOf(range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start) return null;
    // A selection dragged over a paragraph's end takes its line break: leave white space out.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(this.text[s]!)) s++;
    while (e > s && /\s/.test(this.text[e - 1]!)) e--;
    return e > s ? { start: s, end: e } : null;
  }

  private offsetOf(container: Node, offset: number, edge: 'start' | 'end'): number | null {
    if (container.nodeType === 3) {
      const runs = this.runsOf(container as Text);
      for (const r of runs) {
        if (offset >= r.nodeStart && offset <= r.nodeStart + r.length) return r.start + offset - r.nodeStart;
      }
      // Inside collapsed white space: the nearest run after (start) or before (end).
      const after = runs.find((r) => r.nodeStart > offset);
      const before = [...runs].reverse().find((r) => r.nodeStart + r.length < offset);
      if (edge === 'start') return after ? after.start : before ? before.start + before.length : null;
      return before ? before.start + before.length : after ? after.start : null;
    }
    // A point between children: the text before it ends here, or the text after it starts here.
    const child = container.childNodes[offset];
    const edgeText = (node: Node | null | undefined, last: boolean): Text | null => {
      if (!node) return null;
      if (node.nodeType === 3 && this.runsOf(node as Text).length) return node as Text;
      const kids = [...node.childNodes];
      for (const k of last ? kids.reverse() : kids) {
        const t = edgeText(k, last);
        if (t) return t;
      }
      return null;
    };
    if (edge === 'start') {
      for (let n: Node | null = child ?? null; n; n = n.nextSibling) {
        const t = edgeText(n, false);
        if (t) return this.runsOf(t)[0]!.start;
      }
      return null;
    }
    for (let n: Node | null = child ? child.previousSibling : container.lastChild; n; n = n.previousSibling) {
      const t = edgeText(n, true);
      if (t) {
        const rs = this.runsOf(t);
        const last = rs[rs.length - 1]!;
        return last.start + last.length;
      }
    }
    return null;
  }

  private runsOf(node: Text): TextRun[] {
    if (!this.byNode) {
      this.byNode = new Map();
      for (const r of this.runs) {
        const list = this.byNode.get(r.node) ?? [];
        list.push(r);
        this.byNode.set(r.node, list);
      }
    }
    return this.byNode.get(node) ?? [];
  }
}
