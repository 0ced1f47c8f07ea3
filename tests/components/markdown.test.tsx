// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Markdown, NoteParserContext, safeHref } from '../../components/Markdown';
import { parseNote, tooComplexForMarkdown } from '../../lib/markdown';

afterEach(cleanup);

/** The rendered note: its elements (tag names in document order) and its text. */
function md(source: string) {
  const { container } = render(
    <NoteParserContext.Provider value={parseNote}>
      <Markdown source={source} />
    </NoteParserContext.Provider>,
  );
  const root = container.querySelector('.nm-md')!;
  return { root, html: root.innerHTML, tags: [...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()), text: root.textContent ?? '' };
}

const ALLOWED = new Set(['p', 'br', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'a', 'hr']);

describe('Markdown: what a note may contain', () => {
  test.each([
    ['plain text', 'Just a note.', '<p>Just a note.</p>'],
    ['a single newline is a line break', 'one\ntwo', '<p>one<br>two</p>'],
    ['a blank line is a new paragraph', 'one\n\ntwo', '<p>one</p><p>two</p>'],
    ['emphasis and strong', '*a* and **b**', '<p><em>a</em> and <strong>b</strong></p>'],
    ['inline code', 'use `x < y`', '<p>use <code>x &lt; y</code></p>'],
    ['code block', '```\n<b>x</b>\n```', '<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>'],
    ['tight list', '- one\n- two', '<ul><li>one</li><li>two</li></ul>'],
    ['ordered list with its start', '3. three\n4. four', '<ol start="3"><li>three</li><li>four</li></ol>'],
    ['blockquote', '> quoted', '<blockquote><p>quoted</p></blockquote>'],
    ['heading as a bold paragraph', '# Title', '<p class="nm-md-heading"><strong>Title</strong></p>'],
    ['hard break', 'a  \nb', '<p>a<br>b</p>'],
    ['thematic break', 'a\n\n***\n\nb', '<p>a</p><hr><p>b</p>'],
    ['https link', '[site](https://example.org/a)', '<p><a href="https://example.org/a" target="_blank" rel="noopener noreferrer">site</a></p>'],
    ['autolink', '<https://example.org>', '<p><a href="https://example.org/" target="_blank" rel="noopener noreferrer">https://example.org</a></p>'],
    ['mailto link', '[me](mailto:a@example.org)', '<p><a href="mailto:a@example.org" target="_blank" rel="noopener noreferrer">me</a></p>'],
    ['reference link', '[site][1]\n\n[1]: http://example.org', '<p><a href="http://example.org/" target="_blank" rel="noopener noreferrer">site</a></p>'],
    ['character references stay text', '&lt;b&gt; &amp;', '<p>&lt;b&gt; &amp;</p>'],
  ])('%s', (_, source, html) => {
    expect(md(source).html).toBe(html);
  });
});

