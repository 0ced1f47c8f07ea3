import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase, type Database } from '../../lib/store/db';
import { localEngine, offscreenEngine } from './engine';
import { createHandlers, registerHandlers, watchDisplaySettings } from './handlers';
import { registerMenus } from './menus';

export default defineBackground(() => {
  let db: Promise<Database> | undefined;
  const openDb = () => {
    // Opened on first use; a failed open (private mode, full disk) is retried on the next message.
    db ??= openDatabase().catch((e: unknown) => {
      db = undefined;
      throw e;
    });
    return db;
  };
  // Decided when building: each browser's bundle carries only its own engine.
  const engine = import.meta.env.FIREFOX ? localEngine() : offscreenEngine();
  registerHandlers(createHandlers(openDb, engine), openDb);
  registerMenus();
  watchDisplaySettings();
});
