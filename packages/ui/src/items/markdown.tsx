import { Fragment, type ReactNode } from 'react';
import { ExternalLink } from './ExternalLink.js';
import { linkify, safeHref } from './links.js';
import {
  type MarkdownAst,
  type MarkdownBlock,
  type MarkdownInline,
  parseMarkdownBlocks,
  plainOf,
} from './markdownParse.js';

export type { MarkdownAst } from './markdownParse.js';

/**
 * Parses chat markdown (see `markdownParse.ts` for what it reads). Never throws, and the work is
 * linear in the length of the message, whatever it holds.
 *
 * @example
 * ```ts
 * const ast = parseMarkdown('**Hello** [docs](https://example.com)');
 * ```
 */
export function parseMarkdown(source: string): MarkdownAst {
  return parseMarkdownBlocks(source);
}

// Beyond this nesting depth the rest of a subtree is shown as its text.
const MAX_DEPTH = 12;

/** The plain text of a markdown AST (for accessible names and announcements). */
export function markdownText(blocks: MarkdownAst): string {
  let out = '';
  for (const block of blocks) out += `${blockText(block)} `;
  return out;
}

function blockText(block: MarkdownBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return plainOf(block.children);
    case 'list':
      return block.items.map((item) => markdownText(item)).join(' ');
    case 'quote':
      return markdownText(block.children);
    case 'code':
      return block.text;
    default:
      return '';
  }
}

// Bare links one message may make, shared by its texts while it renders (rendering is synchronous).
const MAX_LINKS = 200;
let linksLeft = MAX_LINKS;

/** Text with bare URLs and e-mail addresses as links (not inside a link already). */
function text(value: string, key: number, inLink: boolean): ReactNode {
  if (inLink || linksLeft <= 0) return value;
  const parts = linkify(value, linksLeft);
  linksLeft -= parts.length - parts.filter((p) => typeof p === 'string').length;
  if (parts.length === 1 && typeof parts[0] === 'string') return value;
  return (
    <Fragment key={key}>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable text
          <ExternalLink key={i} href={part.href}>
            {part.text}
          </ExternalLink>
        ),
      )}
    </Fragment>
  );
}

function inlines(nodes: readonly MarkdownInline[], depth: number, inLink: boolean): ReactNode[] {
  return nodes.map((node, i) => inline(node, i, depth, inLink));
}

function inline(node: MarkdownInline, key: number, depth: number, inLink: boolean): ReactNode {
  if (typeof node === 'string') return text(node, key, inLink);
  if (depth > MAX_DEPTH) return plainOf([node]);
  switch (node.type) {
    case 'strong':
      return <strong key={key}>{inlines(node.children, depth + 1, inLink)}</strong>;
    case 'em':
      return <em key={key}>{inlines(node.children, depth + 1, inLink)}</em>;
    case 'del':
      return <del key={key}>{inlines(node.children, depth + 1, inLink)}</del>;
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'link': {
      const href = inLink ? undefined : safeHref(node.href);
      const content = inlines(node.children, depth + 1, true);
      return href ? (
        <ExternalLink key={key} href={href}>
          {content}
        </ExternalLink>
      ) : (
        <span key={key}>{content}</span>
      );
    }
    case 'autolink': {
      const href = inLink ? undefined : safeHref(node.href);
      const label = node.href.replace(/^mailto:/i, '');
      return href ? (
        <ExternalLink key={key} href={href}>
          {label}
        </ExternalLink>
      ) : (
        label
      );
    }
    case 'image': {
      // Images become links: no request until the reader asks, no height change when it loads.
      const href = inLink ? undefined : safeHref(node.href);
      const alt = node.alt !== '' ? node.alt : undefined;
      return href ? (
        <ExternalLink key={key} href={href} className="ct-md-image">
          {alt ?? href}
        </ExternalLink>
      ) : (
        (alt ?? null)
      );
    }
  }
}

function block(node: MarkdownBlock, key: number, depth: number): ReactNode {
  if (depth > MAX_DEPTH) return <p key={key}>{blockText(node)}</p>;
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inlines(node.children, depth + 1, false)}</p>;
    case 'heading':
      // Headings inside a chat bubble would break the page's outline: bold paragraph instead.
      return (
        <p key={key} className="ct-md-heading">
          <strong>{inlines(node.children, depth + 1, false)}</strong>
        </p>
      );
    case 'code':
      return (
        <pre key={key}>
          <code>{node.text}</code>
        </pre>
      );
    case 'quote':
      return <blockquote key={key}>{blocks(node.children, depth + 1)}</blockquote>;
    case 'rule':
      return <hr key={key} />;
    case 'list': {
      const items = node.items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their place
        <li key={i}>{listItem(item, depth + 1)}</li>
      ));
      if (!node.ordered) return <ul key={key}>{items}</ul>;
      return (
        <ol key={key} start={node.start !== 1 ? node.start : undefined}>
          {items}
        </ol>
      );
    }
  }
}

/** A list item of one paragraph shows its text without a `<p>` (a tight list). */
function listItem(item: readonly MarkdownBlock[], depth: number): ReactNode {
  const [first, ...rest] = item;
  if (first?.type === 'paragraph') {
    return [
      ...inlines(first.children, depth + 1, false),
      ...rest.map((b, i) => block(b, i + 1, depth + 1)),
    ];
  }
  return blocks(item, depth);
}

function blocks(nodes: readonly MarkdownBlock[], depth: number): ReactNode[] {
  return nodes.map((node, i) => block(node, i, depth));
}

/**
 * Renders parsed markdown to React elements: only http/https/mailto links (others become their
 * text), bare URLs linked, images as links, headings as bold text. Content is always text.
 *
 * @example
 * ```tsx
 * <div className="ct-md">{renderMarkdown(parseMarkdown(item.Content ?? ''))}</div>
 * ```
 */
export function renderMarkdown(ast: MarkdownAst): ReactNode {
  linksLeft = MAX_LINKS;
  return blocks(ast, 0);
}
