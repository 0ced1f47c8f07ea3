import { defineBackground } from 'wxt/utils/define-background';
import { databaseOnce } from '../../lib/store/db';
import { localEngine, localReanalyse, offscreenEngine, offscreenReanalyse, tellEngineOffSites } from './engine';
import { offSites } from '../../lib/settings';
import { refreshAll } from '../../lib/store/refresh';
import { createHandlers, registerHandlers, watchDisplaySettings } from './handlers';
import { registerMenus } from './menus';

export default defineBackground(() => {
  // Opened on first use; a failed open (private mode, full disk) is retried on the next message.
  const openDb = databaseOnce();
  // Decided when building: each browser's bundle carries only its own engine.
  const engine = import.meta.env.FIREFOX ? localEngine() : offscreenEngine(() => offSites.getValue());
  // The offscreen document reads nothing early on a site turned off (entrypoints/offscreen/early.ts).
  if (!import.meta.env.FIREFOX) offSites.watch((sites) => void tellEngineOffSites(sites));
  registerHandlers(createHandlers(openDb, engine), openDb);
  registerMenus();
  watchDisplaySettings();
  // Pages an older engine saved are analysed again, a few at a time, once the background has started (on an
  // update, after the database's upgrade). What cannot be is kept as it is and said here.
  const reanalyse = import.meta.env.FIREFOX ? localReanalyse() : offscreenReanalyse();
  setTimeout(() => {
    void openDb()
      .then((store) => refreshAll(store, reanalyse))
      .then(({ broken }) => {
        if (broken.length) console.warn(`Newsmark kept ${broken.length} saved page(s) as they were: they could not be analysed again.`, broken);
      })
      .catch((e: unknown) => console.warn('Newsmark could not analyse old pages again yet:', e));
  }, 5_000);
});
