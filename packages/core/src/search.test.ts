import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TranscriptItem } from './schemas.js';
import { foldForSearch, searchTranscript } from './search.js';

const text = (
  id: string,
  content: string,
  extra: Partial<TranscriptItem> = {},
): TranscriptItem => ({
  Id: id,
  Type: 'MESSAGE',
  ContentType: 'text/plain',
  Content: content,
  ParticipantId: 'p1',
  DisplayName: 'Zoë Agent',
  ...extra,
});
const INTERACTIVE = 'application/vnd.amazonaws.connect.message.interactive';
const picker: TranscriptItem = {
  Id: 'lp',
  Type: 'MESSAGE',
  ContentType: INTERACTIVE,
  Content: JSON.stringify({
    templateType: 'ListPicker',
    version: '1.0',
    data: {
      content: {
        title: 'Which department?',
        elements: [{ title: 'Billing' }, { title: 'Technical support', subtitle: 'Outages' }],
      },
    },
  }),
};
const carouselPick = text(
  'pick',
  JSON.stringify({ templateIdentifier: 't1', listTitle: 'Plans', selectionText: 'Premium plan' }),
);
const file: TranscriptItem = {
  Id: 'file',
  Type: 'ATTACHMENT',
  Attachments: [{ AttachmentId: 'a1', AttachmentName: 'Rechnung-März.pdf', Status: 'APPROVED' }],
};
const typing: TranscriptItem = {
  Id: 'typing',
  Type: 'TYPING',
  ContentType: 'application/vnd.amazonaws.connect.event.typing',
  Content: 'order',
};

const found = (items: TranscriptItem[], q: string, options = {}) =>
  searchTranscript(items, q, options).map((h) => [
    h.key,
    h.field,
    h.ranges.map(([s, e]) => h.text.slice(s, e)),
  ]);

