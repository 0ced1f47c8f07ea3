import { describe, expect, test } from 'vitest';
import { createReader, type Prepared, type ReadSteps } from '../../entrypoints/reader/reader';
import type { PaintOptions } from '../../lib/highlight/article';

// The content script's reading loop with its browser parts replaced: settings that resolve when the test says,
// paintings that record whether they were disposed.

interface Painting {
  page: string;
  disposed: boolean;
  dispose(): void;
}

const OPTIONS: PaintOptions = { officials: true, quotes: true, repeats: true, people: true, organizations: true };

function harness(prepare?: (live: () => boolean) => Prepared<string> | Promise<Prepared<string>>) {
  let pages = 0;
  const nextPage = (): Prepared<string> => ({ ok: true, value: `page ${++pages}` });
  let invalid = false;
  const pending: ((o: PaintOptions) => void)[] = [];
  const paintings: Painting[] = [];
  const sent: string[] = [];
  const steps: ReadSteps<string, Painting> = {
    isInvalid: () => invalid,
    prepare: async (live) => (prepare ?? nextPage)(live),
    settings: () => new Promise((resolve) => pending.push(resolve)),
    paint(page) {
      const p: Painting = { page, disposed: false, dispose: () => void (p.disposed = true) };
      paintings.push(p);
      return p;
    },
    sendShown: async (page) => void sent.push(`read ${page}`),
    sendMissing: async (reason) => void sent.push(`missing ${reason}`),
    sendFailed: async (message) => void sent.push(`failed ${message}`),
  };
  const reader = createReader(steps);
  /** Until the k-th reading asks for the settings (it does once the page is read and analysed). */
  const asked = async (k: number) => {
    while (!pending[k]) await new Promise((r) => setTimeout(r, 0));
  };
  const settle = async (k: number) => {
    await asked(k);
    pending[k]!(OPTIONS);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { reader, paintings, sent, settle, asked, invalidate: () => (invalid = true) };
}

const live = (ps: Painting[]) => ps.filter((p) => !p.disposed);

describe('content script readings', () => {
  test('one reading paints once and reports', async () => {
    const h = harness();
    const done = h.reader.read();
    await h.settle(0);
    await done;
    expect(h.paintings.map((p) => p.page)).toEqual(['page 1']);
    expect(h.reader.current()).toBe(h.paintings[0]);
    expect(h.sent).toEqual(['read page 1']);
  });

  test.each([
    ['the earlier settings arrive first', [0, 1]],
    ['the later settings arrive first', [1, 0]],
  ])('two overlapping readings (re-analyse during an SPA navigation) leave one painting: %s', async (_name, order) => {
    const h = harness();
    const first = h.reader.read();
    await h.asked(0);
    const second = h.reader.read();
    await h.asked(1);
    for (const k of order) await h.settle(k);
    await Promise.all([first, second]);
    // The superseded reading neither paints nor reports; nothing leaks beside the latest painting.
    expect(live(h.paintings)).toHaveLength(1);
    expect(h.paintings.map((p) => p.page)).toEqual(['page 2']);
    expect(h.reader.current()?.page).toBe('page 2');
    expect(h.sent).toEqual(['read page 2']);
  });

  test('a reading after a finished one removes the earlier painting', async () => {
    const h = harness();
    const first = h.reader.read();
    await h.settle(0);
    await first;
    const second = h.reader.read();
    await h.settle(1);
    await second;
    expect(h.paintings.map((p) => [p.page, p.disposed])).toEqual([
      ['page 1', true],
      ['page 2', false],
    ]);
  });

  test('invalidated while waiting for the settings: nothing painted, nothing sent', async () => {
    const h = harness();
    const done = h.reader.read();
    await h.asked(0);
    h.invalidate();
    await h.settle(0);
    await done;
    expect(h.paintings).toEqual([]);
    expect(h.sent).toEqual([]);
  });

  test('disposed (navigation, invalidation) while waiting: the reading is cancelled', async () => {
    const h = harness();
    const done = h.reader.read();
    await h.asked(0);
    h.reader.dispose();
    await h.settle(0);
    await done;
    expect(h.paintings).toEqual([]);
    expect(h.reader.current()).toBeNull();
  });

  test('the engine said it is not an article: the background knows, nothing is sent again', async () => {
    const h = harness(() => ({ ok: false, reason: 'too-large', message: 'deep', reported: true }));
    await h.reader.read();
    expect(h.sent).toEqual([]);
    expect(h.paintings).toEqual([]);
  });

  test('a reading superseded while it is prepared (snapshot slices, the engine) learns it through live()', async () => {
    const seen: boolean[] = [];
    let release: () => void = () => {};
    const h = harness(async (live) => {
      seen.push(live());
      await new Promise<void>((r) => (release = r));
      seen.push(live());
      return { ok: true, value: 'old' };
    });
    const first = h.reader.read();
    await new Promise((r) => setTimeout(r, 0));
    h.reader.dispose();
    release();
    await first;
    expect(seen).toEqual([true, false]);
    expect(h.paintings).toEqual([]);
    expect(h.sent).toEqual([]);
  });

  test('not an article, and failures, are reported', async () => {
    const missing = harness(() => ({ ok: false, reason: 'not-readerable', message: 'no' }));
    await missing.reader.read();
    expect(missing.sent).toEqual(['missing not-readerable']);
    const failing = harness(() => {
      throw new Error('boom');
    });
    await failing.reader.read();
    expect(failing.sent).toEqual(['failed boom']);
  });
});
