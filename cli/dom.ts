import { parseHTML } from 'linkedom';

/**
 * A Node DOM for saved pages. linkedom rather than jsdom: it parses every corpus page (jsdom 29 throws on some
 * pages' inline CSS) and is several times faster; Readability's extraction scores the same on both
 * (figures in README).
 */
export function parseDocument(html: string, url?: string): Document {
  const { document } = parseHTML(html);
  if (url) {
    // Readability resolves relative links against documentURI / <base>; linkedom leaves both empty.
    try {
      Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
      Object.defineProperty(document, 'baseURI', { value: url, configurable: true });
    } catch {
      /* read-only in some versions: links then stay relative */
    }
  }
  return document as unknown as Document;
}
