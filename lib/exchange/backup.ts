import type { Annotation, PageRecord } from '../types';

/**
 * The backup file: everything Newsmark keeps, as one JSON object that `parseImport` (lib/exchange/import.ts) reads
 * back. The records are written exactly as stored, so a backup restores what was there, field for field; the format
 * is described for readers in docs/backup-format.md.
 */

export const BACKUP_FORMAT = 'newsmark-backup';
/** Raised when a record's shape changes in a way an older Newsmark could not read; import refuses newer versions. */
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was made (ISO 8601, UTC). */
  exportedAt: string;
  pages: PageRecord[];
  annotations: Annotation[];
  settings: Record<string, unknown>;
}

/**
 * A backup of these records and settings. `now` is passed in (not read from the clock) so that the same records
 * give the same file: a test can compare it with a golden file, and two backups of an unchanged library differ
 * only in `exportedAt`.
 */
export function backupOf(pages: PageRecord[], annotations: Annotation[], settings: Record<string, unknown>, now: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), pages, annotations, settings };
}
