import type { IDBPObjectStore } from 'idb';
import { MAX_ANNOTATIONS_PER_PAGE } from '../limits';
import type { Annotation, AnnotationDraft, AnnotationPatch } from '../types';
import type { Database, NewsmarkDB } from './db';
import { AnnotationConflictError, guarded } from './errors';

/**
 * The reader's highlights. Each function is one transaction and awaits nothing but its own requests inside
 * it, so IndexedDB serialises them: two tabs writing at once cannot lose each other's changes. Drafts and
 * patches arrive validated (lib/schema.ts); this module keeps the invariants a schema cannot see (how many
 * highlights a page has, whether an id still exists).
 */

type Mode = 'readonly' | 'readwrite';
type Store<M extends Mode> = IDBPObjectStore<NewsmarkDB, ['annotations'], 'annotations', M>;

/**
 * Run `body` in one transaction on the annotations store and resolve once it has committed. A write that
 * fails (quota) aborts the transaction, and `tx.done` rejects too: that rejection is handled here instead of
 * surfacing as an unhandled one, and a body that throws its own error aborts so that nothing half-done lands.
 */
async function inTransaction<M extends Mode, T>(db: Database, mode: M, body: (store: Store<M>) => Promise<T>): Promise<T> {
  const tx = db.transaction('annotations', mode);
  const done = tx.done;
  done.catch(() => {});
  try {
    const result = await body(tx.store);
    await done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborting.
    }
    throw e;
  }
}

/** Save a new highlight under the id the caller made. Refused once its page has MAX_ANNOTATIONS_PER_PAGE. */
export function addAnnotation(db: Database, draft: AnnotationDraft, { id, now }: { id: string; now: number }): Promise<Annotation> {
  const annotation: Annotation = {
    id,
    pageKey: draft.pageKey,
    url: draft.url,
    title: draft.title,
    selectors: draft.selectors,
    colour: draft.colour,
    note: draft.note,
    tags: draft.tags,
    createdAt: now,
    updatedAt: now,
    ...(draft.speaker ? { speaker: draft.speaker } : {}),
  };
  return guarded(
    () =>
      inTransaction(db, 'readwrite', async (store) => {
        // Counted in the same transaction as the add, so two tabs cannot both slip in the last place.
        const count = await store.index('by-page').count(draft.pageKey);
        if (count >= MAX_ANNOTATIONS_PER_PAGE) {
          throw new Error(`This page already has ${MAX_ANNOTATIONS_PER_PAGE} highlights, the most Newsmark keeps for one page. Delete some to add more.`);
        }
        // `add`, not `put`: an id that is taken is an error, never an overwrite.
        await store.add(annotation);
        return annotation;
      }),
    'highlight',
  );
}

export function getAnnotation(db: Database, id: string): Promise<Annotation | undefined> {
  return db.get('annotations', id);
}

/** A page's highlights, oldest first (ties, made in the same millisecond, in id order). */
export async function listAnnotations(db: Database, pageKey: string): Promise<Annotation[]> {
  const list = await db.getAllFromIndex('annotations', 'by-page', pageKey);
  // The index orders by page, then id (random): creation order is restored here. Array sort is stable.
  return list.sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * The origins of the pages that have highlights: the background asks a page that is not an article for its
 * verdict only on these origins (entrypoints/background/first-look-query.ts). One key per highlighted page is
 * read, not the highlights.
 */
export async function annotatedOrigins(db: Database): Promise<Set<string>> {
  const origins = new Set<string>();
  let cursor = await db.transaction('annotations').store.index('by-page').openKeyCursor(null, 'nextunique');
  while (cursor) {
    try {
      origins.add(new URL(cursor.key).origin);
    } catch {
      // Not an address: no page of a site has it.
    }
    cursor = await cursor.continue();
  }
  return origins;
}

/**
 * Change a highlight's colour, note or tags; fields the patch leaves out are kept. Read and write share one
 * readwrite transaction, so a patch to the note and a patch to the tags sent at once both survive.
 */
export function updateAnnotation(db: Database, id: string, patch: AnnotationPatch, now: number, base?: number): Promise<Annotation> {
  return guarded(
    () =>
      inTransaction(db, 'readwrite', async (store) => {
        const current = await store.get(id);
        if (!current) throw new Error('This highlight no longer exists: it was deleted, perhaps in another tab.');
        // `base`: when the editor was opened on it. Changed since (another tab saved first): the reader chooses.
        if (base !== undefined && current.updatedAt !== base) throw new AnnotationConflictError(current);
        // A clock set back must not make a highlight changed before it was made (imports check that).
        const updated: Annotation = { ...current, updatedAt: Math.max(now, current.createdAt) };
        if (patch.colour !== undefined) updated.colour = patch.colour;
        if (patch.note !== undefined) updated.note = patch.note;
        if (patch.tags !== undefined) updated.tags = patch.tags;
        await store.put(updated);
        return updated;
      }),
    'highlight',
  );
}

/**
 * Delete a highlight. Returns what was deleted (its page is told), or undefined when it was gone already:
 * deleting twice, from two tabs, is not an error.
 */
export function deleteAnnotation(db: Database, id: string): Promise<Annotation | undefined> {
  return inTransaction(db, 'readwrite', async (store) => {
    const current = await store.get(id);
    if (current) await store.delete(id);
    return current;
  });
}

/** Every highlight, most recently changed first: the library's list. */
export async function listAllAnnotations(db: Database, limit = Infinity): Promise<Annotation[]> {
  return inTransaction(db, 'readonly', async (store) => {
    const out: Annotation[] = [];
    let cursor = await store.index('by-updated').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  });
}

/** Highlights with a tag, spelt as stored (tags are normalised when saved; see lib/text/tags.ts). */
export function annotationsTagged(db: Database, tag: string): Promise<Annotation[]> {
  return db.getAllFromIndex('annotations', 'by-tag', tag);
}
