import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pickedOptions,
  readInteractive,
  readInteractiveResponse,
  updatePicks,
} from './interactive.js';

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

describe('readInteractiveResponse', () => {
  it('reads the chosen title, an element title or plain text', () => {
    expect(readInteractiveResponse('{"data":{"content":{"title":"Billing"}}}')).toBe('Billing');
    expect(readInteractiveResponse('{"data":{"content":{"elements":[{"title":"A"}]}}}')).toBe('A');
    expect(readInteractiveResponse('Yes please')).toBe('Yes please');
  });
  it('never returns JSON', () => {
    expect(readInteractiveResponse('{"data":{}}')).toBeUndefined();
    expect(readInteractiveResponse('{broken')).toBeUndefined();
  });
});

describe('pickedOptions', () => {
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

  it('reads only what changed: the same picks as reading everything, for any pages and live items', () => {
    // Items from a few senders: questions, answers that are options or not, events, the
    // sender's own follow-ups.
    const item = fc.oneof(
      { arbitrary: fc.constant('q'), weight: 2 },
      { arbitrary: fc.constantFrom('Yes', 'No', 'maybe'), weight: 2 },
      { arbitrary: fc.constant('event'), weight: 3 },
      { arbitrary: fc.constant('own'), weight: 3 },
    );
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 40 }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 6 })), { maxLength: 8 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 6 }),
        (kinds, steps, start, size) => {
          const all = kinds.map((k, i) =>
            k === 'q'
              ? quick(`q${i}`)
              : k === 'event'
                ? {
                    Id: `e${i}`,
                    Type: 'EVENT',
                    ContentType: 'application/vnd.amazonaws.connect.event.participant.joined',
                    ParticipantId: 'me',
                  }
                : k === 'own'
                  ? say(`o${i}`, 'Yes', 'bot')
                  : say(`a${i}`, k),
          );
          // The list grows at both ends, as older pages and live items arrive.
          let lo = Math.min(start, all.length);
          let hi = Math.min(all.length, lo + size);
          let state = updatePicks(undefined, all.slice(lo, hi));
          for (const [older, n] of steps) {
            if (older) lo = Math.max(0, lo - n);
            else hi = Math.min(all.length, hi + n);
            const items = all.slice(lo, hi);
            const before = state.picks;
            state = updatePicks(state, items);
            const full = pickedOptions(items);
            expect([...state.picks].sort()).toEqual([...full].sort());
            // Unchanged picks keep the same map.
            const same =
              full.size === before.size && [...full].every(([k, v]) => before.get(k) === v);
            if (same) expect(state.picks).toBe(before);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('answers an older question with a live item when nothing in between closed it', () => {
    const joined = {
      Id: 'e1',
      Type: 'EVENT',
      ContentType: 'application/vnd.amazonaws.connect.event.participant.joined',
    };
    const q1 = quick('q1');
    let state = updatePicks(undefined, [joined]);
    state = updatePicks(state, [q1, joined]);
    state = updatePicks(state, [q1, joined, say('a', 'No')]);
    expect([...state.picks]).toEqual([['q1', 'No']]);
  });
});