describe('Markdown: hostile input stays text', () => {
  test.each([
    ['a script block', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['inline script', 'hi <script>alert(1)</script> there', 'hi <script>alert(1)</script> there'],
    ['img with onerror', '<img src=x onerror="alert(1)">', '<img src=x onerror="alert(1)">'],
    ['inline img with onerror', 'see <img src=x onerror=alert(1)>', 'see <img src=x onerror=alert(1)>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', '<iframe src="https://evil.example"></iframe>'],
    ['an svg with onload', '<svg onload=alert(1)>', '<svg onload=alert(1)>'],
    ['an HTML comment', '<!-- hidden -->', '<!-- hidden -->'],
    ['a javascript: link', '[click](javascript:alert(1))', '[click](javascript:alert(1))'],
    ['a JaVaScRiPt: link with entities', '[click](&#106;avascript:alert(1))', '[click](&#106;avascript:alert(1))'],
    ['a javascript: link with a tab', '[x](java\tscript:alert(1))', ''],
    ['a javascript: autolink', '<javascript:alert(1)>', '<javascript:alert(1)>'],
    ['a javascript: reference', '[x][r]\n\n[r]: javascript:alert(1)', '[x][r]'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a vbscript: link', '[x](vbscript:msgbox)', '[x](vbscript:msgbox)'],
    ['a relative link', '[x](/options.html)', '[x](/options.html)'],
    ['nested brackets', '[[[[a](javascript:alert(1))]]]]', 'javascript:alert(1)'],
    ['a link inside a link', '[a [b](https://x.example) c](javascript:alert(1))', ''],
  ])('%s', (_, source, text) => {
    const out = md(source);
    expect(
      out.tags.every((t) => ALLOWED.has(t)),
      out.html,
    ).toBe(true);
    for (const a of out.root.querySelectorAll('a')) expect(a.getAttribute('href'), out.html).toMatch(/^(https?|mailto):/);
    for (const el of out.root.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(['href', 'target', 'rel', 'class', 'start']).toContain(attr);
    }
    if (text) expect(out.text).toContain(text);
  });

  test('an image is not loaded: its alt text links to it', () => {
    const out = md('![a chart](https://img.example/c.png) and ![x](javascript:alert(1))');
    expect(out.root.querySelector('img')).toBeNull();
    const a = out.root.querySelector('a.nm-md-image')!;
    expect(a.getAttribute('href')).toBe('https://img.example/c.png');
    expect(a.textContent).toBe('a chart');
    expect(out.text).toContain(' and x');
    expect(out.root.querySelectorAll('a')).toHaveLength(1);
  });

  test.each([
    // Each within the length a note may have (longer ones are cut, below).
    ['10,000 nested quotes', '>'.repeat(9_990) + ' deep'],
    ['5,000 nested quotes with spaces', '> '.repeat(4_990) + 'deep'],
    ['5,000 nested list items', '- '.repeat(4_990) + 'deep'],
    ['mixed containers', '> - 1. '.repeat(1_400) + 'deep'],
    ['open emphasis', '*a '.repeat(1_600) + 'a* '.repeat(1_600) + 'deep'],
    ['setext headings', 'a\n=\n'.repeat(2_400) + 'deep'],
    ['brackets', '['.repeat(4_990) + 'deep' + ']'.repeat(4_990)],
    ['indentation', Array.from({ length: 60 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n') + '\n\ndeep'],
  ])('%s: no stack overflow, no hang, the text is kept', (_, source) => {
    const t = performance.now();
    const out = md(source);
    expect(performance.now() - t).toBeLessThan(1_000);
    expect(out.text.includes('deep')).toBe(true);
    // Nothing rendered more than a few dozen elements deep.
    let depth = 0;
    for (const el of out.root.querySelectorAll('*')) {
      let d = 0;
      for (let e: Element | null = el; e && e !== out.root; e = e.parentElement) d++;
      depth = Math.max(depth, d);
    }
    expect(depth).toBeLessThanOrEqual(20);
  });

  test('a huge note is cut', () => {
    const t = performance.now();
    const out = md(`${'> '.repeat(50_000)}word `.repeat(20));
    expect(performance.now() - t).toBeLessThan(1_000);
    expect(out.text.length).toBeLessThan(10_010);
    expect(out.text.endsWith('…')).toBe(true);
  });
});

describe('safeHref', () => {
  test.each([
    ['https://example.org/a?b#c', 'https://example.org/a?b#c'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
    ['mailto:a@example.org', 'mailto:a@example.org'],
    [' https://example.org', 'https://example.org/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['chrome-extension://abc/popup.html', null],
    ['/relative', null],
    ['example.org', null],
    ['', null],
  ])('%j → %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});

describe('tooComplexForMarkdown', () => {
  test.each([
    ['A note with **some** markup and a [link](https://x.example).', false],
    ['- a\n  - b\n    - c', false],
    ['> > > > quoted four deep', false],
    ['> > > > > > > > > nine deep', true],
    ['- - - - - - - - - nine deep', true],
    ['*'.repeat(1_001), true],
    ['a-b '.repeat(900), false],
  ])('%j → %s', (source, complex) => {
    expect(tooComplexForMarkdown(source)).toBe(complex);
  });
});

describe('where notes are parsed', () => {
  test('without a parser (nothing provided) a note is its text, never markup', () => {
    const { container } = render(<Markdown source={'**bold** and <b>tags</b>'} />);
    expect(container.querySelector('.nm-md')!.innerHTML).toBe('<p>**bold** and &lt;b&gt;tags&lt;/b&gt;</p>');
  });

  test('a parse that arrives later (the page asks the background) replaces the plain text', async () => {
    let answer: (n: ReturnType<typeof parseNote>) => void = () => {};
    const parser = (source: string) => new Promise<ReturnType<typeof parseNote>>((resolve) => (answer = () => resolve(parseNote(source))));
    const { container } = render(
      <NoteParserContext.Provider value={parser}>
        <Markdown source="*soon*" />
      </NoteParserContext.Provider>,
    );
    expect(container.querySelector('.nm-md')!.innerHTML).toBe('<p>*soon*</p>');
    answer(parseNote('*soon*'));
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector('.nm-md')!.innerHTML).toBe('<p><em>soon</em></p>');
  });
});
