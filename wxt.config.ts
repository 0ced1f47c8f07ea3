import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// https://wxt.dev/api/config.html
export default defineConfig({
  // No Preact module exists for WXT: the Vite plugin is added directly.
  vite: () => ({
    plugins: [preact()],
    // NEWSMARK_MARKS=1 builds in the timing marks of lib/timing.ts (for the browser benchmark); otherwise none.
    define: { __NEWSMARK_MARKS__: JSON.stringify(!!process.env.NEWSMARK_MARKS) },
    resolve: {
      alias: {
        // WXT's pick of the extension API can be clobbered by a page in a content script (lib/extension-api.ts).
        '@wxt-dev/browser': fileURLToPath(new URL('./lib/extension-api.ts', import.meta.url)),
        // Its browser build makes a DOM element when loaded, and notes are parsed in Chrome's service worker too,
        // which has no DOM: the build with its own entity table works everywhere.
        'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
      },
    },
    build: {
      // NEWSMARK_PROFILE=1 keeps names readable for profiling (npm run bench -- browser --profile).
      minify: process.env.NEWSMARK_PROFILE ? false : undefined,
      rollupOptions: {
        // Readability is CommonJS, which bundlers keep whenever it is imported in case it has side effects
        // (it has none): without this, Chrome's service worker would carry the engine it leaves to the
        // offscreen document.
        treeshake: { moduleSideEffects: (id: string) => !id.includes('@mozilla/readability') },
      },
    },
  }),
  // `wxt dev` must not try to open a browser on machines without a display; `npm start` opens one itself.
  webExt: { disabled: true },
  // lib/ runs in Node too (CLI, eval): every module imports what it uses; no auto-imports.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Newsmark',
    description: 'Marks repeated paragraphs, named officials, organisations and quotes in news articles, and keeps your highlights.',
    // Chrome runs the engine in an offscreen document (entrypoints/offscreen); Firefox in its background page.
    // `scripting`: the reader is brought into a page only where there is something to do
    // (entrypoints/background/reader-tab.ts), on the same http(s) pages the first look runs on. No `tabs`: the
    // host permissions already show the background the addresses of the http(s) tabs it works with; no
    // `clipboardWrite`: the popup copies on the reader's click, which needs none.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Newsmark' },
    // The one script on every page: the first look (entrypoints/first-look.ts), an unlisted script so that it
    // carries no more than it needs. The reader comes after it only where there is something to do.
    content_scripts: [
      // Before the page has elements: keeps the extension API out of reach of DOM clobbering (entrypoints/api-guard.ts).
      { matches: ['http://*/*', 'https://*/*'], js: ['api-guard.js'], run_at: 'document_start' },
      { matches: ['http://*/*', 'https://*/*'], js: ['first-look.js'], run_at: 'document_idle' },
    ],
    // The same key in Chrome and Firefox; the reader can change it (chrome://extensions/shortcuts, about:addons).
    commands: {
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selected text' },
      'open-library': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the Newsmark library' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'newsmark@newsmark.invalid',
              strict_min_version: '140.0',
              // Newsmark sends nothing anywhere: everything stays in the browser's own storage.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
