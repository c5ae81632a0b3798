import { classifyItem, type TranscriptItem } from '@connect-transcript/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Harness, setup } from './test/setup.js';
import { useTranscriptExport, useTranscriptSearch } from './useReaderTools.js';
import { useTranscript } from './useTranscript.js';

/** The oldest plain message of the simulated chat, and a query only it matches. */
function oldest(h: Harness): TranscriptItem {
  const first = h.sim.items().find((i) => {
    const c = classifyItem(i);
    return c.kind === 'message' && c.format === 'plain' && (i.Content?.length ?? 0) > 12;
  });
  if (!first) throw new Error('no plain message in the chat');
  return first;
}

function mountSearch(h: Harness, query: string, maxPages?: number) {
  return renderHook(
    ({ q }: { q: string }) => {
      const transcript = useTranscript({ client: h.client });
      return { transcript, search: useTranscriptSearch(transcript, q, { maxPages }) };
    },
    { wrapper: h.wrapper, initialProps: { q: query } },
  );
}

describe('useTranscriptSearch', () => {
  it('searches what is loaded, and pages back on demand until an older hit shows', async () => {
    const h = setup();
    const target = oldest(h);
    const view = mountSearch(h, target.Content!);
    await waitFor(() => expect(view.result.current.transcript.status).toBe('success'));
    expect(view.result.current.search.hits).toEqual([]);
    h.sim.resetRequests();
    let found: Promise<boolean> | undefined;
    act(() => {
      found = view.result.current.search.searchOlder();
    });
    await waitFor(() => expect(view.result.current.search.progress).not.toBeNull());
    await act(async () => {
      await expect(found).resolves.toBe(true);
    });
    // Found in an older page: text that holds the query.
    const { hits } = view.result.current.search;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.text.toLowerCase()).toContain(target.Content!.toLowerCase());
    expect(view.result.current.search.progress).toBeNull();
    // 200 items in pages of 30: at most six older pages to reach the first.
    expect(h.transcriptRequests().length).toBeLessThanOrEqual(6);
  });

  it('finds events in the words it is given, in older pages too', async () => {
    const h = setup();
    const joined = h.sim.items().filter((i) => classifyItem(i).kind === 'event');
    expect(joined.length).toBeGreaterThan(0);
    const labels = { events: { 'participant-joined': '{name} ist beigetreten' } } as const;
    const view = renderHook(
      () => {
        const transcript = useTranscript({ client: h.client });
        return {
          transcript,
          search: useTranscriptSearch(transcript, 'ist beigetreten', { labels }),
        };
      },
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(view.result.current.transcript.status).toBe('success'));
    let done: Promise<boolean> | undefined;
    act(() => {
      done = view.result.current.search.searchOlder();
    });
    await act(async () => {
      await expect(done).resolves.toBe(true);
    });
    const { hits } = view.result.current.search;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.field).toBe('event');
      expect(hit.text).toMatch(/ ist beigetreten$/);
    }
  });

  it('gives up after maxPages, and can be cancelled', async () => {
    const h = setup();
    const view = mountSearch(h, 'no message says this 9f8e7d', 2);
    await waitFor(() => expect(view.result.current.transcript.status).toBe('success'));
    h.sim.resetRequests();
    let result: Promise<boolean> | undefined;
    act(() => {
      result = view.result.current.search.searchOlder();
    });
    await act(async () => {
      await expect(result).resolves.toBe(false);
    });
    expect(h.transcriptRequests()).toHaveLength(2);
    act(() => {
      result = view.result.current.search.searchOlder();
    });
    act(() => view.result.current.search.cancel());
    await act(async () => {
      await expect(result).resolves.toBe(false);
    });
  });
});

describe('useTranscriptExport', () => {
  function mountExport(h: Harness) {
    return renderHook(
      () => {
        const transcript = useTranscript({ client: h.client });
        return { transcript, exporter: useTranscriptExport(transcript) };
      },
      { wrapper: h.wrapper },
    );
  }

  it('exports what is loaded at once, or the whole chat after loading it', async () => {
    const h = setup();
    const target = oldest(h);
    const view = mountExport(h);
    await waitFor(() => expect(view.result.current.transcript.status).toBe('success'));
    expect(view.result.current.exporter.exportLoaded()).not.toContain(target.Content);
    let all: Promise<{ text: string; complete: boolean }> | undefined;
    act(() => {
      all = view.result.current.exporter.exportAll({ format: 'markdown' });
    });
    let out: { text: string; complete: boolean } | undefined;
    await act(async () => {
      out = await all;
    });
    expect(out?.complete).toBe(true);
    expect(out?.text.startsWith('# Chat transcript')).toBe(true);
    expect(view.result.current.transcript.hasOlder).toBe(false);
    // Every message of the chat is in it.
    const rows = view.result.current.transcript.items.filter(
      (i) => classifyItem(i).kind === 'message',
    );
    expect(rows.length).toBeGreaterThan(50);
    expect(out?.text.split('\n').filter((l) => l.startsWith('> ')).length).toBeGreaterThanOrEqual(
      rows.length,
    );
  });

  it('exports what is loaded when the chat has ended and older pages are refused', async () => {
    const h = setup();
    const view = mountExport(h);
    await waitFor(() => expect(view.result.current.transcript.status).toBe('success'));
    const loaded = view.result.current.transcript.items.length;
    h.sim.endChat();
    let all: Promise<{ text: string; complete: boolean }> | undefined;
    act(() => {
      all = view.result.current.exporter.exportAll();
    });
    let out: { text: string; complete: boolean } | undefined;
    await act(async () => {
      out = await all;
    });
    expect(out?.complete).toBe(false);
    expect(view.result.current.transcript.items).toHaveLength(loaded);
    const last = view.result.current.transcript.items.at(-1)!;
    expect(out?.text).toContain(last.Content ?? last.Attachments?.[0]?.AttachmentName ?? '');
  });
});
