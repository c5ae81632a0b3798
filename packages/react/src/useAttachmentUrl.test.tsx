import type { TranscriptItem } from '@connect-transcript/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranscriptClientProvider } from './provider.js';
import { type Harness, setup } from './test/setup.js';
import { type UseAttachmentUrlOptions, useAttachmentUrl } from './useAttachmentUrl.js';
import { useTranscript } from './useTranscript.js';

function attachmentWith(h: Harness, status: string): string {
  const item = h.sim
    .items()
    .find((i: TranscriptItem) => i.Attachments?.some((a) => a.Status === status));
  const id = item?.Attachments?.find((a) => a.Status === status)?.AttachmentId;
  if (!id) throw new Error(`the scenario has no ${status} attachment`);
  return id;
}

const attachmentRequests = (h: Harness) =>
  h.sim.requests.filter((r) => r.operation === 'GetAttachment');

function mount(h: Harness, id: string, options: UseAttachmentUrlOptions = {}) {
  const wrapper = ({ children }: { children: ReactNode }) =>
    h.wrapper({
      children: <TranscriptClientProvider client={h.client}>{children}</TranscriptClientProvider>,
    });
  return renderHook(() => useAttachmentUrl(id, options), { wrapper });
}

describe('useAttachmentUrl', () => {
  beforeEach(() => {
    // The hook and the simulator read the same (fake) wall clock; timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('signs nothing until open(), then reuses the URL until shortly before it expires', async () => {
    const h = setup({ now: () => Date.now() });
    const id = attachmentWith(h, 'APPROVED');
    const view = mount(h, id);
    expect(view.result.current.status).toBe('idle');
    expect(attachmentRequests(h)).toHaveLength(0);

    let first = '';
    await act(async () => {
      first = await view.result.current.open();
    });
    expect(first).toMatch(/^https?:\/\//);
    await waitFor(() => expect(view.result.current.url).toBe(first));
    expect(view.result.current.status).toBe('success');
    expect(view.result.current.expiresAt).toBe(Date.now() + 300_000); // the service's 300 s
    // GetAttachment says how big the file is.
    expect(Number.isInteger(view.result.current.sizeInBytes)).toBe(true);
    expect(view.result.current.sizeInBytes).toBeGreaterThan(0);

    vi.setSystemTime(Date.now() + 285_000); // 15 s left: still fresh (margin 10 s)
    await act(async () => {
      expect(await view.result.current.open()).toBe(first);
    });
    expect(attachmentRequests(h)).toHaveLength(1);

    vi.setSystemTime(Date.now() + 6_000); // 9 s left: inside the margin, sign again
    let second = '';
    await act(async () => {
      second = await view.result.current.open();
    });
    expect(attachmentRequests(h)).toHaveLength(2);
    expect(second).not.toBe(first);
    await waitFor(() => expect(view.result.current.url).toBe(second));
  });

  it('signs at once with enabled: true', async () => {
    const h = setup({ now: () => Date.now() });
    const view = mount(h, attachmentWith(h, 'APPROVED'), { enabled: true });
    await waitFor(() => expect(view.result.current.status).toBe('success'));
    expect(view.result.current.url).toMatch(/^https?:\/\//);
    expect(attachmentRequests(h)).toHaveLength(1);
  });

  it('reports a refused attachment as a TranscriptError', async () => {
    const h = setup({ now: () => Date.now() });
    const view = mount(h, attachmentWith(h, 'REJECTED'));
    await act(async () => {
      await expect(view.result.current.open()).rejects.toMatchObject({
        name: 'TranscriptError',
        code: 'VALIDATION_ERROR',
      });
    });
    await waitFor(() => expect(view.result.current.status).toBe('error'));
    expect(view.result.current.error?.code).toBe('VALIDATION_ERROR');
  });

  it('fails as a TranscriptError with a source that cannot sign (chatjs)', async () => {
    const h = setup();
    const source = { getTranscript: h.client.getTranscript };
    const view = renderHook(() => useAttachmentUrl('a'), {
      wrapper: ({ children }) =>
        h.wrapper({
          children: <TranscriptClientProvider client={source}>{children}</TranscriptClientProvider>,
        }),
    });
    await act(async () => {
      await expect(view.result.current.open()).rejects.toMatchObject({ name: 'TranscriptError' });
    });
  });

  it('needs a client from options or a provider', () => {
    const h = setup();
    expect(() => renderHook(() => useAttachmentUrl('a'), { wrapper: h.wrapper })).toThrow(
      /needs a client/,
    );
  });
});

describe('useTranscript’s openAttachment', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('signs through the useAttachmentUrl cache: once, and again once the URL expired', async () => {
    const h = setup({ now: () => Date.now() });
    const id = attachmentWith(h, 'APPROVED');
    const view = renderHook(
      () => ({
        t: useTranscript({ client: h.client }),
        hook: useAttachmentUrl(id, { client: h.client }),
      }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(view.result.current.t.status).toBe('success'));
    const open = view.result.current.t.openAttachment;
    if (!open) throw new Error('useTranscript gave no openAttachment');
    let first = '';
    await act(async () => {
      first = await open(id);
    });
    expect(first).toMatch(/^https?:\/\//);
    // Its size is known now, from the same cache.
    expect(view.result.current.t.attachmentSize?.(id)).toBeGreaterThan(0);
    expect(view.result.current.t.attachmentSize?.('never-signed')).toBeUndefined();
    // The hook sees the same cached URL: one request between them.
    await act(async () => {
      expect(await view.result.current.hook.open()).toBe(first);
    });
    expect(attachmentRequests(h)).toHaveLength(1);
    // The function keeps its identity across renders (the view's rows do not re-render for it).
    view.rerender();
    expect(view.result.current.t.openAttachment).toBe(open);
    vi.setSystemTime(Date.now() + 600_000);
    await act(async () => {
      expect(await open(id)).not.toBe(first);
    });
    expect(attachmentRequests(h)).toHaveLength(2);
  });

  it('is absent for a source that cannot sign (chatjs)', async () => {
    const h = setup();
    const source = { getTranscript: h.client.getTranscript };
    const view = renderHook(() => useTranscript({ source }), { wrapper: h.wrapper });
    await waitFor(() => expect(view.result.current.status).toBe('success'));
    expect(view.result.current.openAttachment).toBeUndefined();
  });
});
