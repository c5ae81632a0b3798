import SimpleMarkdownModule, {
  type MatchFunction,
  type Parser,
  type ParserRule,
  type SingleASTNode,
} from '@khanacademy/simple-markdown';
import type { ReactNode } from 'react';
import { ExternalLink } from './ExternalLink.js';
import { safeHref } from './links.js';

/**
 * The markdown subset a chat message may use. simple-markdown has no raw-HTML rule at all; we
 * also leave out tables and reference definitions (rarely typed in a chat, easy to abuse), and
 * render everything through our own output below, never through its `react`/`html` outputs.
 */
const RULE_NAMES = [
  'heading',
  'hr',
  'codeBlock',
  'fence',
  'blockQuote',
  'list',
  'newline',
  'paragraph',
  'escape',
  'autolink',
  'mailto',
  'url',
  'link',
  'image',
  'strong',
  'em',
  'u',
  'del',
  'inlineCode',
  'br',
  'text',
] as const;

// The package is CommonJS with `exports.default` (and an ES build for bundlers): Node's ESM
// loader hands us `module.exports`, a bundler the default export itself.
type Lib = typeof SimpleMarkdownModule.default;
const SimpleMarkdown: Lib =
  (SimpleMarkdownModule as { default?: Lib }).default ?? (SimpleMarkdownModule as unknown as Lib);

// Inline rules look at most this far ahead. simple-markdown's inline regexes rescan to the end
// of the text on every attempt, which is quadratic on a 16,384-character message full of `**`
// or `<`; a bounded window keeps the whole parse linear (a bold run longer than this shows its
// asterisks instead).
const WINDOW = 512;
const HREF_WINDOW = 2048;
const INLINE = new Set(['escape', 'url', 'strong', 'em', 'u', 'del', 'br']);
/**
 * Longer markdown is shown as plain text with autolinks. Participants can send at most 1,024
 * characters; only API-sent content reaches the 16,384 limit, and a parser built from regexes
 * cannot promise linear time on adversarial input that long.
 */
export const MAX_MARKDOWN = 4096;
const WS = /\s/;

/**
 * A linear-time matcher for `[text](href "title")` (and `![alt](src)`), replacing the library's
 * link regex, which is cubic on text like `[a](` repeated (minutes for 16 KB). Same capture
 * shape: [whole, text, href, title].
 */
function linkMatch(prefix: string): MatchFunction {
  return (source, state) => {
    if (!state.inline || !source.startsWith(prefix)) return null;
    let end = Math.min(source.length, WINDOW + prefix.length);
    let i = prefix.length;
    let depth = 0;
    for (; i < end; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '[') depth++;
      else if (c === ']' && depth-- === 0) break;
    }
    if (source[i] !== ']' || source[i + 1] !== '(') return null;
    const text = source.slice(prefix.length, i);
    i += 2;
    end = Math.min(source.length, i + HREF_WINDOW);
    while (i < end && WS.test(source[i]!)) i++;
    const angled = source[i] === '<';
    if (angled) i++;
    const hrefStart = i;
    let parens = 0;
    for (; i < end; i++) {
      const c = source[i]!;
      if (angled ? c === '>' || c === '\n' : WS.test(c)) break;
      if (c === '\\') i++;
      else if (c === '(') parens++;
      else if (c === ')' && parens-- === 0) break;
    }
    const href = source.slice(hrefStart, i);
    if (angled && source[i++] !== '>') return null;
    let title: string | undefined;
    let j = i;
    while (j < end && WS.test(source[j]!)) j++;
    const quote = source[j];
    if (j > i && (quote === '"' || quote === "'")) {
      const close = source.indexOf(quote, j + 1);
      if (close < 0 || close > end) return null;
      title = source.slice(j + 1, close);
      j = close + 1;
      while (j < end && WS.test(source[j]!)) j++;
    }
    if (source[j] !== ')') return null;
    const capture = [source.slice(0, j + 1), text, href] as string[] & { index: number };
    if (title !== undefined) capture.push(title);
    capture.index = 0;
    return capture;
  };
}

