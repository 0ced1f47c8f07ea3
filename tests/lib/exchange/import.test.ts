import { describe, expect, test } from 'vitest';
import { backupOf } from '../../../lib/exchange/backup';
import { isRefusal, MAX_IMPORT_BYTES, MAX_IMPORT_PAGES, parseImport, tooLargeToImport, type ImportPlan } from '../../../lib/exchange/import';
import { webAnnotationsOf } from '../../../lib/exchange/web-annotation';
import { gardenPage, highlights, pierPage, SETTINGS, T0 } from './sample';

const NOW = T0 + 7 * 86_400_000;
const backupText = (over: Record<string, unknown> = {}) => JSON.stringify({ ...backupOf([pierPage(), gardenPage()], highlights(), SETTINGS, NOW), ...over });

function refused(text: string): string {
  const result = parseImport(text);
  if (!isRefusal(result)) throw new Error('expected a refusal');
  return result.message;
}
function plan(text: string): ImportPlan {
  const result = parseImport(text);
  if (isRefusal(result)) throw new Error(result.message);
  return result;
}

describe('parseImport refuses, whole, with a message that says what and where', () => {
  test.each([
    ['not JSON', '# Newsmark library\n\nsome notes', /This file is not JSON/],
    ['empty', '  ', /empty/],
    ['foreign JSON', '{"bookmarks": []}', /neither a Newsmark backup .* nor Web Annotations/],
    ['a bare list of numbers', '[1, 2, 3]', /neither a Newsmark backup/],
    ['a newer version', backupText({ version: 2 }), /newer version of Newsmark \(backup format 2\); this one reads format 1\. Update Newsmark/],
    ['no version', backupText({ version: undefined }), /no valid "version"/],
    ['pages that are not a list', backupText({ pages: {} }), /"pages" is not a list/],
  ])('%s', (_name, text, message) => {
    expect(refused(text)).toMatch(message);
  });

  test('one bad page among good ones: refused, naming the page, its address and the field', () => {
    const bad = pierPage();
    bad.analysis.paragraphs[2] = { start: 0, end: 999_999 };
    const text = JSON.stringify(backupOf([gardenPage(), bad], [], {}, NOW));
    expect(refused(text)).toBe(
      'Page 2 (https://tidewater-gazette.example/news/pier-repairs) is not valid: analysis: paragraph spans must lie inside the text.',
    );
  });

  test('a bad field deep in a page is named by its path', () => {
    const bad = pierPage() as unknown as { analysis: { people: { official: unknown }[] } };
    bad.analysis.people[1]!.official = 'yes';
    expect(refused(JSON.stringify(backupOf([bad as never], [], {}, NOW)))).toMatch(
      /^Page 1 \(https:\/\/tidewater.*\) is not valid: analysis\.people\[1\]\.official: /,
    );
  });

  test('addresses that are not http(s) are refused: javascript:, data:, relative', () => {
    for (const key of ['javascript:alert(1)', 'data:text/html,x', '/news/1']) {
      expect(refused(JSON.stringify(backupOf([{ ...gardenPage(), key }], [], {}, NOW)))).toMatch(/^Page 1 .* key: must be an http\(s\) URL/);
    }
    const a = { ...highlights()[0]!, url: 'javascript:alert(1)' };
    expect(refused(JSON.stringify(backupOf([], [a], {}, NOW)))).toMatch(/^Highlight 1 \(javascript:alert\(1\)\) is not valid: url: must be an http\(s\) URL/);
  });

  test('hostile: huge strings are refused by the size limits, not stored', () => {
    const huge = { ...highlights()[0]!, note: 'x'.repeat(20_000) };
    expect(refused(JSON.stringify(backupOf([], [huge], {}, NOW)))).toMatch(/note: a note may be at most 10000 characters/);
    const title = { ...gardenPage(), meta: { ...gardenPage().meta, title: 'x'.repeat(10_000) } };
    expect(refused(JSON.stringify(backupOf([title], [], {}, NOW)))).toMatch(/meta\.title/);
    expect(refused(JSON.stringify(backupOf([], [], { blob: 'x'.repeat(200_000) }, NOW)))).toMatch(/"settings" are far larger/);
  });

  test('hostile: __proto__ keys are dropped and reach no prototype', () => {
    const text = backupText({
      settings: JSON.parse('{"showQuotes": false, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    }).replace('"format":', '"__proto__": {"polluted": true}, "format":');
    const p = plan(text.replace('"settings":{', '"settings":{"__proto__":{"polluted":true},'));
    expect(p.settings).toEqual({ showQuotes: false });
    expect(Object.getPrototypeOf(p.settings)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(p.settings!)).toEqual(['showQuotes']);
  });

  test('duplicates: the same page or highlight twice', () => {
    expect(refused(JSON.stringify(backupOf([gardenPage(), gardenPage()], [], {}, NOW)))).toMatch(/^Page 2 .* same address as page 1/);
    expect(refused(JSON.stringify(backupOf([], [highlights()[0]!, highlights()[0]!], {}, NOW)))).toMatch(/^Highlight 2 .* same id as highlight 1/);
  });

  test('sizes are refused before the records are read', () => {
    expect(tooLargeToImport(MAX_IMPORT_BYTES + 1)).toBe(true);
    expect(tooLargeToImport(MAX_IMPORT_BYTES)).toBe(false);
    const many = `{"format":"newsmark-backup","version":1,"pages":[${Array(MAX_IMPORT_PAGES + 1)
      .fill('0')
      .join(',')}]}`;
    expect(refused(many)).toMatch(/holds 100,001 pages; Newsmark imports at most 100,000/);
  });
});

describe('parseImport reads', () => {
  test('a backup: pages, highlights, settings; person keys and site computed again, unknown fields ignored', () => {
    const tampered = { ...pierPage(), personKeys: ['someone else'], site: 'elsewhere.example', extra: 'ignored' };
    const p = plan(JSON.stringify({ ...backupOf([tampered], highlights(), SETTINGS, NOW), comment: 'unknown top-level field' }));
    expect(p.kind).toBe('backup');
    expect(p.pages[0]).toEqual(pierPage());
    expect(p.annotations).toHaveLength(3);
    expect(p.settings).toEqual(SETTINGS);
  });

  test('an older backup version (version 1 now) and a byte-order mark', () => {
    expect(plan(`\uFEFF${backupText()}`).pages).toHaveLength(2);
  });

  test('Web Annotations: our own export, highlights only', () => {
    const p = plan(JSON.stringify(webAnnotationsOf(highlights(), NOW)));
    expect(p.kind).toBe('web-annotation');
    expect(p.pages).toEqual([]);
    expect(p.annotations.map((a) => a.id)).toEqual(highlights().map((a) => a.id));
  });

  test('Web Annotations with one bad annotation: refused whole, naming it', () => {
    const collection = webAnnotationsOf(highlights(), NOW);
    (collection.first.items[1]!.target as { source: string }).source = 'ftp://files.example/x';
    expect(refused(JSON.stringify(collection))).toMatch(/^Annotation 2 \(urn:newsmark:annotation:hl-legacy-7\) does not highlight words on a web page/);
  });
});
