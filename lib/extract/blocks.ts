import type { BlockKind } from '../types';
import { TextCollector, type TextRun } from './dom-text';

/** A block of an article's content with the text nodes it was read from. */
export interface DomBlock {
  kind: BlockKind;
  text: string;
  runs: TextRun[];
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
]);
const KIND_OF: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dd: 'list-item',
  dt: 'list-item',
  blockquote: 'blockquote',
  pre: 'preformatted',
  figcaption: 'caption',
  caption: 'caption',
  tr: 'table-row',
};
/** Elements that start a new block but take their kind from the context (a <p> in a quote is a quote). */
const NEUTRAL_BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'figure',
  'form',
  'fieldset',
  'details',
  'summary',
  'center',
  'address',
  'hr',
  'picture',
  'hgroup',
  'menu',
]);
/** Kinds a neutral child inherits; elsewhere a neutral block is a plain paragraph. */
const INHERITED = new Set<BlockKind>(['blockquote', 'list-item', 'caption', 'preformatted', 'table-row']);
const CELLS = new Set(['td', 'th']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The blocks of an article root, in reading order: leaf paragraphs, headings, list items, quotes. */
export function collectBlocks(root: Element): DomBlock[] {
  const blocks: DomBlock[] = [];
  let current: TextCollector | null = null;
  let currentKind: BlockKind = 'paragraph';

  const flush = () => {
    if (current && !current.isEmpty) {
      const { text, runs } = current.finish();
      blocks.push({ kind: currentKind, text, runs });
    }
    current = null;
  };

  const walk = (el: Node, kind: BlockKind) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (!current) {
          current = new TextCollector();
          currentKind = kind;
        }
        current.addText(child as Text);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).localName.toLowerCase();
      if (SKIPPED.has(tag) || (child as Element).getAttribute('hidden') !== null) continue;
      if (tag === 'br') {
        (current as TextCollector | null)?.separate();
      } else if (CELLS.has(tag)) {
        (current as TextCollector | null)?.separate();
        walk(child, kind);
        (current as TextCollector | null)?.separate();
      } else if (KIND_OF[tag] || NEUTRAL_BLOCKS.has(tag)) {
        flush();
        const childKind = KIND_OF[tag] ?? (INHERITED.has(kind) ? kind : 'paragraph');
        walk(child, childKind);
        flush();
      } else {
        (current as TextCollector | null)?.elementEdge();
        walk(child, kind);
        (current as TextCollector | null)?.elementEdge();
      }
    }
  };

  walk(root, 'paragraph');
  flush();
  return blocks;
}
