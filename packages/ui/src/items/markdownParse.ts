// A parser for the markdown people type in a chat (Amazon Connect's rich text): paragraphs with
// line breaks, bold, italics, strikethrough, inline code, links, lists, quotes, code blocks,
// headings and rules. No raw HTML, tables or reference links.
//
// Every step is linear in the length of the input, whatever the input: brackets, parentheses
// and `>` are matched once for the whole text, emphasis uses CommonMark's delimiter stack with
// a floor per character (a closer never searches below a point that already failed), code spans
// remember which fence lengths have no closer, and nesting (quotes, lists) is capped. So a
// 16,384-character message of `[a](`, `*a**` or `> > >` costs about what plain text costs.

/** An inline piece of a markdown paragraph. */
export type MarkdownInline =
  | string
  | { readonly type: 'strong' | 'em' | 'del'; readonly children: readonly MarkdownInline[] }
  | { readonly type: 'code'; readonly text: string }
  | {
      readonly type: 'link';
      /** The raw destination: the renderer decides whether it is a safe link. */
      readonly href: string;
      readonly children: readonly MarkdownInline[];
    }
  | { readonly type: 'image'; readonly href: string; readonly alt: string }
  | { readonly type: 'autolink'; readonly href: string };

/** A block of a markdown message. */
export type MarkdownBlock =
  | { readonly type: 'paragraph' | 'heading'; readonly children: readonly MarkdownInline[] }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      readonly start: number;
      readonly items: readonly (readonly MarkdownBlock[])[];
    }
  | { readonly type: 'quote'; readonly children: readonly MarkdownBlock[] }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'rule' };

/** A parsed markdown message. */
export type MarkdownAst = readonly MarkdownBlock[];

/** Quotes and lists nest at most this deep; deeper markers are text. */
const MAX_NESTING = 8;
/**
 * Elements one message may make (blocks, list items, emphasis, links, code): past this the rest
 * shows as text, so no message can cost many times what plain text of its length costs.
 */
const MAX_ELEMENTS = 500;
// What is left of the budget of the message being parsed (parsing is synchronous).
let budget = MAX_ELEMENTS;
const spend = (): boolean => budget-- > 0;

// --- Blocks ------------------------------------------------------------------------------------

const isBlank = (line: string) => line.trim() === '';

/** Leading spaces (a tab counts as 4). */
function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

/** `line` without its first `n` columns of indentation. */
function dedent(line: string, n: number): string {
  let col = 0;
  let i = 0;
  while (i < line.length && col < n) {
    const c = line[i];
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
    i++;
  }
  return line.slice(i);
}

interface ListMarker {
  readonly ordered: boolean;
  /** `-`, `*`, `+`, or `.` / `)` after a number. */
  readonly char: string;
  readonly start: number;
  /** Column where the item's content starts. */
  readonly contentIndent: number;
  readonly rest: string;
}

function listMarker(line: string): ListMarker | undefined {
  const indent = indentOf(line);
  if (indent > 3) return undefined;
  const s = dedent(line, indent);
  const c = s[0];
  if (c === '-' || c === '*' || c === '+') {
    if (s.length > 1 && s[1] !== ' ' && s[1] !== '\t') return undefined;
    if (isRule(s)) return undefined;
    const gap = Math.min(Math.max(indentOf(s.slice(1)), 1), 4);
    return {
      ordered: false,
      char: c,
      start: 1,
      contentIndent: indent + 1 + gap,
      rest: s.slice(1).trimStart(),
    };
  }
  let i = 0;
  while (i < s.length && i < 9 && s[i]! >= '0' && s[i]! <= '9') i++;
  if (i === 0 || (s[i] !== '.' && s[i] !== ')')) return undefined;
  if (s.length > i + 1 && s[i + 1] !== ' ' && s[i + 1] !== '\t') return undefined;
  const gap = Math.min(Math.max(indentOf(s.slice(i + 1)), 1), 4);
  return {
    ordered: true,
    char: s[i]!,
    start: Number(s.slice(0, i)),
    contentIndent: indent + i + 1 + gap,
    rest: s.slice(i + 1).trimStart(),
  };
}