describe('searchTranscript', () => {
  it('matches case- and accent-insensitively, with ranges in the text as written', () => {
    const items = [text('m1', 'Your ORDER number is 42; the order ships from München.')];
    expect(found(items, 'order')).toEqual([['m1', 'text', ['ORDER', 'order']]]);
    expect(found(items, 'munchen')).toEqual([['m1', 'text', ['München']]]);
    expect(found(items, 'MÜNCHEN')).toEqual([['m1', 'text', ['München']]]);
  });

  it('finds accents written as combining marks, and compatibility forms', () => {
    const decomposed = 'Cafe\u0301 au lait';
    expect(found([text('m1', decomposed)], 'café')).toEqual([['m1', 'text', ['Cafe\u0301']]]);
    expect(found([text('m2', 'the ﬁle')], 'file')).toEqual([['m2', 'text', ['ﬁle']]]);
    expect(found([text('m3', 'ＡＢＣ123')], 'abc')).toEqual([['m3', 'text', ['ＡＢＣ']]]);
  });

  it('folds case for the locale', () => {
    const items = [text('m1', 'İstanbul')];
    expect(found(items, 'istanbul', { locale: 'tr-TR' })).toEqual([['m1', 'text', ['İstanbul']]]);
  });

  it('matches a phrase across any run of white space', () => {
    expect(found([text('m1', 'the order\n  number is')], 'order number')).toEqual([
      ['m1', 'text', ['order\n  number']],
    ]);
    expect(found([text('m1', 'the order')], '  ORDER  ')).toEqual([['m1', 'text', ['order']]]);
  });

  it('searches interactive titles and options, picks and attachment names, never raw JSON', () => {
    const items = [picker, carouselPick, file];
    expect(found(items, 'support')).toEqual([['lp', 'interactive', ['support']]]);
    expect(found(items, 'department')).toEqual([['lp', 'interactive', ['department']]]);
    expect(found(items, 'premium')).toEqual([['pick', 'interactive', ['Premium']]]);
    expect(found(items, 'marz')).toEqual([['file', 'attachment', ['März']]]);
    expect(found(items, 'templateType')).toEqual([]);
    const carousel: TranscriptItem = {
      ...picker,
      Id: 'car',
      Content: JSON.stringify({
        templateType: 'Carousel',
        data: {
          content: {
            title: 'Where to?',
            elements: [
              { data: { content: { title: 'Oregon', elements: [{ title: 'Hotels in Oregon' }] } } },
            ],
          },
        },
      }),
    };
    expect(found([carousel], 'hotels')).toEqual([['car', 'interactive', ['Hotels']]]);
    expect(found(items, 'selectionText')).toEqual([]);
  });

  it('skips control items, and names only when asked', () => {
    expect(found([typing], 'order')).toEqual([]);
    expect(found([text('m1', 'hello')], 'zoe')).toEqual([]);
    expect(found([text('m1', 'hello')], 'zoe', { names: true })).toEqual([['m1', 'name', ['Zoë']]]);
  });

  it('finds events by the words they are read with, sentinel names as their role', () => {
    const event = (id: string, contentType: string, extra: Partial<TranscriptItem> = {}) =>
      ({ Id: id, Type: 'EVENT', ContentType: contentType, ...extra }) as TranscriptItem;
    const items = [
      event('j', 'application/vnd.amazonaws.connect.event.participant.joined', {
        DisplayName: 'Maya Lindqvist',
        ParticipantRole: 'CUSTOMER',
      }),
      event('t', 'application/vnd.amazonaws.connect.event.transfer.succeeded'),
      event('b', 'application/vnd.amazonaws.connect.event.participant.left', {
        DisplayName: 'BOT',
        ParticipantRole: 'SYSTEM',
      }),
    ];
    expect(found(items, 'transferred')).toEqual([['t', 'event', ['transferred']]]);
    expect(found(items, 'lindqvist joined')).toEqual([['j', 'event', ['Lindqvist joined']]]);
    expect(found(items, 'assistant left')).toEqual([['b', 'event', ['Assistant left']]]);
    // A sentinel is never what is found.
    expect(found(items, 'bot')).toEqual([]);
    expect(found(items, 'transferred', { events: false })).toEqual([]);
    // In the view's words: the same labels give the same lines.
    const german = { events: { 'transfer-succeeded': 'Der Chat wurde weitergeleitet' } };
    expect(found(items, 'weitergeleitet', { labels: german })).toEqual([
      ['t', 'event', ['weitergeleitet']],
    ]);
    expect(found(items, 'transferred', { labels: german })).toEqual([]);
    // Folds made with one set of words are not read with another.
    expect(found(items, 'transferred')).toEqual([['t', 'event', ['transferred']]]);
  });

  it('finds nothing for a blank query and keeps the order and index of items', () => {
    const items = [text('a', 'x order'), text('b', 'nothing'), text('c', 'order y')];
    expect(searchTranscript(items, '   ')).toEqual([]);
    expect(searchTranscript(items, 'order').map((h) => [h.key, h.index])).toEqual([
      ['a', 0],
      ['c', 2],
    ]);
  });

  it('finds every occurrence a plain substring search finds, on any ASCII text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'A') }),
        fc.constantFrom('a', 'ab', 'ba', 'b'),
        (s, q) => {
          const hits = searchTranscript([text('m', s)], q);
          const lower = s.toLowerCase();
          let expected = 0;
          for (let i = lower.indexOf(q); i !== -1; i = lower.indexOf(q, i + q.length)) expected++;
          const ranges = hits[0]?.ranges ?? [];
          // Adjacent matches merge into one range; each range covers whole matches.
          const covered = ranges.reduce((n, [a, b]) => n + (b - a), 0);
          expect(covered).toBe(expected * q.length);
          for (const [a, b] of ranges) expect(lower.slice(a, b)).toContain(q);
        },
      ),
    );
  });
});

describe('foldForSearch', () => {
  it('maps every folded unit back to where it came from', () => {
    const { folded, from } = foldForSearch('Ärger 😀 ß');
    expect(folded).toBe('arger 😀 ß');
    expect(from).toHaveLength(folded.length + 1);
    expect(from.at(-1)).toBe('Ärger 😀 ß'.length);
    expect(from.slice(0, 2)).toEqual([0, 1]);
  });
});
