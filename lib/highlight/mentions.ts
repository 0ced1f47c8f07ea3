/**
 * Which mention is at a point of the page: ranges indexed by the text nodes they touch, so a pointer move costs
 * a map lookup, not a scan of every mention.
 */
export interface MentionRef {
  kind: 'person' | 'organization' | 'quote';
  id: string;
  /** Which mention of the entity (0-based, in text order). */
  index: number;
  range: Range;
}

/** Ranges indexed by the text nodes they touch. */
export class RangeIndex<T extends { range: Range }> {
  private readonly byNode = new Map<Node, T[]>();
  private readonly all: T[] = [];

  constructor(refs: readonly T[] = []) {
    for (const ref of refs) this.add(ref);
  }

  get refs(): readonly T[] {
    return this.all;
  }

  add(ref: T): void {
    this.all.push(ref);
    for (const node of textNodesOf(ref.range)) {
      const list = this.byNode.get(node) ?? [];
      list.push(ref);
      this.byNode.set(node, list);
    }
  }

  /** The mention at a point; a name inside a quote wins over the quote (the narrowest range). */
  at(node: Node, offset: number): T | null {
    let best: T | null = null;
    for (const ref of this.byNode.get(node) ?? []) {
      const r = ref.range;
      // The point must be inside, not on the closing edge.
      if (!r.isPointInRange(node, offset) || (node === r.endContainer && offset === r.endOffset)) continue;
      if (!best || r.toString().length < best.range.toString().length) best = ref;
    }
    return best;
  }
}

export class MentionIndex extends RangeIndex<MentionRef> {}

function textNodesOf(range: Range): Node[] {
  if (range.startContainer === range.endContainer) return [range.startContainer];
  const out: Node[] = [];
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n);
  return out;
}
