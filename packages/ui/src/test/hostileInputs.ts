/**
 * Inputs that make parsers slow: the usual pathological markdown cases (the kinds markdown-it
 * tests against: nesting, unclosed brackets and emphasis, long runs of one marker) and the
 * linkifier's worst cases, each at the model's 16,384-character limit. Used by the bounded-work
 * tests and the bench.
 */
export interface HostileInput {
  readonly name: string;
  readonly content: string;
}

export const MAX_CONTENT = 16_384;

/** `unit` repeated to exactly `length` characters. */
export const fill = (unit: string, length = MAX_CONTENT): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** `open`×n + `middle` + `close`×n, as long as the limit allows. */
const nest = (open: string, middle: string, close: string): string => {
  const n = Math.floor((MAX_CONTENT - middle.length) / (open.length + close.length));
  return open.repeat(n) + middle + close.repeat(n);
};

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'nested strong', content: nest('**', 'a', '**') },
  { name: 'nested emphasis', content: nest('*', 'a', '*') },
  { name: 'unclosed emphasis *a**', content: fill('*a**') },
  { name: 'alternating *_', content: fill('*_') },
  { name: 'mixed _a*', content: fill('_a*') },
  { name: 'strong then underscore **_', content: fill('**_') },
  { name: 'strikethrough runs ~~a', content: fill('~~a') },
  { name: 'nested brackets', content: nest('[', 'a', ']') },
  { name: 'nested links [a](', content: fill('[a](') },
  { name: 'unclosed link destinations', content: fill('[a](b ') },
  { name: 'link with many parens', content: `[a](${fill('(', MAX_CONTENT - 5)})` },
  { name: 'images ![](((', content: fill('![](((') },
  { name: 'opening brackets only', content: fill('[') },
  { name: 'empty links [](', content: fill('[](') },
  { name: 'backtick runs `a``', content: fill('`a``') },
  { name: 'one backtick run', content: fill('`') },
  { name: 'backslashes', content: fill('\\') },
  { name: 'escaped asterisks', content: fill('\\*') },
  { name: 'angle autolinks <a@', content: fill('<a@') },
  { name: 'angle brackets <', content: fill('<') },
  { name: 'nested quotes > ', content: fill('> ') },
  { name: 'quote lines >\\n', content: fill('>\n') },
  { name: 'nested lists', content: fill('- ') },
  {
    name: 'deep list indentation',
    content: Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i % 40)}- a`)
      .join('\n')
      .slice(0, MAX_CONTENT),
  },
  { name: 'list items * a', content: fill('* a\n') },
  { name: 'ordered items 1. ', content: fill('1. ') },
  { name: 'empty lines in nested lists', content: fill('- a\n\n  - b\n\n') },
  { name: 'code fences', content: fill('```\n') },
  { name: 'headings', content: fill('# a\n') },
  { name: 'rules', content: fill('---\n') },
  { name: 'trailing spaces', content: fill('a  \n') },
  {
    name: 'URL with nested parens',
    content: `https://a${nest('(', '', ')').slice(0, MAX_CONTENT - 9)}`,
  },
  { name: 'URL with dots', content: `https://a${fill('.', MAX_CONTENT - 10)}x` },
  { name: 'many URLs', content: fill('http://a ') },
  { name: 'URL-like runs', content: fill('http://a') },
  { name: 'e-mail runs a@', content: fill('a@') },
  { name: 'dotted e-mail', content: `${fill('a.', MAX_CONTENT - 1)}@` },
  { name: 'long word', content: fill('a') },
];
