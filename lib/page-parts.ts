import { MAX_HTML_CHARS } from './limits';

/**
 * A page's HTML as a content script sends it when it is large: parts (pagePart messages), then the last part
 * with the count of those before it (pageOpened, readPage: lib/page-shared.ts sendInParts). Kept per tab, in
 * order, within MAX_HTML_CHARS, until the last part comes; by the background, and by the offscreen document that
 * reads a first look's page early (entrypoints/offscreen/early.ts).
 */
export class PagePartsByTab {
  private readonly pending = new Map<number, { parts: string[]; size: number; at: number }>();

  /** One more part (part 0 starts a page). The reason it cannot be taken, if so: the tab's parts are then dropped. */
  add(tabId: number, index: number, part: string, now: number): 'out of order' | 'too large' | null {
    const pending = index === 0 ? { parts: [], size: 0, at: now } : this.pending.get(tabId);
    if (!pending || pending.parts.length !== index) {
      this.pending.delete(tabId);
      return 'out of order';
    }
    if (pending.size + part.length > MAX_HTML_CHARS) {
      this.pending.delete(tabId);
      return 'too large';
    }
    pending.parts.push(part);
    pending.size += part.length;
    this.pending.set(tabId, pending);
    return null;
  }

  /** The whole page, its parts so far and `last`, when `announced` parts came before; the tab's parts are dropped. */
  finish(tabId: number, last: string, announced: number): { html: string } | { received: number } {
    const earlier = this.pending.get(tabId);
    this.pending.delete(tabId);
    const received = earlier?.parts.length ?? 0;
    if (received !== announced) return { received };
    return { html: announced ? earlier!.parts.join('') + last : last };
  }

  forget(tabId: number): void {
    this.pending.delete(tabId);
  }

  /** Drop the parts of pages whose last part has not come within `ttl` ms. */
  prune(now: number, ttl: number): void {
    for (const [tab, pending] of this.pending) if (now - pending.at > ttl) this.pending.delete(tab);
  }
}
