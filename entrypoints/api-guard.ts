import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/**
 * Runs at document_start on every page, before the page has any element: it only reads `chrome`, which makes
 * Chrome install the extension API as an own property of our isolated world's global. Without it, a page that
 * has an element named `chrome` (`<form id="chrome">`) by the time our scripts first ask for the API takes its
 * place (named access on window): in Chrome the API object is only made on first use, and then not where a page
 * element already answers to the name. Every later script of ours in the page (the first look, the reader, the
 * notes) shares this world and finds the real API.
 */
export default defineUnlistedScript(() => {
  // The object alone (its APIs, such as runtime, are made on their first use, by the scripts that need them).
  void (globalThis as { chrome?: unknown }).chrome;
});
