import type { TranscriptItem } from '@connect-transcript/core';
import { describe, expect, it } from 'vitest';
import { pickAt, readInteractive, responseText } from './interactive.js';

const msg = (templateType: string, content: unknown) =>
  JSON.stringify({ templateType, version: '1.0', data: { content } });

describe('readInteractive', () => {
  it('reads a list picker with subtitles', () => {
    expect(
      readInteractive(
        msg('ListPicker', {
          title: 'Pick',
          subtitle: 'one',
          elements: [{ title: 'A', subtitle: 'a' }, { title: 'B' }],
        }),
      ),
    ).toEqual({
      templateType: 'ListPicker',
      title: 'Pick',
      subtitle: 'one',
      options: [
        { title: 'A', subtitle: 'a' },
        { title: 'B', subtitle: undefined },
      ],
      cards: [],
    });
  });

  it("reads a carousel's cards with their own options and identifiers", () => {
    const s = readInteractive(
      msg('Carousel', {
        title: 'Destinations',
        elements: [
          {
            templateIdentifier: 'card-ca',
            templateType: 'Panel',
            data: { content: { title: 'California', elements: [{ title: 'Book flights' }] } },
          },
          { templateType: 'Panel', data: { content: { title: 'Oregon' } } },
        ],
      }),
    );
    expect(s?.options.map((o) => o.title)).toEqual(['California', 'Oregon']);
    expect(s?.cards).toEqual([
      {
        templateIdentifier: 'card-ca',
        title: 'California',
        subtitle: undefined,
        options: [{ title: 'Book flights', subtitle: undefined }],
      },
      { templateIdentifier: undefined, title: 'Oregon', subtitle: undefined, options: [] },
    ]);
  });

  it('reads time slots through the formatter', () => {
    const s = readInteractive(
      msg('TimePicker', {
        title: 'When',
        timeslots: [{ date: '2026-03-03T15:00:00.000Z', duration: 30 }],
      }),
      (start, minutes) => `${start.slice(11, 16)} (${minutes} min)`,
    );
    expect(s?.options).toEqual([{ title: '15:00 (30 min)' }]);
  });

  it('takes only strings and caps the options', () => {
    const s = readInteractive(
      msg('QuickReply', {
        title: 42,
        elements: [
          { title: { evil: true } },
          ...Array.from({ length: 80 }, (_, i) => ({ title: `o${i}` })),
        ],
      }),
    );
    expect(s?.title).toBeUndefined();
    expect(s?.options).toHaveLength(49);
  });

  it.each([
    ['invalid JSON', '{'],
    ['an array', '[]'],
    ['an unknown template', msg('Hologram', { title: 'x' })],
    ['no content', JSON.stringify({ templateType: 'Panel' })],
    ['nothing', undefined],
  ])('gives up on %s', (_, content) => {
    expect(readInteractive(content)).toBeUndefined();
  });
});

describe('responseText', () => {
  const response = (Content: string): TranscriptItem => ({
    Id: 'r',
    Type: 'MESSAGE',
    ContentType: 'application/vnd.amazonaws.connect.message.interactive.response',
    Content,
  });
  it('reads the chosen title, an element title or plain text', () => {
    expect(responseText(response('{"data":{"content":{"title":"Billing"}}}'))).toBe('Billing');
    expect(responseText(response('{"data":{"content":{"elements":[{"title":"A"}]}}}'))).toBe('A');
    expect(responseText(response('  Yes please '))).toBe('Yes please');
  });
  it('reads a Carousel selection', () => {
    const pick = '{"templateIdentifier":"t1","listTitle":"Plans","selectionText":"Premium"}';
    expect(responseText(response(pick))).toBe('Premium');
  });
  it('never returns JSON', () => {
    expect(responseText(response('{"data":{}}'))).toBeUndefined();
    expect(responseText(response('{broken'))).toBeUndefined();
    expect(responseText(response('["a"]'))).toBeUndefined();
  });
});

describe('pickAt', () => {
  // The picks of a whole list, by key.
  const pickedOptions = (items: TranscriptItem[]) =>
    new Map(
      items.flatMap((item, i) => {
        const pick = pickAt(items, i);
        return pick === undefined ? [] : [[item.Id!, pick] as const];
      }),
    );
  const INTERACTIVE = 'application/vnd.amazonaws.connect.message.interactive';
  const quick = (Id: string) => ({
    Id,
    Type: 'MESSAGE',
    ContentType: INTERACTIVE,
    ParticipantId: 'bot',
    Content: JSON.stringify({
      templateType: 'QuickReply',
      data: { content: { title: 'Pick', elements: [{ title: 'Yes' }, { title: 'No' }] } },
    }),
  });
  const say = (Id: string, Content: string, ParticipantId = 'me') => ({
    Id,
    Type: 'MESSAGE',
    ContentType: 'text/plain',
    Content,
    ParticipantId,
  });

  it('finds questions sent as application/json or with a content type in capitals', () => {
    const json = { ...quick('j1'), ContentType: 'application/json; charset=utf-8' };
    const caps = { ...quick('c1'), ContentType: INTERACTIVE.toUpperCase() };
    const picks = pickedOptions([say('x', 'hello'), json, say('a', 'No'), caps, say('b', 'Yes')]);
    expect([...picks]).toEqual([
      ['j1', 'No'],
      ['c1', 'Yes'],
    ]);
  });

  it('pairs the next message from someone else with the option it names', () => {
    const picks = pickedOptions([quick('q1'), say('a', 'Yes'), quick('q2'), say('b', 'No')]);
    expect([...picks]).toEqual([
      ['q1', 'Yes'],
      ['q2', 'No'],
    ]);
  });

  it('does not pair the sender’s own follow-up, nor an answer that is no option', () => {
    expect(pickedOptions([quick('q1'), say('x', 'Yes', 'bot'), say('a', 'Yes')]).get('q1')).toBe(
      'Yes',
    );
    const picks = pickedOptions([quick('q1'), say('a', 'maybe later'), say('b', 'Yes')]);
    expect(picks.has('q1')).toBe(false);
  });

  it('answers a question with a later message when nothing in between closed it', () => {
    const joined = {
      Id: 'e1',
      Type: 'EVENT',
      ContentType: 'application/vnd.amazonaws.connect.event.participant.joined',
    };
    expect(pickAt([quick('q1'), joined], 0)).toBeUndefined();
    expect(pickAt([quick('q1'), joined, say('a', 'No')], 0)).toBe('No');
  });
});
