import { expect, test } from 'vitest';
import { firstLookBundleSize, readerBundleInputs } from '../../scripts/bundle-size';

// The script on every page stays small (issue 10: the page pays for it alone unless there is something to do):
// no detectors, lexicons, engine, Preact or validation library in it.
test('the first look stays within 8 kB gzipped and carries nothing of the reader or the engine', async () => {
  const { gzipped, inputs } = await firstLookBundleSize();
  expect(gzipped / 1024).toBeLessThanOrEqual(8);
  const heavy = inputs.filter((i) =>
    /lib\/detect|lib\/nlp|lib\/data|lib\/anchor|lib\/highlight|components\/|node_modules\/(preact|valibot|approx-string-match)|Readability\.js$/.test(i),
  );
  expect(heavy).toEqual([]);
}, 30_000);

// The reader comes into every article; the highlights' UI and anchoring come only where a page needs them
// (entrypoints/notes).
test('the reader carries neither the highlights’ UI nor their anchoring', async () => {
  const { gzipped, inputs } = await readerBundleInputs();
  const notes = inputs.filter((i) =>
    /lib\/anchor|entrypoints\/reader\/annotations|components\/(AnnotationEditor|Markdown|NoteLayer|SelectionToolbar|SaveQuoteOffer)|annotations\.css|notes\.css|approx-string-match/.test(
      i,
    ),
  );
  expect(notes).toEqual([]);
  expect(gzipped / 1024).toBeLessThanOrEqual(25);
}, 30_000);
