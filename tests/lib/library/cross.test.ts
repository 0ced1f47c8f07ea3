import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { alsoIn } from '../../../lib/library/cross';
import { pageFingerprints, paragraphPrints } from '../../../lib/library/fingerprints';
import { savePage } from '../../../lib/store/pages';
import { refreshAll } from '../../../lib/store/refresh';
import { analyseText } from '../../../lib/engine';
import { report } from '../../helpers/records';
import { freshDatabases } from '../../helpers/db';

const fresh = freshDatabases('cross');

// Invented wire copy: the original, a syndicated copy with a paragraph edited, and a story of its own.
const WIRE = [
  'The river authority said on Tuesday that the eastern floodgates would stay closed until the spring thaw had passed the upper weirs.',
  'Engineers found cracks in two of the older gates during an inspection last month, and repairs are expected to take at least six weeks.',
  'Boat owners upstream have been told to move their vessels to the winter moorings at Greyhaven before the end of the week.',
].join('\n\n');
const COPY = [
  'Local desk: a note from our editors about river traffic this winter.',
  'The river authority said on Tuesday that the eastern floodgates would stay closed until the spring thaw had passed the upper weirs.',
  'Engineers found cracks in two of the older gates during an inspection in November, and repairs are expected to last at least six weeks.',
  'Our own reporter spoke to the harbour café owners, who expect a quiet season along the quay.',
].join('\n\n');
const OTHER = [
  'The orchard cooperative said on Tuesday that the late frost had damaged a third of the apricot blossom in the northern valley.',
  'Growers asked the regional bank to delay loan repayments until the autumn harvest had been counted and sold.',
].join('\n\n');

const page = (url: string, title: string, text: string) => report({ url, meta: { ...report().meta, title } }, text);

describe('a paragraph in other saved pages', () => {
  test('fingerprints: none for short paragraphs; an exact copy shares all, a near copy at least one (enough to be found)', () => {
    expect(paragraphPrints('Advertisement')).toEqual([]);
    const a = paragraphPrints(WIRE.split('\n\n')[1]!);
    const b = paragraphPrints(COPY.split('\n\n')[2]!);
    expect(a).toHaveLength(4);
    expect(paragraphPrints(`  ${WIRE.split('\n\n')[1]!.toUpperCase()}`)).toEqual(a);
    expect(a.filter((h) => b.includes(h)).length).toBeGreaterThanOrEqual(1);
  });

  test('the copy is found in the original, exactly and nearly; a story of its own is in none', async () => {
    const db = await fresh();
    const wire = await savePage(db, page('https://wire.example/floodgates', 'Floodgates stay shut', WIRE), 1_000);
    const copy = await savePage(db, page('https://local.example/river', 'River news', COPY), 2_000);
    const other = await savePage(db, page('https://farm.example/frost', 'Frost', OTHER), 3_000);
    expect(copy.fingerprints!.length).toBeGreaterThan(0);

    const found = await alsoIn(db, copy);
    expect(found.map((f) => [f.paragraph, f.theirs, f.kind, f.page.key])).toEqual([
      [1, 0, 'exact', wire.key],
      [2, 1, 'near', wire.key],
    ]);
    expect(found[0]!.page).toMatchObject({ title: 'Floodgates stay shut', site: 'wire.example' });
    // And the other way round.
    expect((await alsoIn(db, wire)).map((f) => [f.paragraph, f.page.key])).toEqual([
      [0, copy.key],
      [1, copy.key],
    ]);
    expect(await alsoIn(db, other)).toEqual([]);
  });

  test('pages saved before fingerprints get theirs from the refresh, without being analysed again', async () => {
    const db = await fresh();
    const wire = await savePage(db, page('https://wire.example/floodgates', 'Floodgates stay shut', WIRE), 1_000);
    const { fingerprints, ...old } = wire;
    await db.put('pages', old);
    let calls = 0;
    await refreshAll(
      db,
      async (input) => {
        calls++;
        return analyseText(input);
      },
      { pauseMs: 0 },
    );
    expect(calls).toBe(0);
    expect((await db.get('pages', wire.key))!.fingerprints).toEqual(fingerprints);
    expect((await db.get('pages', wire.key))!.fingerprints).toEqual(pageFingerprints(wire.analysis));
  });
});
