import type { Browser } from '@wxt-dev/browser';

/**
 * The extension API object behind WXT's `browser` (wxt.config.ts points `@wxt-dev/browser` here). WXT's own
 * choice reads `globalThis.browser` first, and in Chrome a content script's world has no `browser`: a page can
 * put one there by DOM clobbering (named access on window: `<form id="browser"><input name="runtime" id="x">`),
 * and the script would call the page's form. The API each browser defines as the content script's own global
 * cannot be shadowed so: Chrome's `chrome` (whose MV3 calls return promises) and Firefox's `browser`.
 */
const api = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
export const browser: typeof Browser = (import.meta.env.FIREFOX ? api.browser : api.chrome)!;
export type { Browser };
