import { allItems, isRowItem } from '@connect-transcript/core';
import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  liveItemsQueryKey,
  transcriptInfiniteQueryOptions,
  transcriptQueryKey,
} from './queryOptions.js';
import { setup } from './test/setup.js';

describe('transcriptQueryKey', () => {
  it('names the source by identity, never by its ConnectionToken', () => {
    const a = setup();
    const b = setup();
    const key = transcriptQueryKey({ source: a.client, contactId: 'c1' });
    expect(JSON.stringify(key)).not.toContain(a.token);
    expect(transcriptQueryKey({ source: a.client, contactId: 'c1' })).toEqual(key);
    expect(transcriptQueryKey({ source: b.client, contactId: 'c1' })).not.toEqual(key);
    expect(transcriptQueryKey({ source: a.client, sourceKey: 'chat-42' })[2]).toMatchObject({
      source: 'chat-42',
    });
  });

  it('separates contacts, page sizes and jump targets, but shares live items across them', () => {
    const { client } = setup();
    const keys = [
      transcriptQueryKey({ source: client }),
      transcriptQueryKey({ source: client, pageSize: 50 }),
      transcriptQueryKey({ source: client, contactId: 'other' }),
      transcriptQueryKey({ source: client, startAt: { Id: 'm1' } }),
    ].map((k) => JSON.stringify(k));
    expect(new Set(keys).size).toBe(4);
    expect(liveItemsQueryKey({ source: client, pageSize: 50 })).toEqual(
      liveItemsQueryKey({ source: client, startAt: { Id: 'm1' } }),
    );
  });

  it.each([0, 101, 2.5, Number.NaN])('rejects pageSize %s with VALIDATION_ERROR', (pageSize) => {
    const { client } = setup();
    expect(() => transcriptInfiniteQueryOptions({ source: client, pageSize })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR' }),
    );
  });
});

describe('transcriptInfiniteQueryOptions', () => {
  it('prefetches the newest page and seeds another cache (SSR) under a stable sourceKey', async () => {
    const h = setup();
    const server = new QueryClient();
    const options = { source: h.client, sourceKey: 'chat', pageSize: 20 };
    await server.prefetchInfiniteQuery(transcriptInfiniteQueryOptions(options));
    const state = dehydrate(server);
    expect(JSON.stringify(state)).not.toContain(h.token);

    const browser = new QueryClient();
    hydrate(browser, JSON.parse(JSON.stringify(state)));
    const other = setup(); // another client object in the browser, same sourceKey
    const data = browser.getQueryData(
      transcriptInfiniteQueryOptions({ ...options, source: other.client }).queryKey,
    );
    const newest = h.sim.items().slice(-20).filter(isRowItem);
    expect(
      allItems(data?.pages ?? [])
        .filter(isRowItem)
        .map((i) => i.Id),
    ).toEqual(newest.map((i) => i.Id));
  });
});
