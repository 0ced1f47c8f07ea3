import { describe, expect, test } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, backupOf } from '../../../lib/exchange/backup';
import { isRefusal, parseImport } from '../../../lib/exchange/import';
import { expectGolden } from './golden';
import { gardenPage, highlights, pierPage, SETTINGS, T0 } from './sample';

const NOW = T0 + 7 * 86_400_000;

describe('backupOf', () => {
  test('matches the golden file', () => {
    const backup = backupOf([pierPage(), gardenPage()], highlights(), SETTINGS, NOW);
    expectGolden('backup.json', `${JSON.stringify(backup, null, 2)}\n`);
  });

  test('names its format and version and dates itself from `now`', () => {
    const backup = backupOf([], [], {}, NOW);
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-03-08T09:30:00.000Z',
      pages: [],
      annotations: [],
      settings: {},
    });
  });

  test('reads back as the same records', () => {
    const pages = [pierPage(), gardenPage()];
    const plan = parseImport(JSON.stringify(backupOf(pages, highlights(), SETTINGS, NOW)));
    if (isRefusal(plan)) throw new Error(plan.message);
    expect(plan.kind).toBe('backup');
    expect(plan.pages).toEqual(pages);
    expect(plan.annotations).toEqual(highlights());
    expect(plan.settings).toEqual(SETTINGS);
  });
});
