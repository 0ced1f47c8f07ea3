import type { Analysis, BlockKind, Span } from '../types';
import { splitParagraphs } from '../text/paragraphs';
import { findEntities } from '../nlp/entities';
import { detectOrganizations } from './organizations';
import { detectPeople } from './people';
import { creditSpans, withoutCreditsOnly } from './credits';
import { detectQuotes } from './quotes';
import { detectRepeats } from './repeats';

/**
 * The engine: text in, plain JSON out. Every detector is one module in this folder and is registered here.
 */
export interface AnalyzeInput {
  text: string;
  /** Paragraph spans in `text`; split at blank lines when absent. */
  paragraphs?: Span[];
  /** Block kind of each paragraph, when the text came from an article's blocks. */
  kinds?: BlockKind[];
}

/** Detectors by name, for the registry test and for timing each in the benchmark. */
export const DETECTORS = ['repeats', 'credits', 'people', 'organizations', 'quotes'] as const;

/** Separator between article blocks in the analysed text. */
export const BLOCK_SEPARATOR = '\n\n';

/** The analysis input for an article read as blocks: one paragraph per block. */
export function inputFromBlocks(blocks: readonly { kind: BlockKind; text: string }[]): Required<AnalyzeInput> {
  const paragraphs: Span[] = [];
  let at = 0;
  for (const b of blocks) {
    paragraphs.push({ start: at, end: at + b.text.length });
    at += b.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), paragraphs, kinds: blocks.map((b) => b.kind) };
}

export function analyze(input: AnalyzeInput): Analysis {
  const { text } = input;
  const paragraphs = input.paragraphs ?? splitParagraphs(text);
  const paragraphTexts = paragraphs.map((p) => text.slice(p.start, p.end));
  // Names are read once for the whole text; each detector takes what it needs.
  const entities = findEntities(text);
  // People named only in credit lines (bylines, photo credits, sign-offs) made the page; they are not in the story.
  const people = withoutCreditsOnly(detectPeople(entities), creditSpans(text, paragraphs));
  const organizations = detectOrganizations(entities);
  return {
    text,
    paragraphs,
    repeats: detectRepeats(paragraphTexts, { kinds: input.kinds }),
    people,
    organizations,
    quotes: detectQuotes({ text, paragraphs, entities, people, organizations }),
  };
}
