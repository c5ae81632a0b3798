import type { TranscriptItem } from '@connect-transcript/core';
import { describe, expect, it } from 'vitest';
import { generateTranscript } from './generator.js';
import { createParticipantSimulator } from './simulator.js';
import { call, readAll } from './test/call.js';

const ids = (items: readonly TranscriptItem[]) => items.map((i) => i.Id);

/** Items read BACKWARD in ASCENDING pages of 9 → chronological (the first page is the newest). */
const readBackward = (items: readonly TranscriptItem[], total: number): TranscriptItem[] => {
  const pages: TranscriptItem[][] = [];
  let offset = 0;
  let remaining = total;
  while (remaining > 0) {
    const n = Math.min(9, remaining);
    pages.push(items.slice(offset, offset + n));
    offset += n;
    remaining -= n;
  }
  return pages.reverse().flat();
};

describe('GetTranscript', () => {
  it('pages from the newest backwards through the whole transcript by default', async () => {
    const sim = createParticipantSimulator({ seed: 3, scenario: { size: 95 } });
    const token = sim.issueToken(sim.defaultContactId);
    const first = await call(sim.handler, 'transcript', {}, token);
    expect(first.status).toBe(200);
    const page = first.json.Transcript as TranscriptItem[];
    // Default MaxResults 10, DESCENDING: the ten newest, newest first.
    expect(ids(page)).toEqual(ids(sim.items().slice(-10).reverse()));
    const { items, pages } = await readAll(sim.handler, token, {});
    expect(pages).toBe(10);
    expect(ids(items)).toEqual(ids(sim.items().reverse()));
  });

  it('ends the history with NextToken "" and, with the quirk off, with no NextToken', async () => {
    const chat = generateTranscript({ seed: 1, size: 5, persistentHistory: false });
    const on = createParticipantSimulator({ chats: [chat] });
    const a = await call(on.handler, 'transcript', { MaxResults: 10 }, on.issueToken());
    expect(a.json.NextToken).toBe('');
    const off = createParticipantSimulator({
      chats: [chat],
      quirks: { emptyNextTokenAtEnd: false },
    });
    const b = await call(off.handler, 'transcript', { MaxResults: 10 }, off.issueToken());
    expect('NextToken' in b.json).toBe(false);
    expect((b.json.Transcript as unknown[]).length).toBe(5);
  });

  it('orders items inside a page by SortOrder and scans by ScanDirection', async () => {
    const sim = createParticipantSimulator({ seed: 2, scenario: { size: 40 } });
    const token = sim.issueToken();
    const all = sim.items();
    const asc = await call(
      sim.handler,
      'transcript',
      { MaxResults: 5, SortOrder: 'ASCENDING' },
      token,
    );
    expect(ids(asc.json.Transcript as TranscriptItem[])).toEqual(ids(all.slice(-5)));
    const fwd = await readAll(sim.handler, token, {
      ScanDirection: 'FORWARD',
      SortOrder: 'ASCENDING',
      StartPosition: { Id: all[0]!.Id },
      MaxResults: 7,
    });
    expect(ids(fwd.items)).toEqual(ids(all));
  });

  it('starts at an item Id (inclusive) in both directions', async () => {
    const sim = createParticipantSimulator({ seed: 4, scenario: { size: 60 } });
    const token = sim.issueToken();
    const all = sim.items();
    const pivot = all[30]!;
    const fwd = await call(
      sim.handler,
      'transcript',
      { StartPosition: { Id: pivot.Id }, MaxResults: 3, SortOrder: 'ASCENDING' },
      token,
    );
    expect(ids(fwd.json.Transcript as TranscriptItem[])).toEqual(ids(all.slice(30, 33)));
    const back = await call(
      sim.handler,
      'transcript',
      {
        StartPosition: { Id: pivot.Id },
        ScanDirection: 'BACKWARD',
        MaxResults: 3,
        SortOrder: 'ASCENDING',
      },
      token,
    );
    expect(ids(back.json.Transcript as TranscriptItem[])).toEqual(ids(all.slice(28, 31)));
  });

  it('pages on from every kind of StartPosition until the end in its direction', async () => {
    const sim = createParticipantSimulator({ seed: 13, scenario: { size: 120 } });
    const token = sim.issueToken();
    const all = sim.items();
    const cases: [Record<string, unknown>, TranscriptItem[]][] = [
      [{ ScanDirection: 'BACKWARD', StartPosition: { Id: all[70]!.Id } }, all.slice(0, 71)],
      [{ StartPosition: { Id: all[70]!.Id } }, all.slice(70)],
      [{ StartPosition: { MostRecent: 30 } }, all.slice(-30)],
      [{ ScanDirection: 'BACKWARD', StartPosition: { MostRecent: 30 } }, all.slice(0, -30)],
      [
        { ScanDirection: 'BACKWARD', StartPosition: { AbsoluteTime: all[40]!.AbsoluteTime } },
        all.filter((i) => i.AbsoluteTime! <= all[40]!.AbsoluteTime!),
      ],
    ];
    for (const [input, expected] of cases) {
      const { items } = await readAll(sim.handler, token, {
        ...input,
        MaxResults: 9,
        SortOrder: 'ASCENDING',
      });
      const backward = input.ScanDirection === 'BACKWARD';
      // ASCENDING pages; BACKWARD pages come newest page first.
      const chronological = backward ? readBackward(items, expected.length) : items;
      expect(ids(chronological), JSON.stringify(input)).toEqual(ids(expected));
    }
  });

  it('starts at an AbsoluteTime and at MostRecent', async () => {
    const sim = createParticipantSimulator({ seed: 5, scenario: { size: 60 } });
    const token = sim.issueToken();
    const all = sim.items();
    const at = all[20]!.AbsoluteTime!;
    const fwd = await call(
      sim.handler,
      'transcript',
      { StartPosition: { AbsoluteTime: at }, MaxResults: 100, SortOrder: 'ASCENDING' },
      token,
    );
    const got = fwd.json.Transcript as TranscriptItem[];
    expect(got.every((i) => Date.parse(i.AbsoluteTime!) >= Date.parse(at))).toBe(true);
    expect(got.length).toBe(
      all.filter((i) => Date.parse(i.AbsoluteTime!) >= Date.parse(at)).length,
    );
    const recent = await call(
      sim.handler,
      'transcript',
      { StartPosition: { MostRecent: 4 }, SortOrder: 'ASCENDING' },
      token,
    );
    expect(ids(recent.json.Transcript as TranscriptItem[])).toEqual(ids(all.slice(-4)));
    expect(recent.json.NextToken).toBe('');
  });

  it('treats StartPosition {} as "from the newest", as chatjs sends it', async () => {
    const sim = createParticipantSimulator({ seed: 6, scenario: { size: 30 } });
    const token = sim.issueToken();
    const a = await call(
      sim.handler,
      'transcript',
      { StartPosition: {}, MaxResults: 15, SortOrder: 'ASCENDING' },
      token,
    );
    expect(ids(a.json.Transcript as TranscriptItem[])).toEqual(ids(sim.items().slice(-15)));
    const strict = createParticipantSimulator({
      seed: 6,
      scenario: { size: 30 },
      quirks: { emptyStartPositionMeansNewest: false },
    });
    const b = await call(strict.handler, 'transcript', { StartPosition: {} }, strict.issueToken());
    expect(b.status).toBe(400);
  });

  it('rejects FORWARD without a StartPosition, or reads from the start with the quirk switched', async () => {
    const sim = createParticipantSimulator({ seed: 7, scenario: { size: 30 } });
    const a = await call(sim.handler, 'transcript', { ScanDirection: 'FORWARD' }, sim.issueToken());
    expect(a.status).toBe(400);
    expect(a.headers.get('x-amzn-ErrorType')).toBe('ValidationException');
    expect(String(a.json.message)).toMatch(/scanDirection/);
    const lax = createParticipantSimulator({
      seed: 7,
      scenario: { size: 30 },
      quirks: { forwardWithoutStartPosition: 'fromStart' },
    });
    const b = await call(
      lax.handler,
      'transcript',
      { ScanDirection: 'FORWARD', SortOrder: 'ASCENDING', MaxResults: 3 },
      lax.issueToken(),
    );
    expect(ids(b.json.Transcript as TranscriptItem[])).toEqual(ids(lax.items().slice(0, 3)));
  });

  it.each([
    [{ MaxResults: 101 }, /maxResults/],
    [{ MaxResults: -1 }, /maxResults/],
    [{ MaxResults: 2.5 }, /maxResults/],
    [{ NextToken: '' }, /nextToken/],
    [{ NextToken: 'x'.repeat(1001) }, /nextToken/],
    [{ ContactId: '' }, /contactId/],
    [{ ContactId: 'c'.repeat(257) }, /contactId/],
    [{ ScanDirection: 'SIDEWAYS' }, /scanDirection/],
    [{ SortOrder: 'random' }, /sortOrder/],
    [{ StartPosition: { Id: 'a', MostRecent: 1 } }, /startPosition/],
    [{ StartPosition: { AbsoluteTime: '2019-11-08 02:41:28' } }, /startPosition\.absoluteTime/],
    [{ StartPosition: { MostRecent: 101 } }, /startPosition\.mostRecent/],
    [{ Bogus: 1 }, /bogus/],
    ['not json', /json/],
    ['[1,2]', /json/],
  ])('answers 400 ValidationException naming the field for %j', async (body, field) => {
    const sim = createParticipantSimulator({ seed: 1, scenario: { size: 20 } });
    const a = await call(sim.handler, 'transcript', body, sim.issueToken());
    expect(a.status).toBe(400);
    expect(a.headers.get('x-amzn-ErrorType')).toBe('ValidationException');
    expect(a.headers.get('content-type')).toBe('application/json');
    expect(a.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.json.message).toMatch(field);
  });

  it('binds a NextToken to its query: other params or a forged token answer 400, MaxResults may change', async () => {
    const sim = createParticipantSimulator({ seed: 8, scenario: { size: 50 } });
    const token = sim.issueToken();
    const first = await call(
      sim.handler,
      'transcript',
      { MaxResults: 5, SortOrder: 'ASCENDING' },
      token,
    );
    const next = first.json.NextToken as string;
    expect(next.length).toBeGreaterThan(0);
    expect(next).not.toContain(token);
    for (const change of [
      { SortOrder: 'DESCENDING' },
      { SortOrder: 'ASCENDING', ScanDirection: 'FORWARD', StartPosition: { MostRecent: 3 } },
      { SortOrder: 'ASCENDING', ContactId: sim.contactIds[1] },
    ]) {
      const a = await call(
        sim.handler,
        'transcript',
        { MaxResults: 5, NextToken: next, ...change },
        token,
      );
      expect(a.status, JSON.stringify(change)).toBe(400);
      expect(a.json.message).toMatch(/nextToken/);
    }
    const forged = `${next.slice(0, -2)}00`;
    expect(
      (await call(sim.handler, 'transcript', { SortOrder: 'ASCENDING', NextToken: forged }, token))
        .status,
    ).toBe(400);
    expect(
      (
        await call(
          sim.handler,
          'transcript',
          { SortOrder: 'ASCENDING', NextToken: 'garbage' },
          token,
        )
      ).status,
    ).toBe(400);
    const bigger = await call(
      sim.handler,
      'transcript',
      { MaxResults: 20, SortOrder: 'ASCENDING', NextToken: next },
      token,
    );
    expect(ids(bigger.json.Transcript as TranscriptItem[])).toEqual(
      ids(sim.items().slice(-25, -5)),
    );
  });
});