/** `---`, `***` or `___` (3 or more, spaces between allowed). */
function isRule(line: string): boolean {
  const s = line.trim();
  const c = s[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  let n = 0;
  for (const ch of s) {
    if (ch === c) n++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return n >= 3;
}

/** The fence of a code block: ``` or ~~~ (3 or more), up to 3 spaces in. */
function fenceOf(line: string): string | undefined {
  if (indentOf(line) > 3) return undefined;
  const s = line.trimStart();
  const c = s[0];
  if (c !== '`' && c !== '~') return undefined;
  let n = 0;
  while (s[n] === c) n++;
  if (n < 3 || (c === '`' && s.slice(n).includes('`'))) return undefined;
  return s.slice(0, n);
}

/** A heading's text, or `undefined`: `#`…`######`, a space, the text, closing `#`s dropped. */
function headingOf(line: string): string | undefined {
  if (indentOf(line) > 3) return undefined;
  const s = line.trimStart();
  let n = 0;
  while (s[n] === '#') n++;
  if (n < 1 || n > 6 || (s.length > n && s[n] !== ' ' && s[n] !== '\t')) return undefined;
  let text = s.slice(n).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t')
    text = text.slice(0, end).trim();
  return text;
}

const isQuote = (line: string) => indentOf(line) <= 3 && line.trimStart().startsWith('>');

function unquote(line: string): string {
  const s = line.trimStart().slice(1);
  return s[0] === ' ' ? s.slice(1) : s[0] === '\t' ? s.slice(1) : s;
}

/** Whether a line starts a block that ends a paragraph. */
function interrupts(line: string, depth: number): boolean {
  if (fenceOf(line) || headingOf(line) !== undefined || isRule(line)) return true;
  if (depth >= MAX_NESTING) return false;
  if (isQuote(line)) return true;
  const marker = listMarker(line);
  return marker !== undefined && marker.rest !== '' && (!marker.ordered || marker.start === 1);
}

function parseBlocks(lines: readonly string[], depth: number): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (!spend()) {
      // Out of budget: the rest is one paragraph of text.
      const rest = lines.slice(i).join('\n').trim();
      if (rest) blocks.push({ type: 'paragraph', children: [rest] });
      break;
    }
    const fence = fenceOf(line);
    if (fence) {
      const indent = indentOf(line);
      const body: string[] = [];
      let j = i + 1;
      let closed = false;
      while (j < lines.length) {
        const l = lines[j]!;
        const close = l.trim();
        if (close.startsWith(fence) && close.split(fence[0]!).join('') === '') {
          closed = true;
          break;
        }
        body.push(dedent(l, indent));
        j++;
      }
      // A fence alone that never closes is just what was typed.
      if (closed || body.some((l) => !isBlank(l))) {
        i = j + 1;
        blocks.push({ type: 'code', text: body.join('\n') });
        continue;
      }
    }
    const heading = headingOf(line);
    if (heading !== undefined) {
      blocks.push({ type: 'heading', children: parseInline(heading) });
      i++;
      continue;
    }
    if (isRule(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (depth < MAX_NESTING && isQuote(line)) {
      const body: string[] = [];
      // A quote goes on over lazy lines (no `>`) until a blank line.
      while (i < lines.length && !isBlank(lines[i]!)) {
        const l = lines[i]!;
        if (isQuote(l)) body.push(unquote(l));
        else if (body.length && !interrupts(l, depth)) body.push(l);
        else break;
        i++;
      }
      blocks.push({ type: 'quote', children: parseBlocks(body, depth + 1) });
      continue;
    }
    const marker = depth < MAX_NESTING ? listMarker(line) : undefined;
    if (marker) {
      const items: MarkdownBlock[][] = [];
      let current: ListMarker | undefined = marker;
      while (current) {
        if (items.length > 0 && !spend()) break;
        const body = [current.rest];
        i++;
        let blank = false;
        while (i < lines.length) {
          const l = lines[i]!;
          if (isBlank(l)) {
            blank = true;
            body.push('');
            i++;
            continue;
          }
          if (indentOf(l) >= current.contentIndent) {
            body.push(dedent(l, current.contentIndent));
            blank = false;
            i++;
            continue;
          }
          // A lazy continuation of the item's paragraph, unless a block starts here.
          if (!blank && !listMarker(l) && !interrupts(l, depth)) {
            body.push(l);
            i++;
            continue;
          }
          break;
        }
        items.push(parseBlocks(body, depth + 1));
        const next = i < lines.length ? listMarker(lines[i]!) : undefined;
        current =
          next && next.ordered === marker.ordered && next.char === marker.char ? next : undefined;
      }
      blocks.push({ type: 'list', ordered: marker.ordered, start: marker.start, items });
      continue;
    }
    // A paragraph: lines up to a blank line or a line that starts another block.
    const body = [line.trim()];
    i++;
    while (i < lines.length && !isBlank(lines[i]!) && !interrupts(lines[i]!, depth)) {
      body.push(lines[i]!.trim());
      i++;
    }
    blocks.push({ type: 'paragraph', children: parseInline(body.join('\n')) });
  }
  return blocks;
}

/**
 * Parses a chat message's markdown. Never throws; any input comes back as blocks whose text is
 * all of the input's visible text. Linear in the input's length.
 *
 * @example
 * ```ts
 * parseMarkdownBlocks('**Hi** [docs](https://example.com)');
 * // [{ type: 'paragraph', children: [{ type: 'strong', children: ['Hi'] }, ' ', { type: 'link', … }] }]
 * ```
 */
export function parseMarkdownBlocks(source: string): MarkdownAst {
  budget = MAX_ELEMENTS;
  return parseBlocks(source.split(/\r\n|\r|\n/), 0);
}

// --- Inlines -----------------------------------------------------------------------------------

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
function isPunct(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) {
    return (
      (code >= 33 && code <= 47) ||
      (code >= 58 && code <= 64) ||
      (code >= 91 && code <= 96) ||
      (code >= 123 && code <= 126)
    );
  }
  return PUNCTUATION.test(c);
}
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return true;
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(c);
}
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Matching closers of `[`/`]` and `(`/`)`, found once for the whole text (escapes skipped). */
function matchPairs(text: string, open: string, close: string): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === open) stack.push(i);
    else if (c === close && stack.length) match[stack.pop()!] = i;
  }
  return match;
}

