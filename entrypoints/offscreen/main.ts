import { browser } from 'wxt/browser';
import { timing } from '../../lib/timing';
import { analyseText, readHtml } from '../../lib/engine';
import { toEngine } from '../../lib/messages';
import { EngineEarlySchema, EngineOffSitesSchema, EnginePageSchema, EngineTextSchema, parseOrThrow } from '../../lib/schema';
import { earlyReads, type EarlySender } from './early';

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

const read = (html: string) => {
  timing('engine-start');
  const r = readHtml(html, (h) => parser.parseFromString(h, 'text/html'));
  timing('engine-done');
  return r;
};

// A first look's page, read as soon as it comes (early.ts); this listener never answers: the background does.
const early = earlyReads(read);
browser.runtime.onMessage.addListener((message: unknown, sender: EarlySender) => {
  early.heard(message, sender);
  return undefined;
});

toEngine.onMessage('readHtml', ({ data, sender }) => {
  fromBackground(sender);
  const { url, html, tabId } = parseOrThrow(EnginePageSchema, data, 'page');
  if (tabId !== undefined) early.served(tabId, url);
  return read(html);
});

toEngine.onMessage('takeEarlyReading', ({ data, sender }) => {
  fromBackground(sender);
  const { tabId, url } = parseOrThrow(EngineEarlySchema, data, 'request');
  return early.take(tabId, url);
});

toEngine.onMessage('offSites', ({ data, sender }) => {
  fromBackground(sender);
  early.offSites(parseOrThrow(EngineOffSitesSchema, data, 'sites').sites);
});

toEngine.onMessage('analyseText', ({ data, sender }) => {
  fromBackground(sender);
  return analyseText(parseOrThrow(EngineTextSchema, data, 'text'));
});
