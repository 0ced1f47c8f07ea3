import { browser } from 'wxt/browser';
import { timing } from '../../lib/timing';
import { analyseText, readHtml } from '../../lib/engine';
import { toEngine } from '../../lib/messages';
import { EnginePageSchema, EngineTextSchema, parseOrThrow } from '../../lib/schema';

/**
 * Chrome's offscreen document: the engine, with a DOM to parse pages in. Content scripts' messages reach every
 * extension document, this one too: it answers only the background (our own extension, no tab, no page).
 */
const parser = new DOMParser();
const backgroundUrl = browser.runtime.getURL('/background.js');

const fromBackground = (sender: { id?: string; tab?: unknown; url?: string }) => {
  if (sender.id !== browser.runtime.id || sender.tab || (sender.url && sender.url !== backgroundUrl)) {
    throw new Error('Rejected: only the Newsmark background may ask the engine.');
  }
};

toEngine.onMessage('readHtml', ({ data, sender }) => {
  fromBackground(sender);
  const { html } = parseOrThrow(EnginePageSchema, data, 'page');
  timing('engine-start');
  const r = readHtml(html, (h) => parser.parseFromString(h, 'text/html'));
  timing('engine-done');
  return r;
});

toEngine.onMessage('analyseText', ({ data, sender }) => {
  fromBackground(sender);
  return analyseText(parseOrThrow(EngineTextSchema, data, 'text'));
});
