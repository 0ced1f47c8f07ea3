/**
 * What Newsmark can mark on a page, one entry per kind. This table drives the popup's switches, the stored
 * choice (lib/settings.ts, one storage item), the message that carries it (lib/schema.ts) and the painter
 * (lib/highlight/article.ts): adding a kind is one entry here and its highlight's colour in the stylesheet.
 *
 * By default a page shows what a careful reader looks for first (the officials, who said what, what repeats);
 * other people and organisations are listed in the popup and marked on the page when switched on.
 */
export const MARK_KINDS = [
  { kind: 'officials', label: 'Officials', shown: true },
  { kind: 'quotes', label: 'Quotes', shown: true },
  { kind: 'repeats', label: 'Repeated paragraphs', shown: true },
  { kind: 'people', label: 'Other people', shown: false },
  { kind: 'organizations', label: 'Organisations', shown: false },
] as const satisfies readonly { kind: string; label: string; shown: boolean }[];

export type MarkKind = (typeof MARK_KINDS)[number]['kind'];

/** What the reader chose to see marked on pages: one switch per kind. */
export type DisplaySettings = { readonly [K in MarkKind]: boolean };

/** What is marked until the reader changes a switch. */
export const DISPLAY_DEFAULTS: DisplaySettings = Object.fromEntries(MARK_KINDS.map((k) => [k.kind, k.shown])) as DisplaySettings;

/** Nothing marked: a site the reader turned Newsmark off on. */
export const NOTHING_MARKED: DisplaySettings = Object.fromEntries(MARK_KINDS.map((k) => [k.kind, false])) as DisplaySettings;

/**
 * A stored choice as settings: each kind from the stored record when it is a boolean, else its default (a kind
 * added later starts at its default). Settings stored before the table (three switches, `showEntities` for
 * people and organisations together) are read into it.
 */
export function displayFrom(stored: unknown, legacy: Record<string, unknown> = {}): DisplaySettings {
  const record = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : null;
  const out: Record<string, boolean> = {};
  for (const { kind, shown } of MARK_KINDS) {
    const own = record && Object.hasOwn(record, kind) ? record[kind] : undefined;
    out[kind] = typeof own === 'boolean' ? own : (legacyValue(kind, legacy) ?? shown);
  }
  return out as DisplaySettings;
}

/** The three switches of before, for a reader who set them: only an "off" carries over (the defaults changed). */
function legacyValue(kind: MarkKind, legacy: Record<string, unknown>): boolean | undefined {
  const was = kind === 'repeats' ? legacy.showRepeats : kind === 'quotes' ? legacy.showQuotes : legacy.showEntities;
  return was === false ? false : undefined;
}

/** The keys of the switches stored before the table. */
export const LEGACY_DISPLAY_KEYS = ['showRepeats', 'showEntities', 'showQuotes'] as const;
