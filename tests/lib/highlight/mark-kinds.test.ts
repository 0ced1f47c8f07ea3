// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { analyze, inputFromBlocks } from '../../../lib/detect/index';
import { extractArticle } from '../../../lib/extract/index';
import { paintArticle } from '../../../lib/highlight/article';
import { HIGHLIGHTS } from '../../../lib/highlight/painter';
import { DISPLAY_DEFAULTS, displayFrom, MARK_KINDS, NOTHING_MARKED } from '../../../lib/mark-kinds';
import { DisplaySettingsSchema } from '../../../lib/schema';
import * as v from 'valibot';
import { useFakeHighlights } from '../../helpers/highlights';

// Paragraphs written for this test.
const registry = useFakeHighlights();

const PAGE = `<head><title>Pier</title></head><body><article><h1>Pier to reopen</h1>
  <p>Harbour Minister Ana Ruiz said on Monday that the old pier would reopen in June after months of repairs.</p>
  <p>The engineer Tomas Lindqvist of the Coastal Works Agency said the work had gone well and under budget.</p>
  <p>Ruiz said: “The pier is safe, and the town can have its summer back.” The council will vote next week.</p>
  <p>Lindqvist said the agency would publish its report in full, with every measurement taken on the pier.</p>
  </article></body>`;

const count = (name: string) => registry.get(name)?.size ?? 0;

describe('the kinds of marks', () => {
  test('by default the page shows officials, quotes and repeats; other people and organisations when switched on', () => {
    document.documentElement.innerHTML = PAGE;
    const r = extractArticle(document, { mapToLive: true, checkReaderable: false });
    if (!r.ok) throw new Error(r.message);
    const analysis = analyze(inputFromBlocks(r.article.blocks));
    expect(analysis.people.some((p) => p.official)).toBe(true);
    expect(analysis.people.some((p) => !p.official)).toBe(true);
    expect(analysis.organizations.length).toBeGreaterThan(0);
    const painted = paintArticle(document, r.article.blocks, analysis, DISPLAY_DEFAULTS);
    try {
      expect(count(HIGHLIGHTS.official)).toBeGreaterThan(0);
      expect(count(HIGHLIGHTS.quote)).toBeGreaterThan(0);
      expect(count(HIGHLIGHTS.person)).toBe(0);
      expect(count(HIGHLIGHTS.organization)).toBe(0);
      painted.setShown({ ...DISPLAY_DEFAULTS, people: true, organizations: true });
      expect(count(HIGHLIGHTS.person)).toBeGreaterThan(0);
      expect(count(HIGHLIGHTS.organization)).toBeGreaterThan(0);
      painted.setShown(NOTHING_MARKED);
      for (const name of [HIGHLIGHTS.official, HIGHLIGHTS.person, HIGHLIGHTS.organization, HIGHLIGHTS.quote, HIGHLIGHTS.repeat]) expect(count(name)).toBe(0);
    } finally {
      painted.dispose();
    }
  });

  test('a stored choice: each kind from the record, else its default; the three switches of before carry their "off"', () => {
    expect(displayFrom(undefined)).toEqual(DISPLAY_DEFAULTS);
    expect(displayFrom({ people: true, quotes: 'yes', __proto__: { repeats: false } })).toEqual({ ...DISPLAY_DEFAULTS, people: true });
    expect(displayFrom(['officials'])).toEqual(DISPLAY_DEFAULTS);
    expect(displayFrom(undefined, { showEntities: false, showRepeats: true })).toEqual({ ...DISPLAY_DEFAULTS, officials: false });
    expect(displayFrom(undefined, { showQuotes: false, showRepeats: false })).toEqual({ ...DISPLAY_DEFAULTS, quotes: false, repeats: false });
    // The stored record wins over the switches of before.
    expect(displayFrom({ officials: true }, { showEntities: false })).toEqual(DISPLAY_DEFAULTS);
  });

  test('the message schema takes every kind of the table, and nothing less', () => {
    expect(v.parse(DisplaySettingsSchema, DISPLAY_DEFAULTS)).toEqual(DISPLAY_DEFAULTS);
    const missing = Object.fromEntries(MARK_KINDS.slice(1).map((k) => [k.kind, true]));
    expect(v.safeParse(DisplaySettingsSchema, missing).success).toBe(false);
  });
});
