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

// Where a link can start: a scheme or `www.` after a word boundary, or an `@` of an e-mail
// address. Everything after that is read by hand, in one pass: no regex runs over a link's
// length, so text of any shape is linkified in linear time.
const START = /\b(?:https?:\/\/|www\.|mailto:)|@/gi;
/** Characters that end a URL. */
const URL_END = new Set([' ', '\t', '\n', '\r', '\f', '\v', '<', '>', '"', "'", '`']);
/** Punctuation at a URL's end that belongs to the sentence, not to the URL. */
const TRAILING = new Set([...'.,;:!?\'"»”’)]}>*_~']);
const LOCAL = /[\w.+-]/;
const DOMAIN = /[a-z\d.-]/i;
const MAX_LOCAL = 64;
/** Links one text may make: a message of thousands of URLs shows the rest as text. */
const MAX_LINKS = 200;
const MAX_DOMAIN = 255;

/** The end of a URL starting at `start`, trailing punctuation left out (balanced `)` kept). */
function urlEnd(text: string, start: number): number {
  let end = start;
  let opens = 0;
  let closes = 0;
  // The last place after a character that is not trailing punctuation, and the paren counts there.
  let keep = start;
  let keepOpens = 0;
  let keepCloses = 0;
  while (end < text.length) {
    const c = text[end]!;
    if (URL_END.has(c) || c.trim() === '') break;
    end++;
    if (c === '(') opens++;
    else if (c === ')') closes++;
    if (!TRAILING.has(c)) {
      keep = end;
      keepOpens = opens;
      keepCloses = closes;
    }
  }
  // Closing parentheses right after the kept part stay in the URL while they balance an opening one.
  while (keep < end && text[keep] === ')' && keepOpens > keepCloses) {
    keep++;
    keepCloses++;
  }
  return keep;
}

/** The e-mail address around the `@` at `at`, as [start, end), or `undefined`. */
function emailAt(text: string, at: number, floor: number): [number, number] | undefined {
  let start = at;
  while (start > floor && at - start < MAX_LOCAL && LOCAL.test(text[start - 1]!)) start--;
  // A word boundary before the address, and no dot at its start.
  while (start < at && text[start] === '.') start++;
  if (start === at) return undefined;
  let end = at + 1;
  while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN.test(text[end]!)) end++;
  // Dots and hyphens at the end belong to the sentence.
  while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
  const domain = text.slice(at + 1, end);
  const labels = domain.split('.');
  const tld = labels[labels.length - 1]!;
  if (labels.length < 2 || labels.some((l) => l === '' || l.length > 63)) return undefined;
  if (!/^[a-z]{2,24}$/i.test(tld)) return undefined;
  return [start, end];
}

/**
 * Splits plain text into text and links (autolinks): http/https URLs, `www.` hosts, `mailto:`
 * and e-mail addresses. Trailing punctuation stays text; a closing parenthesis stays in the
 * link when the link has a matching opening one (Wikipedia URLs). Linear in the text's length,
 * whatever it holds; past `maxLinks` links (default 200) the rest stays text.
 *
 * @example
 * ```ts
 * linkify('see https://example.com.'); // ['see ', { href: 'https://example.com/', text: 'https://example.com' }, '.']
 * ```
 */
export function linkify(text: string, maxLinks = MAX_LINKS): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  let links = 0;
  for (const match of text.matchAll(START)) {
    if (links >= maxLinks) break;
    const at = match.index;
    if (at < last) continue;
    let start = at;
    let end: number;
    let candidate: string;
    if (match[0] === '@') {
      const found = emailAt(text, at, last);
      if (!found) continue;
      [start, end] = found;
      // Part of a mailto: link or URL already taken is not an address of its own.
      if (start < last) continue;
      candidate = `mailto:${text.slice(start, end)}`;
    } else {
      end = urlEnd(text, at);
      const found = text.slice(at, end);
      const lower = found.toLowerCase();
      if (end - at <= match[0].length) continue;
      candidate = lower.startsWith('www.') ? `https://${found}` : found;
    }
    const href = safeHref(candidate);
    if (!href) continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push({ href, text: text.slice(start, end) });
    last = end;
    links++;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
