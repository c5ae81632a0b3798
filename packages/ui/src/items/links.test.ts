import { describe, expect, it } from 'vitest';
import { linkify, safeHref } from './links.js';

describe('safeHref', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['HTTP://EXAMPLE.COM', 'http://example.com/'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
  ])('allows %s', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example',
    '/relative',
    '&#106;avascript:alert(1)',
    'https://exa mple.com',
    '',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});

describe('linkify', () => {
  it('finds http, https, www and mailto links and e-mail addresses', () => {
    expect(
      linkify('a http://x.example b www.y.example c mailto:m@x.example d z@q.example'),
    ).toEqual([
      'a ',
      { href: 'http://x.example/', text: 'http://x.example' },
      ' b ',
      { href: 'https://www.y.example/', text: 'www.y.example' },
      ' c ',
      { href: 'mailto:m@x.example', text: 'mailto:m@x.example' },
      ' d ',
      { href: 'mailto:z@q.example', text: 'z@q.example' },
    ]);
  });

  it('leaves trailing punctuation out and keeps balanced parentheses in', () => {
    expect(linkify('(see https://en.example/wiki/A_(b)).')).toEqual([
      '(see ',
      { href: 'https://en.example/wiki/A_(b)', text: 'https://en.example/wiki/A_(b)' },
      ').',
    ]);
  });

  it('never links other schemes', () => {
    expect(linkify('javascript:alert(1) data:text/html,x ftp://x.example')).toEqual([
      'javascript:alert(1) data:text/html,x ftp://x.example',
    ]);
  });

  it('returns the text unchanged when there is no link', () => {
    expect(linkify('hello')).toEqual(['hello']);
    expect(linkify('')).toEqual([]);
  });
});
