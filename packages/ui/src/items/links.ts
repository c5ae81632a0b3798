/** Protocols a link from message content may have. Everything else is rendered as text. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to render for a URL taken from message content, or `undefined` when it must stay
 * text: only absolute `http:`, `https:` and `mailto:` URLs pass. The URL is parsed (not matched
 * by prefix), so `JaVaScRiPt:`, `java\tscript:`, entity tricks and relative URLs are refused.
 *
 * @example
 * ```ts
 * safeHref('https://example.com/a b'); // 'https://example.com/a%20b'
 * safeHref('javascript:alert(1)');    // undefined
 * ```
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const raw = url.trim();
  // Control characters and whitespace are how scheme filters get bypassed; refuse them outright.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
  if (raw === '' || /[\u0000-\u001f\u007f\s]/.test(raw)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return undefined;
  }
  return ALLOWED.has(parsed.protocol) ? parsed.href : undefined;
}

/**
 * A piece of plain text: either text, or a link with the text that shows it.
 *
 * @example
 * ```tsx
 * linkify(text).map((part, i) => (typeof part === 'string' ? part : <a key={i} href={part.href}>{part.text}</a>));
 * ```
 */
export type TextPart = string | { href: string; text: string };

// http(s) URLs, www. hosts, mailto: links and bare e-mail addresses. Bounded repeats keep the
// scan linear on hostile 16,384-character input.
const LINK_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|\bmailto:[^\s<>"'`]+|\b[\w.+-]{1,64}@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){0,8}\.[a-z]{2,24}\b/gi;
const TRAILING = /[.,;:!?'"»”’)\]}>*_~]+$/;

/**
 * Splits plain text into text and links (autolinks): http/https URLs, `www.` hosts, `mailto:`
 * and e-mail addresses. Trailing punctuation stays text; a closing parenthesis stays in the
 * link when the link has a matching opening one (Wikipedia URLs).
 *
 * @example
 * ```ts
 * linkify('see https://example.com.'); // ['see ', { href: 'https://example.com/', text: 'https://example.com' }, '.']
 * ```
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK_RE)) {
    let found = match[0];
    const start = match.index;
    let trail = TRAILING.exec(found)?.[0] ?? '';
    found = found.slice(0, found.length - trail.length);
    // Keep balanced closing parentheses inside the URL.
    while (trail.startsWith(')') && count(found, '(') > count(found, ')')) {
      found += ')';
      trail = trail.slice(1);
    }
    const lower = found.toLowerCase();
    const candidate = lower.startsWith('www.')
      ? `https://${found}`
      : /^(https?|mailto):/.test(lower)
        ? found
        : `mailto:${found}`;
    const href = safeHref(candidate);
    if (!href || found === '') continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push({ href, text: found });
    last = start + found.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}
