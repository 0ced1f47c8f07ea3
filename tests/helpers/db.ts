import { afterEach } from 'vitest';
import { openDatabase, type Database } from '../../lib/store/db';

/**
 * A new, empty database (fake-indexeddb, imported by the test file) per call, each closed after its test. Call at
 * the top of a test file.
 */
export function freshDatabases(prefix: string): (() => Promise<Database>) & { adopt(db: Database): Database } {
  let n = 0;
  const opened: Database[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  const fresh = async () => {
    const db = await openDatabase(`${prefix}-${++n}-${Math.random()}`);
    opened.push(db);
    return db;
  };
  /** A database the test opened itself (an older version, upgraded), closed after the test too. */
  const adopt = (db: Database) => {
    opened.push(db);
    return db;
  };
  return Object.assign(fresh, { adopt });
}
