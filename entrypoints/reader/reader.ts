import type { PaintOptions } from '../../lib/highlight/article';
import type { NotArticleReason } from '../../lib/types';

/**
 * One reading of the page at a time. A reading awaits (the snapshot's slices, the engine, the reader's settings),
 * and a second one can start meanwhile: the popup's "re-analyse" while an SPA navigation is read, or the script
 * invalidated by an update. Each reading takes a generation number; after every await it checks that it is
 * still the latest and the script still valid, and otherwise stops without painting or reporting, so an earlier
 * reading can never paint over (and leak beside) a later one.
 */

export interface Disposable {
  dispose(): void;
}

export type Prepared<T> =
  | { ok: true; value: T }
  /** `reported`: the background knows already (the engine said so), nothing to send. */
  | { ok: false; reason: NotArticleReason; message: string; reported?: boolean };

export interface ReadSteps<T, P extends Disposable> {
  isInvalid(): boolean;
  /** Read the page and have it analysed, or say why there is nothing to paint. Stops early once `live()` is false. */
  prepare(live: () => boolean): Promise<Prepared<T>>;
  settings(): Promise<PaintOptions>;
  paint(value: T, options: PaintOptions): P;
  /** The reading is on the page. */
  sendShown(value: T): Promise<unknown>;
  sendMissing(reason: NotArticleReason, message: string): Promise<unknown>;
  sendFailed(message: string): Promise<unknown>;
}

export interface Reader<P> {
  /** Read the page now, superseding any reading still under way. */
  read(): Promise<void>;
  /** What the latest reading painted, if anything. */
  current(): P | null;
  /** Remove what is painted and cancel any reading under way (navigation, invalidation). */
  dispose(): void;
}

export function createReader<T, P extends Disposable>(steps: ReadSteps<T, P>): Reader<P> {
  let painted: P | null = null;
  let generation = 0;
  const clear = () => {
    const old = painted;
    painted = null;
    old?.dispose();
  };

  return {
    async read() {
      const mine = ++generation;
      const live = () => mine === generation && !steps.isInvalid();
      clear();
      try {
        const prepared = await steps.prepare(live);
        if (!live()) return;
        if (!prepared.ok) {
          if (!prepared.reported) await steps.sendMissing(prepared.reason, prepared.message);
          return;
        }
        const chosen = await steps.settings();
        if (!live()) return;
        painted = steps.paint(prepared.value, chosen);
        await steps.sendShown(prepared.value);
      } catch (e) {
        if (!live()) return;
        const message = e instanceof Error ? e.message : String(e);
        await steps.sendFailed(message).catch(() => undefined);
      }
    },
    current: () => painted,
    dispose() {
      generation++;
      clear();
    },
  };
}