/** For each index, the next index at or after it holding `>` or whitespace (or the length). */
function nextStop(text: string): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    next[i] = c === '>' || c === ' ' || c === '\n' || c === '\t' || c === '<' ? i : next[i + 1]!;
  }
  return next;
}

/** A node of the inline list while it is built: text, a finished node or a delimiter run. */
interface Node {
  value: MarkdownInline | undefined;
  /** A run of `*`, `_` or `~` not yet matched: its char and how many are left. */
  delim?: { char: string; count: number; canOpen: boolean; canClose: boolean } | undefined;
  prev: Node | undefined;
  next: Node | undefined;
}

class InlineList {
  head: Node = { value: undefined, prev: undefined, next: undefined };
  tail: Node = this.head;
  push(value: MarkdownInline | undefined, delim?: Node['delim']): Node {
    const node: Node = { value, delim, prev: this.tail, next: undefined };
    this.tail.next = node;
    this.tail = node;
    return node;
  }
}

/** Characters that may start something; text between them is copied as it is. */
const SPECIAL = new Uint8Array(128);
for (const c of '\\`<![*_~') SPECIAL[c.charCodeAt(0)] = 1;
/** Emphasis delimiter runs looked at per paragraph; later ones are text. */
const MAX_DELIMITERS = 2 * MAX_ELEMENTS;

