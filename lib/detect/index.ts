import type { Analysis, BlockKind, Span } from '../types';
import { splitParagraphs } from '../text/paragraphs';
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
export const DETECTORS = ['repeats'] as const;

export function analyze(input: AnalyzeInput): Analysis {
  const { text } = input;
  const paragraphs = input.paragraphs ?? splitParagraphs(text);
  const paragraphTexts = paragraphs.map((p) => text.slice(p.start, p.end));
  return {
    text,
    paragraphs,
    repeats: detectRepeats(paragraphTexts, { kinds: input.kinds }),
  };
}
