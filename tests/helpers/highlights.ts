import { afterEach, beforeEach } from 'vitest';

/** happy-dom has no CSS Custom Highlight API: a registry and a Highlight class that are plain sets. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** Install the fake registry around each test of the calling file; returns the registry to read from. */
export function useFakeHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const g = globalThis as unknown as { CSS?: object; Highlight?: unknown };
  let savedCss: object | undefined;
  beforeEach(() => {
    savedCss = g.CSS;
    g.CSS = { ...(g.CSS ?? {}), highlights: registry };
    g.Highlight = FakeHighlight;
    registry.clear();
  });
  afterEach(() => {
    g.CSS = savedCss;
    delete g.Highlight;
  });
  return registry;
}
