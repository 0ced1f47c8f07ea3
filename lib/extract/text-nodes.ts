/**
 * The page's text nodes by number, the same on both sides of the engine boundary. The content script sends the
 * page's HTML to the extension's engine, which parses it again and reads the article there; the engine names
 * the text of each block by text node number and offset, and the content script turns the numbers back into
 * the live page's nodes. Serialising and parsing again keeps the document order of text nodes, except that
 *  - adjacent text nodes (made by scripts) come back as one: on the live side they count as one entry;
 *  - empty text nodes (made by scripts) disappear: the live side skips them;
 *  - <noscript> content is raw text on a page with scripts and markup in a parsed copy (which has scripting
 *    off): both sides skip everything inside <noscript>, and the snapshot sends it empty.
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

/** The numbering built up piece by piece, for a page read in slices (lib/extract/snapshot.ts). */
export class TextNodeCollector {
  readonly entries: LiveText[] = [];
  private previous: Text | null = null;

  add(text: Text): void {
    if (text.data.length === 0) return;
    // Adjacent to the text node before (only empty text between them): one entry, as a parser makes it.
    if (this.previous && adjacentText(this.previous, text)) {
      const last = this.entries[this.entries.length - 1]!;
      if (Array.isArray(last)) last.push(text);
      else this.entries[this.entries.length - 1] = [last, text];
    } else this.entries.push(text);
    this.previous = text;
  }

  /** Every text node under `root`, skipping <noscript> content. */
  addTree(root: Node): void {
    let node: Node | null = root.firstChild;
    while (node) {
      let descend = false;
      if (node.nodeType === TEXT_NODE) this.add(node as Text);
      else if (node.nodeType === ELEMENT_NODE) descend = (node as Element).localName !== 'noscript';
      if (descend && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      if (!node || node === root) break;
      node = node.nextSibling;
    }
  }
}

/** True when only empty text nodes stand between `a` and its later sibling `b`. */
function adjacentText(a: Text, b: Text): boolean {
  for (let n = a.nextSibling; n; n = n.nextSibling) {
    if (n === b) return true;
    if (n.nodeType !== TEXT_NODE || (n as Text).data.length > 0) return false;
  }
  return false;
}

/** The text of one entry. */
export function entryText(entry: LiveText): string {
  return Array.isArray(entry) ? entry.map((t) => t.data).join('') : entry.data;
}

/** `<noscript>…</noscript>` emptied, as the numbering above skips its content. */
export function emptyNoscript(html: string): string {
  return html.replace(/<noscript\b([^>]*)>[\s\S]*?<\/noscript\s*>/gi, '<noscript$1></noscript>');
}
