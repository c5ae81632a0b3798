import {
  isRowItem,
  renderKey,
  type TranscriptItem,
  TYPING_TIMEOUT_MS,
} from '@connect-transcript/core';
import { focusManager } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Harness, setup } from './test/setup.js';
import { type UseTranscriptOptions, useTranscript } from './useTranscript.js';

const ids = (items: readonly TranscriptItem[]) => items.map((i) => i.Id);
const rows = (h: Harness) => h.sim.items().filter(isRowItem);

function mount(h: Harness, options: UseTranscriptOptions = {}) {
  return renderHook((props: UseTranscriptOptions) => useTranscript(props), {
    wrapper: h.wrapper,
    initialProps: { client: h.client, ...options },
  });
}

/** Runs `fn` in act and lets TanStack's batched notifications (a 0 ms timeout) render. */
async function run(fn: () => Promise<unknown>) {
  await act(async () => {
    await fn();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function loaded(h: Harness, options?: UseTranscriptOptions) {
  const view = mount(h, options);
  await waitFor(() => expect(view.result.current.status).toBe('success'));
  return view;
}

async function readToStart(view: Awaited<ReturnType<typeof loaded>>) {
  for (let guard = 0; view.result.current.hasOlder && guard < 100; guard++) {
    await run(() => view.result.current.fetchOlder());
  }
}

describe('useTranscript: paging', () => {
  it('opens at the newest page: no StartPosition, BACKWARD, oldest first inside the page', async () => {
    const h = setup();
    const view = await loaded(h);
    const expected = rows(h).slice(-30);
    // The newest 30 stored items, minus control items, in chronological order.
    const newest30 = h.sim.items().slice(-30).filter(isRowItem);
    expect(ids(view.result.current.items)).toEqual(ids(newest30));
    expect(ids(view.result.current.items).at(-1)).toBe(expected.at(-1)?.Id);
    expect(h.transcriptRequests()).toHaveLength(1);
    expect(h.calls[0]?.body).toEqual({
      MaxResults: 30,
      SortOrder: 'ASCENDING',
      ScanDirection: 'BACKWARD',
    });
    expect(view.result.current.hasOlder).toBe(true);
    expect(view.result.current.hasNewer).toBe(false);
  });

  it('reaches the start with fetchOlder, then says so and never asks again', async () => {
    const h = setup();
    const view = await loaded(h, { pageSize: 40 });
    await readToStart(view);
    const all = h.sim.items();
    expect(ids(view.result.current.items)).toEqual(ids(all.filter(isRowItem)));
    expect(view.result.current.hasOlder).toBe(false);
    const pages = Math.ceil(all.length / 40);
    expect(h.transcriptRequests()).toHaveLength(pages);
    await run(() => view.result.current.fetchOlder());
    await run(() => view.result.current.fetchOlder());
    expect(h.transcriptRequests()).toHaveLength(pages);
    expect(view.result.current.query.isFetching).toBe(false);
  });

  it('ends on a missing NextToken as on an empty one', async () => {
    const h = setup({ quirks: { emptyNextTokenAtEnd: false }, scenario: { size: 50 } });
    const view = await loaded(h, { pageSize: 30 });
    await run(() => view.result.current.fetchOlder());
    expect(view.result.current.hasOlder).toBe(false);
    expect(h.transcriptRequests()).toHaveLength(2);
    await run(() => view.result.current.fetchOlder());
    expect(h.transcriptRequests()).toHaveLength(2);
  });

  it('sends one request for concurrent fetchOlder calls and hands back the same promise', async () => {
    const h = setup({ latencyMs: 100 });
    const view = await loaded(h);
    h.sim.resetRequests();
    let a: Promise<unknown> | undefined;
    let b: Promise<unknown> | undefined;
    let c: Promise<unknown> | undefined;
    await act(async () => {
      a = view.result.current.fetchOlder();
      b = view.result.current.fetchOlder();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(view.result.current.isFetchingOlder).toBe(true);
    act(() => {
      c = view.result.current.fetchOlder();
    });
    expect(b).toBe(a);
    expect(c).toBe(a);
    await run(() => Promise.all([a, b, c]));
    expect(h.transcriptRequests()).toHaveLength(1);
    expect(view.result.current.items.length).toBeGreaterThan(30 - 10);
  });

  it('aborts the HTTP request of an older page when the component unmounts', async () => {
    const h = setup({ latencyMs: 200 });
    const view = await loaded(h);
    act(() => {
      void view.result.current.fetchOlder();
    });
    await waitFor(() => expect(h.calls).toHaveLength(2));
    expect(h.calls[1]?.signal?.aborted).toBe(false);
    view.unmount();
    expect(h.calls[1]?.signal?.aborted).toBe(true);
  });

  it('loads the page of a jump target, then older and newer pages without duplicates', async () => {
    const h = setup();
    const all = h.sim.items();
    const target = all[100] as TranscriptItem;
    const view = await loaded(h, { startAt: { Id: target.Id as string }, pageSize: 25 });
    expect(h.calls[0]?.body).toMatchObject({
      ScanDirection: 'FORWARD',
      StartPosition: { Id: target.Id },
    });
    expect(view.result.current.items[0]?.Id).toBe(all.slice(100).find(isRowItem)?.Id);
    expect(view.result.current.hasNewer).toBe(true);
    expect(view.result.current.hasOlder).toBe(true);
    for (let guard = 0; view.result.current.hasNewer && guard < 50; guard++) {
      await run(() => view.result.current.fetchNewer());
    }
    await readToStart(view);
    const got = ids(view.result.current.items);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toEqual(ids(all.filter(isRowItem)));
    expect(view.result.current.hasNewer).toBe(false);
    expect(view.result.current.hasOlder).toBe(false);
  });

  it('jumps to a time as well', async () => {
    const h = setup();
    const at = h.sim.items()[150]?.AbsoluteTime as string;
    const view = await loaded(h, { startAt: { AbsoluteTime: at } });
    const first = view.result.current.items[0]?.AbsoluteTime as string;
    expect(Date.parse(first)).toBeGreaterThanOrEqual(Date.parse(at));
    await run(() => view.result.current.fetchOlder());
    expect(
      view.result.current.items.some((i) => Date.parse(i.AbsoluteTime as string) < Date.parse(at)),
    ).toBe(true);
  });

  it('refetches only the newest page and keeps every loaded item', async () => {
    const h = setup();
    const view = await loaded(h);
    await run(() => view.result.current.fetchOlder());
    await run(() => view.result.current.fetchOlder());
    const before = ids(view.result.current.items);
    const [added] = h.sim.append(h.sim.defaultContactId, {
      Type: 'MESSAGE',
      ContentType: 'text/plain',
      Content: 'new while away',
      ParticipantRole: 'AGENT',
      ParticipantId: 'agent-1',
    });
    h.sim.resetRequests();
    await run(() => view.result.current.refetch());
    expect(h.transcriptRequests()).toHaveLength(1);
    expect(ids(view.result.current.items)).toEqual([...before, added?.Id]);
    // The older chain is intact: the next older page follows on.
    await run(() => view.result.current.fetchOlder());
    expect(view.result.current.items.length).toBeGreaterThan(before.length + 1);
    const got = ids(view.result.current.items);
    expect(new Set(got).size).toBe(got.length);
  });
  it('keeps a maxPages window: older pages drop the newest, which reload with fetchNewer', async () => {
    const h = setup();
    const view = await loaded(h, { pageSize: 20, maxPages: 3 });
    const newest = ids(view.result.current.items);
    for (let i = 0; i < 4; i++) await run(() => view.result.current.fetchOlder());
    expect(view.result.current.query.data?.pages).toHaveLength(3);
    expect(ids(view.result.current.items)).not.toContain(newest.at(-1));
    expect(view.result.current.hasNewer).toBe(true);
    for (let guard = 0; view.result.current.hasNewer && guard < 20; guard++) {
      await run(() => view.result.current.fetchNewer());
      expect(view.result.current.query.data?.pages.length).toBeLessThanOrEqual(3);
    }
    const got = ids(view.result.current.items);
    expect(got.slice(-newest.length)).toEqual(newest);
    expect(new Set(got).size).toBe(got.length);
    expect(view.result.current.hasOlder).toBe(true);
  });

  it('refetches the newest page on window focus once stale, and only that page', async () => {
    const h = setup();
    const view = await loaded(h, { staleTime: 0 });
    await run(() => view.result.current.fetchOlder());
    await run(() => view.result.current.fetchOlder());
    h.sim.resetRequests();
    await run(async () => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
      await waitFor(() => expect(view.result.current.query.isFetching).toBe(false));
    });
    focusManager.setFocused(undefined);
    expect(h.transcriptRequests()).toHaveLength(1);
    expect(h.transcriptRequests()[0]?.input).not.toHaveProperty('NextToken');
  });
});

describe('useTranscript: gap-fill after a silence', () => {
  const missed = (h: Harness, count: number) =>
    Array.from({ length: count }, (_, i) => {
      h.sim.advance(1000);
      return h.sim.append(h.sim.defaultContactId, {
        Type: 'MESSAGE',
        ContentType: 'text/plain',
        Content: `said while away ${i}`,
        ParticipantRole: 'AGENT',
        ParticipantId: 'agent-1',
      })[0]!;
    });

  it('pages back from a fresh newest page until it meets what is loaded: nothing missed, nothing twice', async () => {
    const h = setup();
    const view = await loaded(h);
    const before = ids(view.result.current.items);
    // More than two pages said while the socket was down; one of the last came in live.
    const away = missed(h, 75);
    await run(async () => view.result.current.addItems([away.at(-1)!]));
    h.sim.resetRequests();
    await run(() => view.result.current.refreshNewest());
    // A refetch would see the newest 30 only; the gap-fill reads back to the loaded page.
    expect(h.transcriptRequests()).toHaveLength(3);
    expect(ids(view.result.current.items)).toEqual([...before, ...ids(away)]);
    // Never an old cursor: the first request has no token.
    expect(h.calls.at(-3)?.body).toEqual({
      MaxResults: 30,
      SortOrder: 'ASCENDING',
      ScanDirection: 'BACKWARD',
    });
    // The older chain still follows on.
    await run(() => view.result.current.fetchOlder());
    const got = ids(view.result.current.items);
    expect(new Set(got).size).toBe(got.length);
    // One contiguous run of the chat's newest rows, longer than before.
    expect(got.length).toBeGreaterThan(before.length + 75);
    expect(got).toEqual(ids(rows(h).slice(-got.length)));
  });

  it('runs by itself when the browser comes back online, once for concurrent triggers', async () => {
    const h = setup();
    const view = await loaded(h);
    const away = missed(h, 5);
    h.sim.resetRequests();
    await run(async () => {
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await view.result.current.refreshNewest();
    });
    await waitFor(() => expect(ids(view.result.current.items).slice(-5)).toEqual(ids(away)));
    expect(h.transcriptRequests()).toHaveLength(1);
  });

  it('does nothing after a jump into the middle, where newer pages lead to the end', async () => {
    const h = setup();
    const target = h.sim.items()[50]!;
    const view = await loaded(h, { startAt: { Id: target.Id! } });
    expect(view.result.current.hasNewer).toBe(true);
    h.sim.resetRequests();
    await run(() => view.result.current.refreshNewest());
    expect(h.transcriptRequests()).toHaveLength(0);
  });
});

describe('useTranscript: unread from receipts', () => {
  it('counts the messages from others after the last one the reader read', async () => {
    const h = setup({ scenario: { size: 10 } });
    const me = 'customer-reader';
    const view = await loaded(h, { selfParticipantId: me });
    const said = (id: string, from: string, read: boolean) => ({
      Id: id,
      Type: 'MESSAGE',
      ContentType: 'text/plain',
      Content: id,
      ParticipantId: from,
      ParticipantRole: from === me ? 'CUSTOMER' : 'AGENT',
      AbsoluteTime: new Date(h.sim.now() + Number(id.slice(1)) * 1000).toISOString(),
      MessageMetadata: {
        MessageId: id,
        Receipts: [
          {
            RecipientParticipantId: me,
            ...(read ? { ReadTimestamp: new Date().toISOString() } : {}),
          },
        ],
      },
    });
    await run(async () =>
      view.result.current.addItems([
        said('m1', me, false),
        said('m2', 'agent-1', true),
        said('m3', 'agent-1', false),
        said('m4', 'agent-1', false),
      ]),
    );
    expect(view.result.current.unread).toEqual({
      firstUnreadId: 'm3',
      count: 2,
      ids: ['m3', 'm4'],
      readFound: true,
    });
    // Without the reader's id, nothing is unread.
    view.rerender({ client: h.client });
    expect(view.result.current.unread.count).toBe(0);
  });
});

describe('useTranscript: live items', () => {
  const live = (over: Partial<TranscriptItem>): TranscriptItem => ({
    Type: 'MESSAGE',
    ContentType: 'text/plain',
    ParticipantId: 'agent-1',
    ParticipantRole: 'AGENT',
    AbsoluteTime: new Date().toISOString(),
    ...over,
  });

  it('merges live items without a request and dedupes them against pages', async () => {
    const h = setup();
    const view = await loaded(h);
    const before = view.result.current.items;
    h.sim.resetRequests();
    const [stored] = h.sim.append(h.sim.defaultContactId, live({ Content: 'hi' }));
    await run(async () => view.result.current.addItems([stored as TranscriptItem]));
    expect(view.result.current.items.at(-1)?.Id).toBe(stored?.Id);
    expect(h.transcriptRequests()).toHaveLength(0);
    // The same item again (live), and later in a page: still one copy.
    await run(async () =>
      view.result.current.addItems([stored as TranscriptItem, before[0] as TranscriptItem]),
    );
    await run(() => view.result.current.refetch());
    const got = ids(view.result.current.items);
    expect(got.filter((id) => id === stored?.Id)).toHaveLength(1);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toHaveLength(before.length + 1);
  });

  it('confirms a message sent under a temporary id: the real Id, one item, the same render key', async () => {
    const h = setup();
    const view = await loaded(h);
    const count = view.result.current.items.length;
    const temp = live({ Id: 'local-1', Content: 'On my way', ParticipantRole: 'CUSTOMER' });
    await run(async () => view.result.current.addItems([temp]));
    expect(view.result.current.items.at(-1)?.Id).toBe('local-1');
    // SendMessage answers with the stored item's Id and time.
    const [stored] = h.sim.append(h.sim.defaultContactId, { ...temp, Id: undefined });
    await run(async () =>
      view.result.current.confirmItem('local-1', {
        Id: stored!.Id!,
        AbsoluteTime: stored!.AbsoluteTime,
      }),
    );
    const last = view.result.current.items.at(-1)!;
    expect([last.Id, last.AbsoluteTime]).toEqual([stored!.Id, stored!.AbsoluteTime]);
    expect(renderKey(last)).toBe('local-1');
    // The echo, then the page that holds it: one item, still under the temporary key.
    await run(async () => view.result.current.addItems([stored as TranscriptItem]));
    await run(() => view.result.current.refetch());
    const items = view.result.current.items;
    expect(ids(items).filter((id) => id === stored!.Id)).toHaveLength(1);
    expect(ids(items)).not.toContain('local-1');
    expect(items).toHaveLength(count + 1);
    expect(renderKey(items.at(-1)!)).toBe('local-1');
  });

  it('keeps live items added while a page is loading', async () => {
    const h = setup({ latencyMs: 50 });
    const view = await loaded(h);
    const before = view.result.current.items.length;
    act(() => {
      void view.result.current.fetchOlder();
    });
    await waitFor(() => expect(view.result.current.isFetchingOlder).toBe(true));
    await run(async () =>
      view.result.current.addItems([live({ Id: 'live-1', Content: 'during' })]),
    );
    await waitFor(() => expect(view.result.current.isFetchingOlder).toBe(false));
    expect(view.result.current.items.length).toBeGreaterThan(before + 10);
    expect(ids(view.result.current.items)).toContain('live-1');
    // A live item the service never returned survives a refetch too.
    await run(() => view.result.current.refetch());
    expect(ids(view.result.current.items)).toContain('live-1');
  });

  it('keeps typing and receipts out of the rows but in typing/receipts, and lets typing expire', async () => {
    const h = setup();
    const view = await loaded(h);
    const rowCount = view.result.current.items.length;
    const last = view.result.current.items.at(-1) as TranscriptItem;
    await run(async () =>
      view.result.current.addItems([
        live({
          Id: 'typing-1',
          Type: 'TYPING',
          ContentType: 'application/vnd.amazonaws.connect.event.typing',
          ParticipantId: 'agent-9',
          DisplayName: 'Ana',
          AbsoluteTime: new Date(Date.now() - TYPING_TIMEOUT_MS + 150).toISOString(),
        }),
        live({
          Id: 'read-1',
          Type: 'MESSAGE_READ',
          ContentType: 'application/vnd.amazonaws.connect.event.message.read',
          MessageMetadata: { MessageId: last.Id as string },
        }),
      ]),
    );
    expect(view.result.current.items).toHaveLength(rowCount);
    expect(view.result.current.typing.map((t) => t.participantId)).toEqual(['agent-9']);
    expect(view.result.current.receipts.get(last.Id as string)?.readAt).toBeDefined();
    await waitFor(() => expect(view.result.current.typing).toEqual([]), { timeout: 2000 });
  });
});

describe('useTranscript: errors', () => {
  async function failOlder(h: Harness, faults: Parameters<Harness['sim']['setFaults']>[0]) {
    const view = await loaded(h);
    const before = ids(view.result.current.items);
    h.sim.setFaults(faults);
    h.sim.resetRequests();
    await run(() => view.result.current.fetchOlder());
    expect(ids(view.result.current.items)).toEqual(before);
    expect(view.result.current.status).toBe('success');
    expect(view.result.current.error).toBeNull();
    expect(view.result.current.hasOlder).toBe(true);
    return { view, before };
  }

  it.each([
    [
      'a 500 after the client retries',
      ['internal', 'internal', 'internal'],
      'INTERNAL_SERVER_ERROR',
      3,
    ],
    ['a 429 burst', [{ kind: 'throttle', retryAfterSeconds: 1 }], 'THROTTLING', 1],
    ['a malformed body', ['truncatedJson'], 'INVALID_RESPONSE', 1],
  ] as const)(
    'keeps the items after %s, exposes olderError and recovers on retry',
    async (_, next, code, attempts) => {
      const h = setup();
      const { view, before } = await failOlder(h, { next });
      expect(view.result.current.olderError?.code).toBe(code);
      expect(h.transcriptRequests()).toHaveLength(attempts);
      await run(() => view.result.current.fetchOlder());
      expect(view.result.current.olderError).toBeNull();
      expect(view.result.current.items.length).toBeGreaterThan(before.length);
      expect(ids(view.result.current.items).slice(-before.length)).toEqual(before);
    },
  );

  it('keeps the items on ACCESS_DENIED (chat ended) and sends no retry', async () => {
    const h = setup();
    const view = await loaded(h);
    const before = ids(view.result.current.items);
    h.sim.endChat(h.sim.defaultContactId);
    h.sim.resetRequests();
    await run(() => view.result.current.fetchOlder());
    expect(view.result.current.olderError?.code).toBe('ACCESS_DENIED');
    expect(h.transcriptRequests()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(h.transcriptRequests()).toHaveLength(1);
    expect(ids(view.result.current.items)).toEqual(before);
    expect(view.result.current.status).toBe('success');
  });

  it('reports a failed first page as status error with a TranscriptError', async () => {
    const h = setup();
    h.sim.setFaults({ next: ['accessDenied'] });
    const view = mount(h);
    await waitFor(() => expect(view.result.current.status).toBe('error'));
    const t = view.result.current;
    if (t.status !== 'error') throw new Error('unreachable');
    expect(t.error.code).toBe('ACCESS_DENIED');
    expect(t.items).toEqual([]);
    expect(h.transcriptRequests()).toHaveLength(1);
  });
});

describe('useTranscript: the ConnectionToken', () => {
  it('never appears in a query key or in any query state', async () => {
    const h = setup();
    const view = await loaded(h);
    await run(() => view.result.current.fetchOlder());
    await run(async () =>
      view.result.current.addItems([{ Id: 'x', Type: 'MESSAGE', Content: 'x' }]),
    );
    h.sim.setFaults({ next: ['accessDenied'] });
    await run(() => view.result.current.fetchOlder());
    expect(view.result.current.olderError).not.toBeNull();
    const queries = h.queryClient.getQueryCache().getAll();
    expect(queries.length).toBeGreaterThanOrEqual(2);
    const dump = JSON.stringify(
      queries.map((q) => ({
        key: q.queryKey,
        hash: q.queryHash,
        state: q.state,
        error: q.state.error ? String(q.state.error.message) : null,
      })),
    );
    expect(dump).not.toContain(h.token);
    expect(dump).toContain('connect-transcript');
  });

  it('uses a token getter per request, so a refreshed token is picked up', async () => {
    let current = '';
    const h = setup({ connectionToken: () => current });
    current = h.token;
    const view = await loaded(h);
    const second = h.sim.issueToken(h.sim.defaultContactId);
    expect(second).not.toBe(h.token);
    h.sim.revokeToken(h.token);
    current = second;
    await run(() => view.result.current.fetchOlder());
    expect(view.result.current.olderError).toBeNull();
    expect(h.calls.map((c) => c.token)).toEqual([h.token, second]);
  });
});

/** Renders useTranscript and tells when its render starts and ends. */
function Probe({
  client,
  onRender,
}: {
  client: Harness['client'];
  onRender: (on: boolean) => void;
}) {
  onRender(true);
  const t = useTranscript({ client });
  onRender(false);
  return <p>{t.items.length}</p>;
}

describe('useTranscript: React', () => {
  it(`runs on React 19 under StrictMode with one request per page (React ${version})`, async () => {
    expect(version.startsWith('19.')).toBe(true);
    const h = setup({ strict: true });
    const view = await loaded(h);
    expect(h.transcriptRequests()).toHaveLength(1);
    await run(() => view.result.current.fetchOlder());
    expect(h.transcriptRequests()).toHaveLength(2);
    expect(view.result.current.items.length).toBeGreaterThan(30);
  });

  it('shows cached pages at once on remount, without a request', async () => {
    const h = setup();
    const first = await loaded(h);
    await run(() => first.result.current.fetchOlder());
    const count = first.result.current.items.length;
    first.unmount();
    h.sim.resetRequests();
    const again = mount(h);
    expect(again.result.current.status).toBe('success');
    expect(again.result.current.items).toHaveLength(count);
    expect(h.transcriptRequests()).toHaveLength(0);
  });

  it('never reads the clock while rendering, on the server or in the browser', async () => {
    const h = setup();
    const view = await loaded(h);
    // A typing event just now: who is typing depends on the time.
    await run(async () =>
      view.result.current.addItems([
        {
          Id: 'typing-now',
          Type: 'TYPING',
          ContentType: 'application/vnd.amazonaws.connect.event.typing',
          ParticipantId: 'agent-x',
          ParticipantRole: 'AGENT',
          AbsoluteTime: new Date().toISOString(),
        },
      ]),
    );
    await waitFor(() =>
      expect(view.result.current.typing.map((p) => p.participantId)).toEqual(['agent-x']),
    );
    // Reads by our code, that is (TanStack Query's own staleness checks read it too, and Next.js
    // documents initialDataUpdatedAt for those): the frame right below Date.now is ours.
    let rendering = false;
    const readInRender: string[] = [];
    const now = Date.now;
    Date.now = () => {
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (rendering && caller.includes('/packages/') && !caller.includes('node_modules')) {
        readInRender.push(caller.trim());
      }
      return now();
    };
    try {
      // The cached pages and live items render on the server as Next.js prerenders them.
      const html = renderToString(
        h.wrapper({
          children: (
            <Probe
              client={h.client}
              onRender={(on) => {
                rendering = on;
              }}
            />
          ),
        }),
      );
      expect(html).toMatch(/<p>\d+<\/p>/);
      const client = renderHook(() => useTranscript({ client: h.client }), { wrapper: h.wrapper });
      rendering = true;
      client.rerender();
      rendering = false;
      expect(client.result.current.typing.map((p) => p.participantId)).toEqual(['agent-x']);
    } finally {
      Date.now = now;
      rendering = false;
    }
    expect(readInRender).toEqual([]);
  });

  it('throws a clear error without a client or provider', () => {
    const h = setup();
    expect(() => renderHook(() => useTranscript(), { wrapper: h.wrapper })).toThrow(
      /needs a client/,
    );
  });

  it('rejects a page size out of range', () => {
    const h = setup();
    expect(() => mount(h, { pageSize: 101 })).toThrow(/pageSize/);
    expect(() => mount(h, { pageSize: 0 })).toThrow(/pageSize/);
  });
});
