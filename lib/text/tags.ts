/**
 * A tag as the reader means it: trimmed, inner whitespace collapsed, a leading '#' dropped ("#Climate  talks" →
 * "Climate talks"), in NFC so that the same word typed on two keyboards is one tag. The one normaliser: the
 * store's schema (lib/schema.ts) and the note editor (components/AnnotationEditor.tsx) both use it.
 */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/^#+/, '').trim().replace(/\s+/g, ' ');
}

/** Empty tags dropped; duplicates (ignoring case) dropped, the first spelling kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normaliseTag(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
