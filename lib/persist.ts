/**
 * Ask that the extension's storage be kept under storage pressure: IndexedDB holds the reader's highlights,
 * which exist nowhere else. Only asked while not yet granted; a refusal, or a context without the API (Chrome's
 * service worker has `navigator.storage` but no `persist()`: there, `unlimitedStorage` keeps the data), changes
 * nothing.
 */
export async function keepStorage(
  manager: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    if (await manager?.persisted?.()) return true;
    return (await manager?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