describe('tokens', () => {
  it('answers 403 AccessDeniedException without a token, with an unknown one, after revoke and after the chat ends', async () => {
    const sim = createParticipantSimulator({ seed: 1, scenario: { size: 20 } });
    const expectDenied = async (token?: string) => {
      const a = await call(sim.handler, 'transcript', {}, token);
      expect(a.status).toBe(403);
      expect(a.headers.get('x-amzn-ErrorType')).toBe('AccessDeniedException');
      expect(typeof a.json.message).toBe('string');
    };
    await expectDenied();
    await expectDenied('not-a-token');
    const revoked = sim.issueToken();
    expect((await call(sim.handler, 'transcript', {}, revoked)).status).toBe(200);
    sim.revokeToken(revoked);
    await expectDenied(revoked);
    const live = sim.issueToken();
    sim.endChat(sim.defaultContactId);
    await expectDenied(live);
  });

  it('reads the bearer header case-insensitively and accepts a chosen token value', async () => {
    const sim = createParticipantSimulator({ seed: 1, scenario: { size: 20 } });
    sim.issueToken(sim.defaultContactId, { token: 'my-test-token' });
    const response = await sim.handler('https://x.test/participant/transcript', {
      method: 'POST',
      headers: { 'X-AMZ-BEARER': 'my-test-token' },
      body: '{}',
    });
    expect(response.status).toBe(200);
  });
});

