import { describe, expect, it } from 'vitest';
import { exportTranscript } from './export.js';
import type { TranscriptItem } from './schemas.js';

const T0 = Date.UTC(2026, 2, 14, 9, 30, 0);
const time = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const agent = { ParticipantId: 'a1', ParticipantRole: 'AGENT', DisplayName: 'Dana' } as const;
const customer = { ParticipantId: 'c1', ParticipantRole: 'CUSTOMER', DisplayName: 'Sam' } as const;
const EVENT = 'application/vnd.amazonaws.connect.event.';

const msg = (
  id: string,
  content: string,
  who: object,
  minutes: number,
  contentType = 'text/plain',
): TranscriptItem => ({
  Id: id,
  Type: 'MESSAGE',
  ContentType: contentType,
  Content: content,
  AbsoluteTime: time(minutes),
  ...who,
});
const event = (id: string, suffix: string, who: object, minutes: number): TranscriptItem => ({
  Id: id,
  Type: 'EVENT',
  ContentType: `${EVENT}${suffix}`,
  AbsoluteTime: time(minutes),
  ...who,
});

const CHAT: TranscriptItem[] = [
  event('j', 'participant.joined', agent, 0),
  msg('m1', 'Hello, how can I help?', agent, 1),
  msg('m2', 'My order\nhas not arrived', customer, 2),
  { Id: 't', Type: 'TYPING', ContentType: `${EVENT}typing`, AbsoluteTime: time(3), ...agent },
  {
    Id: 'f',
    Type: 'ATTACHMENT',
    AbsoluteTime: time(3),
    Attachments: [
      { AttachmentId: 'x1', AttachmentName: 'receipt.pdf', Status: 'APPROVED' },
      { AttachmentId: 'x2', AttachmentName: 'photo.jpg', Status: 'APPROVED' },
    ],
    ...customer,
  },
  msg(
    'lp',
    JSON.stringify({
      templateType: 'QuickReply',
      data: { content: { title: 'Anything else?', elements: [{ title: 'Yes' }, { title: 'No' }] } },
    }),
    { ...agent, DisplayName: 'BOT', ParticipantRole: 'CUSTOM_BOT' },
    4,
    'application/vnd.amazonaws.connect.message.interactive',
  ),
  msg(
    'pick',
    JSON.stringify({ templateIdentifier: 'q', listTitle: 'Anything else?', selectionText: 'No' }),
    customer,
    5,
  ),
  event('end', 'chat.ended', { ParticipantRole: 'SYSTEM', DisplayName: 'SYSTEM_MESSAGE' }, 6),
  msg('m3', 'I am back', customer, 60),
];

describe('exportTranscript', () => {
  it('writes every message, event and attachment with sender and time as text', () => {
    expect(exportTranscript(CHAT, { locale: 'en-GB', timeZone: 'UTC' })).toBe(
      [
        'Chat transcript',
        '',
        '[14 Mar 2026, 09:30] Dana joined the chat',
        '[14 Mar 2026, 09:31] Dana: Hello, how can I help?',
        '[14 Mar 2026, 09:32] Sam: My order',
        '    has not arrived',
        '[14 Mar 2026, 09:33] Sam: ',
        '    Attachment: receipt.pdf',
        '    Attachment: photo.jpg',
        '[14 Mar 2026, 09:34] Assistant: Anything else?',
        '    Yes',
        '    No',
        '[14 Mar 2026, 09:35] Sam: No',
        '[14 Mar 2026, 09:36] The chat ended',
        '— Previous conversation —',
        '',
        '[14 Mar 2026, 10:30] Sam: I am back',
        '',
      ].join('\n'),
    );
  });

  it('formats times in the locale and time zone, and takes other words', () => {
    const out = exportTranscript(CHAT.slice(0, 2), {
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      labels: { title: 'Chatverlauf', events: { 'participant-joined': '{name} ist beigetreten' } },
    });
    expect(out).toContain('Chatverlauf');
    expect(out).toContain('[14.03.2026, 10:30] Dana ist beigetreten');
  });

  it('writes Markdown with content escaped so that a viewer shows it as text', () => {
    const out = exportTranscript(
      [msg('m', '**not bold** <img src=x onerror=alert(1)> [x](javascript:alert(1))', agent, 0)],
      { format: 'markdown', locale: 'en-GB', timeZone: 'UTC' },
    );
    expect(out).toContain('**Dana** · 14 Mar 2026, 09:30');
    expect(out).toContain(
      '> \\*\\*not bold\\*\\* &lt;img src=x onerror=alert\\(1\\)&gt; \\[x\\]\\(javascript:alert\\(1\\)\\)',
    );
  });

  it('leaves out an interactive message that a newer one with its referenceId replaced', () => {
    const step = (id: string, title: string, minutes: number) =>
      msg(
        id,
        JSON.stringify({
          templateType: 'Panel',
          data: { content: { title, referenceId: 'guide', elements: [] } },
        }),
        agent,
        minutes,
        'application/vnd.amazonaws.connect.message.interactive',
      );
    const out = exportTranscript([step('s1', 'Step one', 0), step('s2', 'Step two', 1)]);
    expect(out).toContain('Step two');
    expect(out).not.toContain('Step one');
  });
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '</title><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '<!--<script>alert(1)//-->',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<a href="javascript:alert(1)">x</a>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<object data="x.swf"></object><embed src="x.swf">',
];
// Every tag the HTML export writes itself; anything else would have come from content.
const OWN_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'h1',
  'ol',
  'ul',
  'li',
  'p',
  'strong',
  'time',
  'hr',
]);

describe('exportTranscript as HTML', () => {
  const hostileItems: TranscriptItem[] = HOSTILE.flatMap((payload, i) => [
    msg(`m${i}`, payload, { ...agent, DisplayName: payload }, i),
    msg(`md${i}`, payload, customer, i, 'text/markdown'),
    {
      Id: `f${i}`,
      Type: 'ATTACHMENT',
      AbsoluteTime: time(i),
      ...customer,
      Attachments: [{ AttachmentId: `a${i}`, AttachmentName: payload, Status: 'APPROVED' }],
    },
    msg(
      `i${i}`,
      JSON.stringify({
        templateType: 'ListPicker',
        data: { content: { title: payload, elements: [{ title: payload }] } },
      }),
      agent,
      i,
      'application/vnd.amazonaws.connect.message.interactive',
    ),
    event(`e${i}`, 'participant.joined', { ...agent, DisplayName: payload }, i),
  ]);
  const html = exportTranscript(hostileItems, {
    format: 'html',
    locale: 'en-GB',
    timeZone: 'UTC',
    labels: { title: '<script>alert("title")</script>' },
  });

  it('is a whole document that allows no script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('holds no markup from content: only its own tags, no event handler, no script', () => {
    const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags.filter((t) => !OWN_TAGS.has(t)))).toEqual(new Set());
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\s(href|src|action)\s*=/i);
  });

  it('shows every payload as text, escaped', () => {
    for (const payload of HOSTILE) {
      const escaped = payload
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
      // Name, text, markdown text, attachment, interactive title and option, event name.
      expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(6);
    }
  });
});