/**
 * `<scheme:…>` and `<user@host>` autolinks: the token must close with `>` within 320
 * characters and contain no space, so the library's regex then runs on that token only (its
 * `[^ >]+@[^ >]+` is quadratic on long `@`-runs).
 */
function angleMatch(match: MatchFunction): MatchFunction {
  return (source, state, prev) => {
    if (!state.inline || source[0] !== '<') return null;
    const close = source.indexOf('>');
    if (close < 0 || close > 320 || source.slice(0, close).includes(' ')) return null;
    return match(source.slice(0, close + 1), state, prev);
  };
}

/** `` `code` `` in linear time (the library's regex is quadratic on a run of backticks). */
const inlineCodeMatch: MatchFunction = (source, state) => {
  if (!state.inline || source[0] !== '`') return null;
  let ticks = 1;
  while (source[ticks] === '`') if (++ticks > 16) return null;
  const fence = source.slice(0, ticks);
  const end = Math.min(source.length, WINDOW);
  let from = ticks;
  while (from < end) {
    const close = source.indexOf(fence, from);
    if (close < 0 || close >= end) return null;
    let after = close + ticks;
    if (source[after] !== '`' && close > ticks) {
      const capture = [source.slice(0, after), fence, source.slice(ticks, close)] as string[] & {
        index: number;
      };
      capture.index = 0;
      return capture;
    }
    while (source[after] === '`') after++;
    from = after;
  }
  return null;
};

function windowed(match: MatchFunction): MatchFunction {
  return (source, state, prev) =>
    match(source.length > WINDOW ? source.slice(0, WINDOW) : source, state, prev);
}

let parser: Parser | undefined;
function getParser(): Parser {
  if (!parser) {
    const all = SimpleMarkdown.defaultRules as unknown as Record<string, ParserRule>;
    const rules: Record<string, ParserRule> = {};
    for (const name of RULE_NAMES) {
      const rule = all[name]!;
      const match =
        name === 'link'
          ? linkMatch('[')
          : name === 'image'
            ? linkMatch('![')
            : name === 'inlineCode'
              ? inlineCodeMatch
              : name === 'autolink' || name === 'mailto'
                ? angleMatch(rule.match)
                : INLINE.has(name)
                  ? windowed(rule.match)
                  : rule.match;
      rules[name] = { ...rule, match };
    }
    parser = SimpleMarkdown.parserFor(rules);
  }
  return parser;
}

/** A parsed markdown document. */
export type MarkdownAst = SingleASTNode[];

/**
 * Parses chat markdown into simple-markdown's AST with the restricted rule set. Never throws:
 * input the parser chokes on (say, thousands of nested quotes) comes back as one text node.
 *
 * @example
 * ```ts
 * const ast = parseMarkdown('**Hello** [docs](https://example.com)');
 * ```
 */
export function parseMarkdown(source: string): MarkdownAst {
  if (source.length > MAX_MARKDOWN) return [{ type: 'text', content: source }];
  try {
    return getParser()(`${SimpleMarkdown.preprocess(source)}\n\n`, { inline: false });
  } catch {
    return [{ type: 'text', content: source }];
  }
}

// Beyond this nesting depth the rest of a subtree is shown as its text.
const MAX_DEPTH = 12;

const BLOCK = new Set(['paragraph', 'heading', 'list', 'codeBlock', 'blockQuote', 'hr']);