describe('persistent chat', () => {
  it('continues past the current contact into previous contacts, whose items carry RelatedContactId', async () => {
    const sim = createParticipantSimulator({
      seed: 9,
      scenario: { size: 100, persistentHistory: 2 },
    });
    const token = sim.issueToken();
    const { items } = await readAll(sim.handler, token, {
      MaxResults: 100,
      SortOrder: 'ASCENDING',
    });
    expect(items.length).toBe(100);
    const [current, previous1, previous2] = sim.contactIds;
    const related = new Set(items.map((i) => i.RelatedContactId).filter(Boolean));
    expect(related).toEqual(new Set([previous1, previous2]));
    expect(items.filter((i) => i.ContactId === current).length).toBe(60);
    const past = await readAll(sim.handler, token, {
      ContactId: previous1,
      MaxResults: 100,
      SortOrder: 'ASCENDING',
    });
    expect(past.items.every((i) => i.RelatedContactId)).toBe(true);
    const first = await call(sim.handler, 'transcript', { ContactId: previous1 }, token);
    expect(first.json.InitialContactId).toBe(previous1);
  });

  it('answers a contact outside the token chain with an empty transcript (observed) or 403 by quirk', async () => {
    const chats = [
      generateTranscript({ seed: 1, size: 20 }),
      generateTranscript({ seed: 2, size: 20 }),
    ];
    const sim = createParticipantSimulator({ chats });
    const a = await call(
      sim.handler,
      'transcript',
      { ContactId: chats[1]!.contactId },
      sim.issueToken(),
    );
    expect(a.status).toBe(200);
    expect(a.json.Transcript).toEqual([]);
    expect(a.json.NextToken).toBe('');
    const strict = createParticipantSimulator({
      chats,
      quirks: { foreignContactId: 'accessDenied' },
    });
    const b = await call(strict.handler, 'transcript', { ContactId: 'nope' }, strict.issueToken());
    expect(b.status).toBe(403);
  });
});

