import { browser } from 'wxt/browser';
import { readHtml } from '../../lib/engine';
import { toEngine } from '../../lib/messages';
import { EnginePageSchema, parseOrThrow } from '../../lib/schema';

/**
 * Chrome's offscreen document: the engine, with a DOM to parse pages in. Content scripts' messages reach every
 * extension document, this one too: it answers only the background (our own extension, no tab, no page).
 */
const parser = new DOMParser();
const backgroundUrl = browser.runtime.getURL('/background.js');

toEngine.onMessage('readHtml', ({ data, sender }) => {
  if (sender.id !== browser.runtime.id || sender.tab || (sender.url && sender.url !== backgroundUrl)) {
    throw new Error('Rejected: only the Newsmark background may ask the engine.');
  }
  const { html } = parseOrThrow(EnginePageSchema, data, 'page');
  return readHtml(html, (h) => parser.parseFromString(h, 'text/html'));
});
