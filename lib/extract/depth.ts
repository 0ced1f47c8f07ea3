import { grouped } from '../text/numbers';
/**
 * How deep a page nests its elements. Elements nested deeper than MAX_ELEMENT_DEPTH are not analysed: browsers'
 * parsers never build such a page (Chromium's stops nesting at 512 and adds deeper elements as siblings; the
 * corpus pages reach 51), only scripts do, and Readability's work grows faster than the square of the depth:
 * 1,000 levels take seconds, 2,000 a minute, 50,000 overflow the stack. The same limit holds on the page (the
 * snapshot), in the extension's engine and on the command line.
 */
export const MAX_ELEMENT_DEPTH = 512;

export const TOO_DEEP_MESSAGE = `This page nests its elements more than ${MAX_ELEMENT_DEPTH} deep; a page like this is not analysed.`;

/**
 * How deep HTML nests container elements that need an end tag (div, section, span…), counting open minus close
 * tags. Exact for HTML a browser serialised (every such tag is closed); rough for raw files (tags inside
 * scripts count too).
 */
export function tagDepthEstimate(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)(?:div|section|article|aside|nav|header|footer|main|span|blockquote|figure|table|ul|ol)\b[^>]*?(\/?)>/gi)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[2] && ++depth > max) max = depth;
  }
  return max;
}

/** The depth of the element tree, walked without recursion; stops counting once past `limit`. */
export function elementDepth(document: Document, limit = Infinity): number {
  const root = document.documentElement;
  if (!root) return 0;
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > max && (max = depth) > limit) return max;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return max;
}

/** A page with more elements than `max` is declined (Readability walks every element several times). */
export function elementCountCheck(doc: Document, max: number): { elements: number; declined: { ok: false; reason: 'too-large'; message: string } | null } {
  const elements = doc.getElementsByTagName('*').length;
  const declined =
    elements > max
      ? {
          ok: false as const,
          reason: 'too-large' as const,
          message: `This page is too large to analyse (${grouped(elements)} elements; the limit is ${grouped(max)}).`,
        }
      : null;
  return { elements, declined };
}