describe('live appends', () => {
  it('fills Id and AbsoluteTime from the sim clock and serves the new items first', async () => {
    const sim = createParticipantSimulator({ seed: 1, scenario: { size: 20 } });
    sim.advance(5000);
    const [stored] = sim.append(sim.defaultContactId, {
      Type: 'MESSAGE',
      Content: 'new!',
      ContentType: 'text/plain',
    });
    expect(stored!.Id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored!.AbsoluteTime).toBe(new Date(sim.now()).toISOString());
    const a = await call(sim.handler, 'transcript', { MaxResults: 1 }, sim.issueToken());
    expect((a.json.Transcript as TranscriptItem[])[0]!.Content).toBe('new!');
  });

  it('never duplicates or skips an item when items arrive while paging backwards', async () => {
    const sim = createParticipantSimulator({ seed: 11, scenario: { size: 200 } });
    const token = sim.issueToken();
    const before = ids(sim.items());
    const { items } = await readAll(sim.handler, token, { MaxResults: 7 }, () => {
      sim.append(sim.defaultContactId, {
        Type: 'MESSAGE',
        Content: 'live',
        ContentType: 'text/plain',
      });
    });
    expect(ids(items).reverse()).toEqual(before);
  });
});

describe('request log', () => {
  it('records operation, parsed input and status, never the token', async () => {
    const sim = createParticipantSimulator({ seed: 1, scenario: { size: 20 } });
    const token = sim.issueToken();
    await call(sim.handler, 'transcript', { MaxResults: 2 }, token);
    await call(sim.handler, 'transcript', { MaxResults: 200 }, token);
    expect(sim.requests.map((r) => [r.operation, r.input, r.status])).toEqual([
      ['GetTranscript', { MaxResults: 2 }, 200],
      ['GetTranscript', { MaxResults: 200 }, 400],
    ]);
    expect(JSON.stringify(sim.requests)).not.toContain(token);
    sim.resetRequests();
    expect(sim.requests).toEqual([]);
  });
});
