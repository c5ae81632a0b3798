import type { TranscriptItem } from '@connect-transcript/core';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { agent, attachment, event, message } from '../test/items.js';
import { renderRows } from '../test/renderRows.js';
import { linkify } from './links.js';
import { parseMarkdown } from './markdown.js';

afterEach(cleanup);

const MD = 'text/markdown';
const INTERACTIVE = 'application/vnd.amazonaws.connect.message.interactive';
const big = (unit: string) => unit.repeat(Math.ceil(16_384 / unit.length)).slice(0, 16_384);

interface Case {
  readonly name: string;
  readonly item: TranscriptItem;
  /** Text that must be visible as text (defaults to the whole content for plain text). */
  readonly visible: string;
}

const plain = (name: string, content: string): Case => ({
  name,
  item: message(content, agent),
  visible: content,
});
const md = (name: string, content: string, visible: string): Case => ({
  name,
  item: message(content, agent, { ContentType: MD }),
  visible,
});

const CORPUS: Case[] = [
  plain('script tag', '<script>alert(1)</script>'),
  plain('img onerror', '<img src=x onerror=alert(1)>'),
  plain('svg onload', '<svg onload=alert(1)><circle r="9"/></svg>'),
  plain('iframe javascript', '<iframe src="javascript:alert(1)"></iframe>'),
  plain('anchor javascript', '<a href="javascript:alert(1)">click</a>'),
  plain('bare javascript: url', 'javascript:alert(1)'),
  plain('mixed-case scheme', 'JaVaScRiPt:alert(document.cookie)'),
  plain('data url', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
  plain('vbscript url', 'vbscript:msgbox(1)'),
  plain(
    'html entities',
    '&lt;script&gt;alert(1)&lt;/script&gt; &#106;avascript:alert(1) &#x3C;b&#x3E;',
  ),
  plain('attribute breakout in autolink', 'https://example.com/"onmouseover="alert(1)'),
  plain('script in autolink path', 'http://evil.example/<script>alert(1)</script>'),
  plain('bidi override', 'invoice\u202Efdp.exe and \u2066isolate\u2069 \u200F'),
  plain('object and embed', '<object data="x.swf"></object><embed src="x.swf">'),
  plain('mathml xlink', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'),
  plain('style tag', '<style>*{display:none}</style><div style="position:fixed">x</div>'),
  plain('16,384-char handler soup', big('<b onclick=alert(1)>x</b>')),
  plain('mailto with markup', 'mailto:a@example.com?body=<script>alert(1)</script>'),
  plain('www autolink with markup', 'www.example.com/?q=<img src=x onerror=alert(1)>'),
  plain('whitespace-obfuscated scheme', 'java\tscript:alert(1) java\nscript:alert(1)'),
  md('markdown javascript link', '[click](javascript:alert(1))', 'click'),
  md('markdown mixed-case link', '[click me](JaVaScRiPt:alert(1))', 'click me'),
  md('markdown leading-space link', '[spaced](   javascript:alert(1))', 'spaced'),
  md('markdown tab-split scheme', '[tabbed](java\tscript:alert(1))', 'tabbed'),
  md('markdown data link', '[data](data:text/html,<script>alert(1)</script>)', 'data'),
  md('markdown vbscript link', '[vb](vbscript:msgbox(1))', 'vb'),
  md('markdown image javascript', '![pic](javascript:alert(1))', 'pic'),
  md(
    'markdown image attribute breakout',
    '![pic2](https://example.com/x.png" onerror="alert(1))',
    'pic2',
  ),
  md('markdown raw script', 'hi <script>alert(1)</script>', '<script>alert(1)</script>'),
  md('markdown raw img', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'),
  md('markdown entity-encoded scheme', '[ent](&#106;avascript:alert(1))', 'ent'),
  md('markdown angle autolink', '<javascript:alert(1)>', 'alert(1)'),
  md('markdown protocol-relative', '[rel](//evil.example/x)', 'rel'),
  md('broken markdown', '**unclosed [x](javascript:alert(1)\n\n* [', 'unclosed'),
  md('deep quotes', `${'> '.repeat(3000)}<script>alert(1)</script>`, 'alert(1)'),
  md('title injection', '[t](https://example.com "a\\" onclick=\\"alert(1)")', 't'),
  md('code with markup', '`<script>alert(1)</script>`', '<script>alert(1)</script>'),
  md(
    'list of hostile links',
    '- [a](javascript:alert(1))\n- <iframe src=x>\n- [b](https://ok.example)',
    '<iframe src=x>',
  ),
  md('16,384 brackets', big('[a]('), big('[a](')),
  // Past the element budget the rest is text, markers and all.
  md('16,384 emphasis', big('*_'), '*_*_*_*_*_*_*_*_'),
  md('4,096 brackets', big('[a](').slice(0, 4096), '[a]([a]('),
  md('4,096 backticks', big('`').slice(0, 4096), '````'),
  {
    name: 'hostile interactive JSON',
    item: message(
      JSON.stringify({
        templateType: 'ListPicker',
        data: {
          content: {
            title: '<script>alert(1)</script>',
            subtitle: '<img src=x onerror=alert(1)>',
            imageData: 'javascript:alert(1)',
            elements: [
              {
                title: '<svg onload=alert(1)>',
                imageData: 'data:image/svg+xml,<svg onload=alert(1)>',
              },
              { title: { toString: 'x' } },
            ],
          },
        },
      }),
      agent,
      { ContentType: INTERACTIVE },
    ),
    visible: '<svg onload=alert(1)>',
  },
  {
    name: 'interactive JSON of the wrong shape',
    item: message('{"templateType":{"__proto__":{"x":1}},"data":"<script>"}', agent, {
      ContentType: INTERACTIVE,
    }),
    visible: 'Interactive message',
  },
  {
    name: 'hostile DisplayName on a message',
    item: message('hi', { ...agent, DisplayName: '<img src=x onerror=alert(1)>\u202E' }),
    visible: '<img src=x onerror=alert(1)>',
  },
  {
    name: 'hostile DisplayName on an event',
    item: event('participant.joined', { ...agent, DisplayName: '<script>alert(1)</script>' }),
    visible: '<script>alert(1)</script> joined the chat',
  },
  {
    name: 'hostile AttachmentName and content type',
    item: attachment('<svg onload=alert(1)>.pdf\u202Efdp.exe', 'image/svg+xml', 'APPROVED'),
    visible: '<svg onload=alert(1)>.pdf',
  },
  {
    name: 'attachment name with javascript scheme',
    item: attachment('javascript:alert(1)', 'text/html', 'REJECTED'),
    visible: 'javascript:alert(1)',
  },
];

function assertInert(root: HTMLElement) {
  // Our own icons are CSS, so no svg at all.
  expect(
    root.querySelectorAll('script,iframe,object,embed,img,svg,style,math,link,meta,form,input'),
  ).toHaveLength(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      expect(attr.name.toLowerCase()).not.toBe('style');
      expect(attr.name.toLowerCase()).not.toBe('src');
    }
  }
  for (const el of root.querySelectorAll('[href]')) {
    expect(el.getAttribute('href')).toMatch(/^(https?:|mailto:)/);
    expect(el.getAttribute('rel')).toBe('noopener noreferrer');
  }
}

describe('security corpus', () => {
  it('has at least 30 hostile contents', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CORPUS)('renders $name as inert, visible text', ({ item, visible }) => {
    const { container } = renderRows([item], { onAttachmentOpen: () => {} });
    assertInert(container);
    expect(container.textContent).toContain(visible);
    const row = container.querySelector('.ct-Row')!;
    expect(row.getAttribute('aria-label')?.length).toBeGreaterThan(0);
    expect(row.getAttribute('aria-label')!.length).toBeLessThan(400);
  });

  it('renders the whole corpus together, each in its own row', () => {
    const { container } = renderRows(
      CORPUS.map((c) => c.item),
      { onAttachmentOpen: () => {} },
    );
    assertInert(container);
    expect(container.querySelectorAll('.ct-Row')).toHaveLength(CORPUS.length);
  });

  it('keeps links that are safe', () => {
    const { container } = renderRows([
      message('see https://example.com/a_(b) and mail me@example.com', agent),
      message('[ok](https://example.com/ok) [m](mailto:x@example.com)', agent, { ContentType: MD }),
    ]);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://example.com/a_(b)',
      'mailto:me@example.com',
      'https://example.com/ok',
      'mailto:x@example.com',
    ]);
  });

  it('isolates names and event lines in <bdi>, so a bidi control cannot reorder what follows', () => {
    const name = 'Ana\u202Eexe.';
    const { container } = renderRows(
      [
        message('hi', { ...agent, DisplayName: name }),
        event('participant.joined', { ...agent, DisplayName: name }),
        attachment(`${name}pdf`),
      ],
      { onAttachmentOpen: () => {} },
    );
    const isolated = (selector: string) => {
      const el = container.querySelector(selector);
      expect(el?.tagName, selector).toBe('BDI');
      return el?.textContent;
    };
    expect(isolated('.ct-Message-sender')).toBe(name);
    expect(isolated('.ct-Event-text')).toBe(`${name} joined the chat`);
    expect(isolated('.ct-Attachment-name')).toBe(`${name}pdf`);
  });

  it('parses and linkifies adversarial input quickly', () => {
    const inputs = [
      ...['[a](', '![](((', '`', '~', '[', '<a@', '*_', '1. ', '_a*'].map((u) =>
        big(u).slice(0, 4096),
      ),
      big('[a]('),
      big('*_'),
      big('a.'),
      big('a@'),
      big('http://a'),
      big('> '),
      big('`'),
      big('![](('),
      big('- '),
    ];
    for (const input of inputs) {
      const started = performance.now();
      parseMarkdown(input);
      linkify(input);
      // Generous for a loaded CI machine; a quadratic regex takes seconds here.
      expect(performance.now() - started, input.slice(0, 10)).toBeLessThan(1000);
    }
  });
});