function parseInline(text: string, nested = false): MarkdownInline[] {
  // Pair and stop tables are built on first need, once per paragraph.
  let brackets: Int32Array | undefined;
  let parens: Int32Array | undefined;
  let stops: Int32Array | undefined;
  let spaces: Spaces | undefined;
  // Code-span fence lengths known to have no closer after some point.
  const noCloser = new Map<number, number>();
  const list = new InlineList();
  const delims: Node[] = [];
  // Literal text is not copied character by character: it is the range from `from` to the
  // next piece, sliced once.
  let from = 0;
  const flush = (to: number) => {
    if (to > from) list.push(text.slice(from, to));
  };
  let i = 0;
  while (i < text.length) {
    let cc = text.charCodeAt(i);
    while (cc >= 128 || SPECIAL[cc] === 0) {
      if (++i >= text.length) break;
      cc = text.charCodeAt(i);
    }
    if (i >= text.length) break;
    const c = text[i]!;
    if (c === '\\') {
      if (i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
        flush(i);
        from = i + 1;
        i += 2;
      } else i++;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (text[i + n] === '`') n++;
      const close = budget > 0 ? codeCloser(text, i + n, n, noCloser) : -1;
      if (close < 0) {
        i += n;
        continue;
      }
      flush(i);
      budget--;
      let code = text.slice(i + n, close).replace(/\n/g, ' ');
      if (code.length > 2 && code[0] === ' ' && code[code.length - 1] === ' ' && code.trim()) {
        code = code.slice(1, -1);
      }
      list.push({ type: 'code', text: code });
      i = close + n;
      from = i;
      continue;
    }
    if (c === '<' && budget > 0) {
      stops ??= nextStop(text);
      const end = stops[i + 1]!;
      if (text[end] === '>' && end - i <= 320) {
        const href = text.slice(i + 1, end);
        if (/^[a-z][a-z\d+.-]{1,31}:/i.test(href) || /^[^@\s]+@[^@\s]+$/.test(href)) {
          flush(i);
          budget--;
          list.push({ type: 'autolink', href: href.includes(':') ? href : `mailto:${href}` });
          i = end + 1;
          from = i;
          continue;
        }
      }
      i++;
      continue;
    }
    const image = c === '!' && text[i + 1] === '[';
    if (c === '[' || image) {
      const open = image ? i + 1 : i;
      let link: ReturnType<typeof linkAt>;
      if (!nested && budget > 0) {
        brackets ??= matchPairs(text, '[', ']');
        parens ??= matchPairs(text, '(', ')');
        spaces ??= spacesOf(text);
        link = linkAt(text, open, brackets, parens, spaces);
      }
      if (!link) {
        i = open + 1;
        continue;
      }
      flush(i);
      budget--;
      const label = text.slice(open + 1, link.labelEnd);
      list.push(
        image
          ? { type: 'image', href: link.href, alt: plainOf(parseInline(label, true)) }
          : { type: 'link', href: link.href, children: parseInline(label, true) },
      );
      i = link.end;
      from = i;
      continue;
    }
    if (c === '!') {
      i++;
      continue;
    }
    // `*`, `_` or `~`: a delimiter run.
    let n = 1;
    while (text[i + n] === c) n++;
    if ((c === '~' && n !== 2) || delims.length >= MAX_DELIMITERS) {
      i += n;
      continue;
    }
    const before = text[i - 1];
    const after = text[i + n];
    const leftFlank = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const rightFlank = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const canOpen = c === '_' ? leftFlank && (!rightFlank || isPunct(before)) : leftFlank;
    const canClose = c === '_' ? rightFlank && (!leftFlank || isPunct(after)) : rightFlank;
    if (canOpen || canClose) {
      flush(i);
      delims.push(list.push(text.slice(i, i + n), { char: c, count: n, canOpen, canClose }));
      from = i + n;
    }
    i += n;
  }
  flush(text.length);
  processEmphasis(delims);
  const out: MarkdownInline[] = [];
  for (let node = list.head.next; node; node = node.next) {
    if (node.value !== undefined) pushInline(out, node.value);
  }
  return out;
}

/** Adds a piece, joining neighbouring strings. */
function pushInline(out: MarkdownInline[], value: MarkdownInline) {
  const last = out[out.length - 1];
  if (typeof value === 'string' && typeof last === 'string') out[out.length - 1] = last + value;
  else if (value !== '') out.push(value);
}

function codeCloser(text: string, from: number, n: number, noCloser: Map<number, number>): number {
  const failedFrom = noCloser.get(n);
  if (failedFrom !== undefined && from >= failedFrom) return -1;
  const fence = '`'.repeat(n);
  let at = from;
  while (true) {
    const found = text.indexOf(fence, at);
    if (found < 0) {
      noCloser.set(n, from);
      return -1;
    }
    let end = found + n;
    if (text[end] !== '`' && text[found - 1] !== '`') return found;
    while (text[end] === '`') end++;
    at = end;
  }
}

/** Where whitespace is, for each index: the next space, the next non-space, the last non-space. */
interface Spaces {
  readonly nextSpace: Int32Array;
  readonly nextText: Int32Array;
  readonly lastText: Int32Array;
}

function spacesOf(text: string): Spaces {
  const n = text.length;
  const nextSpace = new Int32Array(n + 1).fill(n);
  const nextText = new Int32Array(n + 1).fill(n);
  const lastText = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const space = isSpace(text[i]);
    nextSpace[i] = space ? i : nextSpace[i + 1]!;
    nextText[i] = space ? nextText[i + 1]! : i;
  }
  for (let i = 0; i < n; i++) lastText[i + 1] = isSpace(text[i]) ? lastText[i]! : i;
  return { nextSpace, nextText, lastText };
}