/** The plain text of a markdown AST (for accessible names and announcements). */
export function markdownText(nodes: MarkdownAst | SingleASTNode, depth = 0): string {
  if (Array.isArray(nodes)) {
    let out = '';
    for (const node of nodes) out += markdownText(node, depth);
    return out;
  }
  const node = nodes;
  let text = '';
  if (typeof node.content === 'string') text = node.content;
  else if (node.type === 'list' && Array.isArray(node.items)) {
    text = (node.items as MarkdownAst[]).map((item) => markdownText(item, depth + 1)).join(' ');
  } else if (node.type === 'image') text = typeof node.alt === 'string' ? node.alt : '';
  else if (Array.isArray(node.content)) text = markdownText(node.content as MarkdownAst, depth + 1);
  else if (node.type === 'newline' || node.type === 'br') text = ' ';
  return BLOCK.has(node.type) ? `${text} ` : text;
}

function children(node: SingleASTNode, depth: number): ReactNode {
  return Array.isArray(node.content)
    ? renderNodes(node.content as MarkdownAst, depth + 1)
    : typeof node.content === 'string'
      ? node.content
      : null;
}

function renderNode(node: SingleASTNode, key: number, depth: number): ReactNode {
  if (depth > MAX_DEPTH) return markdownText(node);
  switch (node.type) {
    case 'text':
      return String(node.content ?? '');
    case 'paragraph':
      return <p key={key}>{children(node, depth)}</p>;
    case 'heading':
      // Headings inside a chat bubble would break the page's outline: bold paragraph instead.
      return (
        <p key={key} className="ct-md-heading">
          <strong>{children(node, depth)}</strong>
        </p>
      );
    case 'strong':
      return <strong key={key}>{children(node, depth)}</strong>;
    case 'em':
      return <em key={key}>{children(node, depth)}</em>;
    case 'u':
      return <u key={key}>{children(node, depth)}</u>;
    case 'del':
      return <del key={key}>{children(node, depth)}</del>;
    case 'inlineCode':
      return <code key={key}>{String(node.content ?? '')}</code>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{String(node.content ?? '')}</code>
        </pre>
      );
    case 'blockQuote':
      return <blockquote key={key}>{children(node, depth)}</blockquote>;
    case 'hr':
      return <hr key={key} />;
    case 'br':
      return <br key={key} />;
    case 'newline':
      return null;
    case 'list': {
      const items = (Array.isArray(node.items) ? node.items : []) as MarkdownAst[];
      const lis = items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their place
        <li key={i}>{renderNodes(item, depth + 1)}</li>
      ));
      if (!node.ordered) return <ul key={key}>{lis}</ul>;
      const start = typeof node.start === 'number' && node.start !== 1 ? node.start : undefined;
      return (
        <ol key={key} start={start}>
          {lis}
        </ol>
      );
    }
    case 'link': {
      const href = safeHref(typeof node.target === 'string' ? node.target : undefined);
      const content = children(node, depth);
      return href ? (
        <ExternalLink key={key} href={href}>
          {content}
        </ExternalLink>
      ) : (
        <span key={key}>{content}</span>
      );
    }
    case 'image': {
      // Images become links: no request until the reader asks, no height change when it loads.
      const href = safeHref(typeof node.target === 'string' ? node.target : undefined);
      const alt = typeof node.alt === 'string' && node.alt !== '' ? node.alt : undefined;
      return href ? (
        <ExternalLink key={key} href={href} className="ct-md-image">
          {alt ?? href}
        </ExternalLink>
      ) : (
        (alt ?? null)
      );
    }
    default:
      return markdownText(node);
  }
}

function renderNodes(nodes: MarkdownAst, depth: number): ReactNode[] {
  return nodes.map((node, i) => renderNode(node, i, depth));
}

/**
 * Renders a parsed markdown AST to React elements with our own output functions: only
 * http/https/mailto links (others become their text), images as links, headings as bold text.
 *
 * @example
 * ```tsx
 * <div className="ct-md">{renderMarkdown(parseMarkdown(item.Content ?? ''))}</div>
 * ```
 */
export function renderMarkdown(ast: MarkdownAst, source = ''): ReactNode {
  try {
    return renderNodes(ast, 0);
  } catch {
    // A tree too deep for the stack: show the source as text.
    return source;
  }
}
