import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { MarkdownRoot, ParsedNote } from '../lib/markdown';
import { MAX_NOTE_CHARS } from '../lib/limits';

export interface MarkdownProps {
  /** A reader's note: plain text or Markdown. */
  source: string;
}

type Root = MarkdownRoot;
type MdNode = Root | Root['children'][number];

/** Elements nested deeper than this are shown as their text (Preact's diff recurses per level). */
const MAX_DEPTH = 16;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL to link to when it is http(s) or mailto, normalised as the browser would; null otherwise. */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    // Absolute URLs only: a relative one would resolve against the extension's own pages.
    parsed = new URL(url);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/** Text with each newline shown as a line break. */
function lines(text: string): ComponentChildren {
  if (!text.includes('\n')) return text;
  const out: ComponentChildren[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push(<br />);
    if (line) out.push(line);
  });
  return out;
}

const BLOCKS = new Set(['paragraph', 'heading', 'code', 'blockquote', 'listItem', 'list', 'thematicBreak', 'html']);

/** The text of a subtree, without recursion (it may be thousands of levels deep); blocks end a line. */
function textOf(node: MdNode): string {
  let out = '';
  const stack: (MdNode | '\n')[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === '\n') {
      if (out && !out.endsWith('\n')) out += '\n';
      continue;
    }
    if (n.type === 'image' || n.type === 'imageReference') out += n.alt ?? '';
    else if ('value' in n) out += n.value;
    if (BLOCKS.has(n.type)) stack.push('\n');
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.replace(/\n+$/, '');
}

interface Context {
  source: string;
  /** Link reference definitions: identifier → URL. */
  definitions: Map<string, string>;
}

function definitions(root: Root): Map<string, string> {
  const defs = new Map<string, string>();
  const stack: MdNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'definition' && !defs.has(n.identifier)) defs.set(n.identifier, n.url);
    if ('children' in n) stack.push(...n.children);
  }
  return defs;
}

/** The node as the reader wrote it. */
function sourceOf(node: MdNode, ctx: Context): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined ? ctx.source.slice(start, end) : textOf(node);
}

function link(href: string, children: ComponentChildren, className?: string) {
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function children(node: MdNode, ctx: Context, depth: number, tight = false): ComponentChildren[] {
  if (!('children' in node)) return [];
  return node.children.map((c) => (tight && c.type === 'paragraph' ? children(c, ctx, depth + 1) : render(c, node, ctx, depth + 1)));
}

/** One node of the allowlist as Preact elements; anything else as its text. */
function render(node: MdNode, parent: MdNode | null, ctx: Context, depth: number): ComponentChildren {
  if (depth > MAX_DEPTH) return lines(textOf(node));
  switch (node.type) {
    case 'root':
      return children(node, ctx, depth);
    case 'paragraph':
      return <p>{children(node, ctx, depth)}</p>;
    case 'heading':
      return (
        <p class="nm-md-heading">
          <strong>{children(node, ctx, depth)}</strong>
        </p>
      );
    case 'thematicBreak':
      return <hr />;
    case 'blockquote':
      return <blockquote>{children(node, ctx, depth)}</blockquote>;
    case 'list': {
      const items = children(node, ctx, depth);
      return node.ordered ? <ol start={node.start ?? undefined}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'listItem': {
      // A tight list (no blank lines between items) shows its items' paragraphs without paragraph spacing.
      const loose = node.spread || (parent?.type === 'list' && (parent.spread || parent.children.some((i) => i.spread)));
      return <li>{children(node, ctx, depth, !loose)}</li>;
    }
    case 'code':
      return (
        <pre>
          <code>{node.value}</code>
        </pre>
      );
    case 'html': {
      // Raw HTML is the reader's text, shown as written.
      const text = lines(node.value);
      return parent && (parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem') ? <p>{text}</p> : text;
    }
    case 'text':
      return lines(node.value);
    case 'emphasis':
      return <em>{children(node, ctx, depth)}</em>;
    case 'strong':
      return <strong>{children(node, ctx, depth)}</strong>;
    case 'inlineCode':
      return <code>{node.value}</code>;
    case 'break':
      return <br />;
    case 'link':
    case 'linkReference': {
      const url = node.type === 'link' ? node.url : ctx.definitions.get(node.identifier);
      const href = url === undefined ? null : safeHref(url);
      return href ? link(href, children(node, ctx, depth)) : lines(sourceOf(node, ctx));
    }
    case 'image':
    case 'imageReference': {
      // Never loaded (it would tell the image's host who reads what): its alt text, linking to it when safe.
      const url = node.type === 'image' ? node.url : ctx.definitions.get(node.identifier);
      const href = url === undefined ? null : safeHref(url);
      const alt = node.alt || (href ? 'image' : '');
      return href ? link(href, alt, 'nm-md-image') : alt;
    }
    case 'definition':
      return null;
    default:
      return lines(textOf(node));
  }
}

function plain(source: string): ComponentChildren {
  return source
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim())
    .map((p) => <p>{lines(p)}</p>);
}

/**
 * How notes are parsed where they are shown: in the popup and the library, lib/markdown's parseNote itself; on the
 * page, a message to the background (the parser stays off the page). None: notes are shown as plain text.
 */
export type NoteParser = (source: string) => ParsedNote | Promise<ParsedNote>;
export const NoteParserContext = createContext<NoteParser | null>(null);

function toElements(note: ParsedNote): ComponentChildren {
  if (!note.root) return plain(note.text);
  return render(note.root, null, { source: note.text, definitions: definitions(note.root) }, 0);
}

/** The note as plain text, cut as a parse would cut it (without the parser's module). */
function unparsed(source: string): ParsedNote {
  const text = source.length <= MAX_NOTE_CHARS ? source : `${source.slice(0, MAX_NOTE_CHARS)}…`;
  return { text, root: null };
}

/**
 * A reader's note, Markdown or plain text, as a small allowlist of elements: paragraphs, line breaks,
 * emphasis, code, lists, quotes, headings as bold paragraphs, http(s)/mailto links. Raw HTML and unsafe
 * links stay text, images are not loaded. Nothing is ever set as HTML. Until a parse that is asked for arrives
 * (on the page), the note shows as plain text.
 */
export function Markdown({ source }: MarkdownProps) {
  const parse = useContext(NoteParserContext);
  const immediate = useMemo(() => (parse ? parse(source) : unparsed(source)), [parse, source]);
  const [late, setLate] = useState<{ source: string; note: ParsedNote } | null>(null);
  useEffect(() => {
    if (!(immediate instanceof Promise)) return;
    let current = true;
    immediate.then((note) => current && setLate({ source, note })).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [immediate]);
  const note = immediate instanceof Promise ? (late?.source === source ? late.note : unparsed(source)) : immediate;
  return <div class="nm-md">{toElements(note)}</div>;
}