/**
 * `[label](destination "title")` at `open`: where the label ends, the destination, the end.
 * Decided in constant time from the precomputed pairs and spaces; only a link found is sliced.
 */
function linkAt(
  text: string,
  open: number,
  brackets: Int32Array,
  parens: Int32Array,
  spaces: Spaces,
): { labelEnd: number; href: string; end: number } | undefined {
  const labelEnd = brackets[open]!;
  if (labelEnd < 0 || text[labelEnd + 1] !== '(') return undefined;
  const close = parens[labelEnd + 1]!;
  if (close < 0) return undefined;
  const from = spaces.nextText[labelEnd + 2]!;
  // `lastText[close]` is the last non-space before the `)`.
  const last = spaces.lastText[close]!;
  if (from >= close) return { labelEnd, href: '', end: close + 1 };
  const space = spaces.nextSpace[from]!;
  let hrefEnd = last + 1;
  if (space < last) {
    // Something after the destination: it must be a quoted title.
    const q = text[spaces.nextText[space]!];
    const closing = q === '(' ? ')' : q;
    if ((q !== '"' && q !== "'" && q !== '(') || text[last] !== closing) return undefined;
    hrefEnd = space;
  }
  const raw = text.slice(from, hrefEnd);
  const bare = raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw;
  return { labelEnd, href: bare.replace(/\\([!-/:-@[-`{-~])/g, '$1'), end: close + 1 };
}

/**
 * CommonMark's emphasis pass over the delimiter runs: each closer takes the nearest opener of
 * its character (two from each when both have two, else one), and what lies between becomes
 * the emphasised node. A closer that finds no opener raises the floor for its character, so no
 * later closer searches that part of the stack again: the pass is linear.
 */
function processEmphasis(delims: Node[]) {
  const stack: Node[] = [];
  const floor = new Map<string, number>();
  for (const closer of delims) {
    if (budget <= 0) break;
    const d = closer.delim!;
    if (d.canClose) {
      let found = -1;
      const bottom = floor.get(d.char) ?? 0;
      for (let k = stack.length - 1; k >= bottom; k--) {
        const o = stack[k]!.delim;
        if (o && o.char === d.char && o.count > 0) {
          found = k;
          break;
        }
      }
      while (found >= 0 && d.count > 0) {
        const opener = stack[found]!;
        const o = opener.delim!;
        const use = d.char === '~' ? 2 : o.count >= 2 && d.count >= 2 ? 2 : 1;
        o.count -= use;
        d.count -= use;
        opener.value = d.char.repeat(o.count);
        closer.value = d.char.repeat(d.count);
        // Everything between becomes the children; the delimiters between become text.
        const children: MarkdownInline[] = [];
        for (let n = opener.next; n && n !== closer; n = n.next) {
          n.delim = undefined;
          if (n.value !== undefined) pushInline(children, n.value);
        }
        const type = d.char === '~' ? 'del' : use === 2 ? 'strong' : 'em';
        budget--;
        const wrapped: Node = {
          value: { type, children },
          prev: opener,
          next: closer,
        };
        opener.next = wrapped;
        closer.prev = wrapped;
        stack.length = found + 1;
        for (const [char, at] of floor) if (at > stack.length) floor.set(char, stack.length);
        if (o.count === 0) {
          stack.pop();
          opener.delim = undefined;
        }
        if (d.count === 0 || budget <= 0) break;
        // The closer has more left: look again, below what was used.
        found = -1;
        for (let k = stack.length - 1; k >= bottom; k--) {
          const oo = stack[k]!.delim;
          if (oo && oo.char === d.char && oo.count > 0) {
            found = k;
            break;
          }
        }
      }
      if (d.count === 0) {
        closer.delim = undefined;
        continue;
      }
      if (found < 0) floor.set(d.char, stack.length);
    }
    if (d.canOpen && d.count > 0) stack.push(closer);
  }
}

/** The visible text of inline pieces. */
export function plainOf(nodes: readonly MarkdownInline[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if (node.type === 'code') out += node.text;
    else if (node.type === 'image') out += node.alt;
    else if (node.type === 'autolink') out += node.href.replace(/^mailto:/i, '');
    else out += plainOf(node.children);
  }
  return out;
}
