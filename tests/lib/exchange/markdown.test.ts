import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, markdownOf, obsidianTag } from '../../../lib/exchange/markdown';
import type { PageRecord } from '../../../lib/types';
import { expectGolden } from './golden';
import { gardenPage, highlights, pierPage } from './sample';

type Node = { type: string; value?: string; url?: string; depth?: number; children?: Node[] };
function nodes(root: Node): Node[] {
  return [root, ...(root.children ?? []).flatMap(nodes)];
}
/** The Markdown as CommonMark reads it. */
const tree = (md: string) => nodes(fromMarkdown(md) as Node);

describe('markdownOf', () => {
  test('matches the golden file', () => {
    expectGolden('library.md', markdownOf([gardenPage(), pierPage()], highlights()));
  });

  test('one section per page, newest first; highlights of a page with no record get one too', () => {
    const md = markdownOf([pierPage(), gardenPage()], highlights());
    const headings = tree(md).filter((n) => n.type === 'heading' && n.depth === 2);
    expect(
      headings.map((h) =>
        nodes(h)
          .filter((n) => n.type === 'text')
          .map((n) => n.value)
          .join(''),
      ),
    ).toEqual(['Why the town needs a second bridge', 'Forty pear trees for the canal path', 'Ferry pier to close for repairs']);
  });

  test('officials with their titles, quotes by speaker (scare quotes left out), highlights with note and tags', () => {
    const md = markdownOf([pierPage()], highlights().slice(0, 2));
    expect(md).toContain('- Ilse Varga — Harbour Commissioner\n');
    expect(md).toContain('- Tomas Quell — Mayor, Riverside Party\n');
    expect(md).toContain('**Tomas Quell**\n\n> The ferry will run from the old dock until the work is done,\n');
    expect(md).not.toContain('sensible first step');
    expect(md).toContain('> the ferry pier would close for repairs in March\n\nCheck the **March** council minutes.\n\n#ferry #local-politics\n');
    expect(md).toContain('[Tidewater Gazette](<https://tidewater-gazette.example/news/pier-repairs>) · read 2026-03-01 · by Mara Lind');
  });

  test('a hostile page makes no HTML, no link, no heading, no tag of its own', () => {
    const page: PageRecord = {
      ...pierPage(),
      meta: {
        ...pierPage().meta,
        title: '<script>alert(1)</script> [click](javascript:alert(1)) | a | b |',
        siteName: '](javascript:alert(2))',
        byline: '# Owned\n# Twice',
      },
    };
    page.analysis = {
      ...page.analysis,
      people: [{ ...page.analysis.people[0]!, name: '<img src=x onerror=alert(3)>', title: '[x](https://evil.example)', official: true }],
      quotes: [{ ...page.analysis.quotes[0]!, text: '#tag\n- list\n<b>bold</b>\n![i](https://evil.example/i.png)', speaker: { name: '**Bold** `code`' } }],
    };
    const hostileHighlight = {
      ...highlights()[0]!,
      selectors: [{ type: 'TextQuoteSelector' as const, exact: '1. [a](javascript:x) <iframe>', prefix: '', suffix: '' }],
      note: 'my <script>note</script>',
      tags: ['a<b>', '1'],
    };
    const md = markdownOf([page], [hostileHighlight]);
    const all = tree(md);
    expect(all.filter((n) => n.type === 'html')).toEqual([]);
    const links = all.filter((n) => n.type === 'link' || n.type === 'image' || n.type === 'linkReference');
    expect(links.map((n) => n.url)).toEqual(['https://tidewater-gazette.example/news/pier-repairs']);
    expect(all.filter((n) => n.type === 'heading').map((n) => n.depth)).toEqual([1, 2, 3, 3, 3]);
    expect(all.filter((n) => n.type === 'list')).toHaveLength(1); // the officials list only
    expect(md).not.toMatch(/(^|\s)#tag\b/);
    expect(md).toContain('#ab #y1');
    expect(md).toContain('my &lt;script&gt;note&lt;/script&gt;');
  });

  test('a note from an imported file stays Markdown but loads nothing and links only to web pages', () => {
    const note =
      'See ![pixel](https://tracker.example/p.png) and [run](javascript:alert(1)), [ok](https://news.example/a).\n\n[ref]: javascript:alert(2)\n\n**kept bold**';
    const md = markdownOf([], [{ ...highlights()[0]!, note }]);
    const all = tree(md);
    expect(all.filter((n) => n.type === 'image' || n.type === 'imageReference')).toEqual([]);
    expect(
      all
        .filter((n) => n.type === 'link')
        .map((n) => n.url)
        .filter((u) => !u!.startsWith('https://tidewater')),
    ).toEqual(['https://tracker.example/p.png', 'https://news.example/a']);
    expect(all.filter((n) => n.type === 'definition')).toEqual([]);
    expect(all.some((n) => n.type === 'strong')).toBe(true);
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['plain words', 'plain words'],
    ['<script>', '\\<script\\>'],
    ['](javascript:alert(1))', '\\](javascript:alert(1))'],
    ['# Heading', '\\# Heading'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['- item', '\\- item'],
    ['12. item', '12\\. item'],
    ['*em* _em_ `code` ~~s~~', '\\*em\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~'],
    ['==mark== %%c%% $x$ ^ref', '\\=\\=mark\\=\\= \\%\\%c\\%\\% \\$x\\$ \\^ref'],
    ['a\\b', 'a\\\\b'],
    ['&amp;', '\\&amp;'],
    ['one\ntwo\r\n# three', 'one two # three'.replace('#', '\\#')],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test('what it escapes reads back as the same text', () => {
    const hostile = '<b>x</b> [a](b) *c* `d` # e | f & g ~h~ 1. i';
    const text = tree(escapeMarkdown(hostile))
      .filter((n) => n.type === 'text')
      .map((n) => n.value)
      .join('');
    expect(text).toBe(hostile);
  });
});

describe('obsidianTag', () => {
  test.each([
    ['ferry', '#ferry'],
    ['local politics', '#local-politics'],
    ['a/b_c-d', '#a/b_c-d'],
    ['año', '#año'],
    ['2026', '#y2026'],
    ['!!!', null],
  ])('%j → %j', (tag, expected) => {
    expect(obsidianTag(tag)).toBe(expected);
  });
});
