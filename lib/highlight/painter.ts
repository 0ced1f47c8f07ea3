import type { HighlightColour } from '../types';

/**
 * Paint ranges with the CSS Custom Highlight API: the page's DOM is never touched, and a page script cannot
 * trip over our markup. Colours come from `::highlight(name)` rules in the content script's stylesheet.
 */

export const HIGHLIGHTS = {
  repeat: 'newsmark-repeat',
  repeatBoilerplate: 'newsmark-repeat-boilerplate',
  official: 'newsmark-official',
  person: 'newsmark-person',
  organization: 'newsmark-organization',
  quote: 'newsmark-quote',
  scare: 'newsmark-scare',
  flash: 'newsmark-flash',
  /** The reader's highlights that carry a note: a dotted line under them says so. */
  noted: 'newsmark-noted',
} as const;

/**
 * The same marks in tints alone, for pages too large for underlines (lib/highlight/window.ts): a highlight drawn
 * with text-decoration makes each change of the page's highlights walk the whole page.
 */
export const PLAIN = {
  [HIGHLIGHTS.repeat]: 'newsmark-repeat-plain',
  [HIGHLIGHTS.repeatBoilerplate]: 'newsmark-repeat-boilerplate-plain',
  [HIGHLIGHTS.official]: 'newsmark-official-plain',
  [HIGHLIGHTS.person]: 'newsmark-person-plain',
  [HIGHLIGHTS.organization]: 'newsmark-organization-plain',
  [HIGHLIGHTS.quote]: 'newsmark-quote-plain',
  [HIGHLIGHTS.scare]: 'newsmark-scare-plain',
} as const;

/** The reader's own highlights, one highlight name per colour. */
export const noteHighlight = (colour: HighlightColour) => `newsmark-note-${colour}` as const;

export type HighlightName = (typeof HIGHLIGHTS)[keyof typeof HIGHLIGHTS] | (typeof PLAIN)[keyof typeof PLAIN] | ReturnType<typeof noteHighlight>;

/** Whether this browser paints custom highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export class Painter {
  private readonly owned = new Set<string>();

  /** Replace the ranges painted under `name`. An empty list removes it. */
  set(name: HighlightName, ranges: readonly AbstractRange[], priority = 0): void {
    if (!highlightsSupported()) return;
    if (ranges.length === 0) {
      this.delete(name);
      return;
    }
    // Added one by one: spreading tens of thousands of ranges as arguments would overflow the stack.
    const h = new Highlight();
    for (const range of ranges) h.add(range);
    h.priority = priority;
    CSS.highlights.set(name, h);
    this.owned.add(name);
  }

  delete(name: HighlightName): void {
    if (!highlightsSupported()) return;
    CSS.highlights.delete(name);
    this.owned.delete(name);
  }

  /** Remove everything this painter put up. */
  clear(): void {
    for (const name of [...this.owned]) this.delete(name as HighlightName);
  }
}
