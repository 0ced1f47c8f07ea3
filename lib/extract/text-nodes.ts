/**
 * The page's text nodes by number, the same on both sides of the engine boundary. The content script sends the
 * page's HTML to the extension's engine, which parses it again and reads the article there; the engine names
 * the text of each block by text node number and offset, and the content script turns the numbers back into
 * the live page's nodes. Serialising and parsing again keeps the document order of text nodes, except that
 *  - adjacent text nodes (made by scripts) come back as one: on the live side they count as one entry;
 *  - empty text nodes (made by scripts) disappear: the live side skips them;
 *  - <noscript> content is raw text on a page with scripts and markup in a parsed copy (which has scripting
 *    off); scripts and style sheets are most of a page's HTML and none of its text: the snapshot sends all three
 *    empty (but JSON-LD, which Readability reads for metadata), and both sides skip the text inside them.
 * Anything else that does not survive the round trip (a script-built tree the parser would not build) is
 * caught by comparing each block's text with the live text (lib/extract/live.ts).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** One entry: a text node, or several adjacent ones that a parser would have made one. */
export type LiveText = Text | Text[];

/**
 * Every text node under `root` (not `root` itself) in document order, as the numbering above counts them.
 * Iterative: a page nested thousands deep does not overflow the stack.
 */
export function textNodeList(root: Node): LiveText[] {
  const collector = new TextNodeCollector();
  collector.addTree(root);
  return collector.entries;
}

/** Elements whose text is not counted (see above). */
const UNCOUNTED = new Set(['script', 'style', 'noscript']);

/** The numbering built up piece by piece, for a page read in slices (lib/extract/snapshot.ts). */
export class TextNodeCollector {
  readonly entries: LiveText[] = [];
  /** Characters of counted text so far. */
  chars = 0;
  private previous: Text | null = null;
  // Text nodes come in runs of siblings: the parent is looked at once per run. (`length`, not `data.length`:
  // reading `data` makes a string of the node's text.)
  private parent: Node | null = null;
  private uncounted = false;

  add(text: Text): void {
    const length = text.length;
    if (length === 0) return;
    const parent = text.parentNode;
    // The text node before was under the same parent: the only case in which the two may be adjacent.
    const sameParent = parent === this.parent;
    if (!sameParent) {
      this.parent = parent;
      this.uncounted = !!parent && parent.nodeType === ELEMENT_NODE && UNCOUNTED.has((parent as Element).localName);
    }
    if (this.uncounted) return;
    this.chars += length;
    // Adjacent to the text node before (only empty text between them): one entry, as a parser makes it.
    let before: Node | null = null;
    if (sameParent && this.previous) {
      before = text.previousSibling;
      while (before && before.nodeType === TEXT_NODE && (before as Text).length === 0) before = before.previousSibling;
    }
    if (before && before === this.previous) {
      const last = this.entries[this.entries.length - 1]!;
      if (Array.isArray(last)) last.push(text);
      else this.entries[this.entries.length - 1] = [last, text];
    } else this.entries.push(text);
    this.previous = text;
  }

  /** Every text node under `root` (the browser's own walker: one native call a node). */
  addTree(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) this.add(node as Text);
  }
}

/** The text of one entry. */
export function entryText(entry: LiveText): string {
  return Array.isArray(entry) ? entry.map((t) => t.data).join('') : entry.data;
}

/**
 * Serialised HTML with <script>, <style> and <noscript> emptied, as the numbering above skips their text. JSON-LD
 * stays: Readability reads the article's metadata from it.
 */
export function emptyUncounted(html: string): string {
  return html.replace(/<(script|style|noscript)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi, (whole, tag: string, attributes: string, content: string) =>
    content === '' || /application\/ld\+json/i.test(attributes) ? whole : `<${tag.toLowerCase()}${attributes}></${tag.toLowerCase()}>`,
  );
}
