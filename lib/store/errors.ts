/**
 * Errors of the store that a reader can act on. Every store module runs its writes through `guarded`, so a
 * full disk reads the same wherever it happens.
 */

/** What a write was saving, for the reader's message: the thing and how to try again. */
export type Saving = 'page' | 'highlight';

const retry: Record<Saving, string> = {
  page: 'Newsmark could not save this page. Nothing saved before was lost; free some space and reload the page.',
  highlight: 'Newsmark could not save this highlight. Nothing saved before was lost; free some space and try again.',
};

/**
 * A highlight changed elsewhere (another tab, the popup) since the editor that saves it was opened: the reader
 * chooses which to keep. `current` is the highlight as it is now; the error crosses messages with it.
 */
export class AnnotationConflictError extends Error {
  readonly current: unknown;
  constructor(current: unknown) {
    super('This note was changed elsewhere since you opened it.');
    this.name = 'AnnotationConflictError';
    this.current = current;
  }
}

/**
 * Thrown when the browser refuses to store more: whatever was saved before is left as it was. `certain`: the
 * browser said its quota is reached; otherwise it could not write for a reason it does not name, which on a
 * full disk is what Chromium says.
 */
export class StorageFullError extends Error {
  constructor(saving: Saving = 'page', certain = true) {
    super(certain ? `Your disk is full: ${retry[saving]}` : `The browser could not write to its storage (the disk may be full): ${retry[saving]}`);
    this.name = 'StorageFullError';
  }
}

/** The standard (and Chromium) say QuotaExceededError; older Firefox builds say NS_ERROR_DOM_QUOTA_REACHED. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * A write the browser's storage failed without naming the quota: Chromium reports a full disk as `UnknownError`
 * (its LevelDB's "IO error: … No space left on device"), sometimes as an `IOError`; Firefox as
 * NS_ERROR_FILE_NO_DEVICE_SPACE.
 */
export function isWriteFailure(e: unknown): boolean {
  const { name, message } = (e ?? {}) as { name?: string; message?: string };
  return (
    name === 'UnknownError' || name === 'IOError' || name === 'NS_ERROR_FILE_NO_DEVICE_SPACE' || /no space left|disk (is )?full|ENOSPC/i.test(message ?? '')
  );
}

/**
 * Run a store operation, turning the browser's quota error into one a reader can act on. The quota error may
 * come from the write request or from the commit (`tx.done`); an operation that awaits both is covered.
 */
export async function guarded<T>(op: () => Promise<T>, saving: Saving = 'page'): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(saving);
    if (isWriteFailure(e)) throw new StorageFullError(saving, false);
    throw e;
  }
}
