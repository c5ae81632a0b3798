import axe from 'axe-core';
import { forwardRef, Profiler, useEffect, useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { staticTranscript, TranscriptError, type TranscriptState } from '@connect-transcript/core';
import type { MessageProps } from '../components.js';
import { Message } from '../items/Message.js';
import {
  frames,
  gapToBottom,
  type MountedView,
  mountView,
  rowAtMiddle,
  rowOf,
  topOf,
} from '../test/mountView.js';
import { createTestTranscript, makeMessage, messages } from '../test/transcriptStore.js';
import { wheel } from '../test/wheel.js';
import { TranscriptView, type TranscriptViewHandle } from './TranscriptView.js';

let view: MountedView | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** Scrolls up with the real mouse wheel (Playwright's page.mouse.wheel) by about `px`. */
async function wheelUp(log: HTMLElement, px: number, step = 200): Promise<void> {
  for (let done = 0; done < px; done += step) {
    await wheel(log, -step);
    await frames(1);
  }
  await frames(2);
}

/** Polls `condition` every frame until it holds or `ms` pass. */
async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition() && performance.now() < end) await frames(1);
}

// A Message slot that counts how often each message row is mounted and rendered.
const counted = { keys: new Set<string>(), mounts: 0, renders: new Map<string, number>() };
const Counted = forwardRef<HTMLDivElement, MessageProps>(function Counted(props, ref) {
  const key = props.row.key;
  counted.renders.set(key, (counted.renders.get(key) ?? 0) + 1);
  useLayoutEffect(() => {
    counted.mounts++;
    counted.keys.add(key);
  }, [key]);
  return <Message ref={ref} data-key={key} {...props} />;
});
/** An app that asks the view for a jump in its own mount effect and records the answer. */
function JumpOnMount(props: {
  transcript: TranscriptState;
  to: string;
  asked: (boolean | undefined)[];
}) {
  const { transcript, to, asked } = props;
  const ref = useRef<TranscriptViewHandle>(null);
  useEffect(() => {
    asked.push(ref.current?.scrollToItem(to));
  }, [asked, to]);
  return <TranscriptView ref={ref} transcript={transcript} />;
}

/** Rows of the server render's static page (STATIC_ROWS in TranscriptView.tsx). */
const STATIC_PAGE = 30;

const text = (el: Element | null | undefined) => el?.textContent ?? '';
const focusedMessage = () => /#(\d+) /.exec(text(document.activeElement))?.[1];

describe('opening and scrolling back', () => {
  it('opens at the newest message', async () => {
    const store = createTestTranscript({ items: messages(1000, 1040) });
    view = await mountView(store);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    expect(rowOf(view.host, 1039)).not.toBeNull();
    expect(view.host.firstElementChild?.hasAttribute('data-at-bottom')).toBe(true);
  });

  it('renders rows once on a client-only mount: no static first page to throw away', async () => {
    counted.keys.clear();
    counted.mounts = 0;
    const store = createTestTranscript({ items: messages(0, 500) });
    view = await mountView(store, { components: { Message: Counted } });
    // Only the rows the virtualizer shows (a screenful and its overscan) were made — the
    // server-style static pass would have mounted the newest 30 first, then replaced them.
    const inDom = view.host.querySelectorAll('[role="listitem"][data-kind="message"]').length;
    expect(inDom).toBeGreaterThan(3);
    expect(counted.keys.size).toBeLessThan(STATIC_PAGE);
    expect(counted.mounts).toBeLessThan(STATIC_PAGE);
  });

  it('does not re-render the rows on screen when an older page is prepended', async () => {
    counted.renders.clear();
    const store = createTestTranscript({ items: messages(100, 140) });
    view = await mountView(store, { components: { Message: Counted } });
    const before = new Map(counted.renders);
    expect(before.size).toBeGreaterThan(3);
    store.set({ items: [...messages(60, 100), ...store.get().items] });
    await frames(3);
    // The same rows are on screen at the same place (anchored), none rendered again — though
    // every one of them moved 40 places down the list.
    const stayed = [...before.keys()].filter((key) =>
      view?.host.querySelector(`[data-kind="message"] [data-key="${key}"]`),
    );
    expect(stayed.length).toBeGreaterThan(3);
    for (const key of stayed) expect(counted.renders.get(key)).toBe(before.get(key));
    expect(store.get().items).toHaveLength(80);
    expect(rowOf(view.host, 139)?.getAttribute('data-index')).toBe('79');
  });

  it('keeps the message under the reader’s eye when older pages load during wheel scrolling', async () => {
    const store = createTestTranscript({ items: messages(1000, 1030) });
    view = await mountView(store);
    const drifts: number[] = [];
    let first = 1000;
    for (let page = 0; page < 5; page++) {
      for (let i = 0; i < 40 && !store.olderPending; i++) {
        await wheel(view.log, -200);
        await frames(1);
      }
      expect(store.olderPending).toBe(true);
      const n = rowAtMiddle(view.log);
      const before = topOf(rowOf(view.host, n));
      await store.resolveOlder(messages(first - 20, first));
      first -= 20;
      await frames(3);
      drifts.push(topOf(rowOf(view.host, n)) - before);
    }
    console.log('prepend drift (px):', drifts.join(', '));
    for (const d of drifts) expect(Math.abs(d)).toBeLessThanOrEqual(1);
    expect(store.olderRequests).toBe(5);
  }, 60_000);

  it('asks for newer pages near the bottom after a jump into the middle (hasNewer)', async () => {
    const store = createTestTranscript({ items: messages(0, 40), hasOlder: false });
    let newerCalls = 0;
    store.set({
      hasNewer: true,
      fetchNewer: () => {
        newerCalls++;
        store.set({ isFetchingNewer: true });
        return new Promise(() => {});
      },
    });
    view = await mountView(store);
    await until(() => newerCalls > 0);
    expect(newerCalls).toBe(1);
    await wheel(view.log, 300);
    await frames(3);
    expect(newerCalls).toBe(1);
  });

  it('reads a newer page after a jump as history: the reader is not carried to its end', async () => {
    // Opened at a jump (hasNewer) and at the bottom of what is loaded; the newer page holds the
    // reader's own messages and the agent's. Before, the view followed it (own message, or "at
    // the bottom") to the page's end, then the next, skipping everything in between.
    const agent = { ParticipantRole: 'AGENT', ParticipantId: 'agent-1' } as const;
    const store = createTestTranscript({ items: messages(0, 40), hasOlder: false });
    store.set({ hasNewer: true, fetchNewer: () => new Promise(() => {}) });
    view = await mountView(store);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    const last = topOf(rowOf(view.host, 39));
    const page = messages(40, 60).map((m, i) => (i % 2 ? { ...m, ...agent } : m));
    store.set({ items: [...store.get().items, ...page] });
    await frames(3);
    expect(topOf(rowOf(view.host, 39)) - last).toBeCloseTo(0, 0);
    expect(rowOf(view.host, 59)).toBeNull();
    // Not "new messages": the jump button is there, without a count.
    expect(view.host.querySelector('.ct-TranscriptView-jump')).not.toBeNull();
    expect(text(view.host.querySelector('.ct-TranscriptView-jump'))).not.toMatch(/new/);
    // At the live end again, the view follows new messages as before.
    store.set({ hasNewer: false });
    view.handle.current?.scrollToLatest();
    await until(() => gapToBottom(view?.log as HTMLElement) <= 1);
    store.append(makeMessage(60, agent));
    await frames(3);
    expect(rowOf(view.host, 60)).not.toBeNull();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
  });

  it('asks for only one older page at a time under fast scrolling', async () => {
    const store = createTestTranscript({ items: messages(5000, 5030) });
    store.autoOlder({ pageSize: 20, floor: 4800, delayMs: 250 });
    view = await mountView(store);
    // Flings: many large wheel steps without waiting for frames.
    for (let i = 0; i < 30; i++) await wheel(view.log, -1500, { waitToLand: false });
    await new Promise((r) => setTimeout(r, 1200));
    expect(store.olderRequests).toBeGreaterThanOrEqual(2);
    expect(store.maxOlderInFlight).toBe(1);
    expect(store.duplicateOlderCalls).toBe(0);
  }, 30_000);
});

describe('a host’s global styles', () => {
  it('stays pinned at the newest message under a global border-box reset', async () => {
    const reset = document.createElement('style');
    reset.textContent = '*, *::before, *::after { box-sizing: border-box; }';
    document.head.append(reset);
    try {
      const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
      view = await mountView(store);
      await frames(4);
      const root = view.log.closest('.ct-TranscriptView');
      expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
      expect(root?.hasAttribute('data-at-bottom')).toBe(true);
      expect(view.host.querySelector('.ct-TranscriptView-jump')).toBeNull();
      store.append(makeMessage(60));
      await frames(3);
      expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
      expect(view.host.querySelector('.ct-TranscriptView-jump')).toBeNull();
    } finally {
      reset.remove();
    }
  });
});

describe('steps into rows never measured', () => {
  /** Rows of the view by key, with their tops from the log's top. */
  const painted = (log: HTMLElement) => {
    const top = log.getBoundingClientRect().top;
    const out = new Map<string, number>();
    for (const el of log.querySelectorAll<HTMLElement>('.ct-Row[data-key]')) {
      const box = el.getBoundingClientRect();
      if (box.bottom > top && box.top < top + log.clientHeight) {
        out.set(el.dataset.key ?? '', box.top - top);
      }
    }
    return out;
  };

  it.each([0.5, 1, 3])(
    'does not move what is painted after a step of %s viewports over rows far from the estimate',
    async (viewports) => {
      // Every fifth message is a long one: real heights from one line to a screenful.
      const items = messages(0, 400).map((m, i) =>
        i % 5 === 0 ? { ...m, Content: `${m.Content} ${'word '.repeat(120)}` } : m,
      );
      const store = createTestTranscript({ items, hasOlder: false });
      view = await mountView(store);
      const log = view.log;
      const step = Math.round(log.clientHeight * viewports);
      const before = painted(log);
      log.scrollBy({ top: -step });
      await frames(1);
      const first = painted(log);
      expect(first.size).toBeGreaterThan(0);
      // Rows that were on screen and still are moved by the step exactly…
      for (const [key, top] of first) {
        const was = before.get(key);
        if (was !== undefined) expect(Math.abs(top - (was + step))).toBeLessThanOrEqual(1);
      }
      // …and nothing on screen moves after the first painted frame.
      await frames(6);
      for (const [key, top] of first) {
        const now = painted(log).get(key);
        expect(now, `row ${key} is still on screen`).toBeDefined();
        expect(Math.abs((now ?? Number.NaN) - top)).toBeLessThanOrEqual(1);
      }
    },
  );
});

describe('late height changes and live items', () => {
  it('keeps the message under the reader’s eye when rows above it grow late', async () => {
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store);
    await wheelUp(view.log, 1200);
    const n = rowAtMiddle(view.log);
    const before = topOf(rowOf(view.host, n));
    const logTop = view.log.getBoundingClientRect().top;
    // Images decoding, fonts swapping: rows above the viewport (and the one across its top edge)
    // grow without any data change.
    let grown = 0;
    for (let k = n - 1; k >= n - 12; k--) {
      const row = rowOf(view.host, k);
      if (row && row.getBoundingClientRect().top < logTop) {
        row.style.paddingBottom = '90px';
        grown++;
      }
    }
    expect(grown).toBeGreaterThan(0);
    await frames(4);
    const drift = topOf(rowOf(view.host, n)) - before;
    console.log(`late growth of ${grown} rows above: drift ${drift} px`);
    expect(Math.abs(drift)).toBeLessThanOrEqual(1);
  });

  it('does not move when live messages arrive while scrolled up, and offers a jump', async () => {
    const store = createTestTranscript({ items: messages(0, 40), hasOlder: false });
    view = await mountView(store);
    await wheelUp(view.log, 800);
    const n = rowAtMiddle(view.log);
    const before = topOf(rowOf(view.host, n));
    store.append(makeMessage(40, { ParticipantRole: 'AGENT', ParticipantId: 'agent-1' }));
    store.append(makeMessage(41, { ParticipantRole: 'AGENT', ParticipantId: 'agent-1' }));
    await frames(3);
    const drift = topOf(rowOf(view.host, n)) - before;
    console.log(`live append while scrolled up: drift ${drift} px`);
    expect(Math.abs(drift)).toBeLessThanOrEqual(1);
    const jump = view.host.querySelector<HTMLButtonElement>('.ct-TranscriptView-jump');
    expect(text(jump)).toBe('2 new messages — jump to latest');
    await userEvent.click(jump as HTMLButtonElement);
    await until(() => view?.host.querySelector('.ct-TranscriptView-jump') === null);
    // Focus was on the button, which is gone now: it moved to the log, not to <body>.
    expect(document.activeElement).toBe(view.log);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    expect(view.host.querySelector('.ct-TranscriptView-jump')).toBeNull();
  });

  it('survives a transcript that empties while someone is typing, and fills again', async () => {
    const typing = [{ participantId: 'a1', displayName: 'Ana', role: 'AGENT', since: 0 }];
    const store = createTestTranscript({ items: messages(0, 20), hasOlder: false });
    view = await mountView(store);
    store.set({ typing });
    await frames(2);
    store.set({ items: [] });
    await frames(2);
    expect(view.log.textContent).toContain('Ana');
    store.set({ items: messages(20, 25) });
    await frames(3);
    expect(rowOf(view.host, 24)).not.toBeNull();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
  });

  it('stays pinned at the bottom as messages arrive and the last row grows', async () => {
    const store = createTestTranscript({ items: messages(0, 30), hasOlder: false });
    view = await mountView(store);
    const gaps: number[] = [];
    for (let i = 30; i < 36; i++) {
      store.append(makeMessage(i));
      await frames(3);
      gaps.push(gapToBottom(view.log));
    }
    const last = rowOf(view.host, 35);
    if (last) last.style.paddingBottom = '120px';
    await frames(3);
    gaps.push(gapToBottom(view.log));
    console.log('pinned gaps (px):', gaps.join(', '));
    for (const g of gaps) expect(g).toBeLessThanOrEqual(1);
    expect(view.host.querySelector('.ct-TranscriptView-jump')).toBeNull();
  });

  it('scrolls the reader’s own new message into view', async () => {
    const store = createTestTranscript({ items: messages(0, 40), hasOlder: false });
    view = await mountView(store);
    await wheelUp(view.log, 1000);
    expect(gapToBottom(view.log)).toBeGreaterThan(500);
    store.append(makeMessage(40, { ParticipantRole: 'CUSTOMER', ParticipantId: 'customer-1' }));
    await until(() => gapToBottom(view?.log as HTMLElement) <= 1);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
  });
});

describe('older-page states', () => {
  it('shows an inline error row with Retry that keeps the anchor', async () => {
    const store = createTestTranscript({ items: messages(1000, 1030) });
    view = await mountView(store);
    for (let i = 0; i < 40 && !store.olderPending; i++) {
      await wheel(view.log, -200);
      await frames(1);
    }
    const n = rowAtMiddle(view.log);
    const before = topOf(rowOf(view.host, n));
    await store.rejectOlder(new TranscriptError('NETWORK_ERROR', 'offline'));
    await frames(3);
    const top = view.host.querySelector('.ct-TranscriptView-top');
    expect(text(top)).toContain('Couldn’t load earlier messages.');
    expect(Math.abs(topOf(rowOf(view.host, n)) - before)).toBeLessThanOrEqual(1);
    // The error stops automatic fetching; Retry asks again.
    await wheelUp(view.log, 2000);
    expect(store.olderRequests).toBe(1);
    const retry = top?.querySelector('button');
    expect(text(retry)).toBe('Retry');
    const m = rowAtMiddle(view.log);
    const beforeRetry = topOf(rowOf(view.host, m));
    await userEvent.click(retry as HTMLButtonElement);
    await frames(2);
    expect(store.olderRequests).toBe(2);
    await store.resolveOlder(messages(980, 1000));
    await frames(3);
    expect(Math.abs(topOf(rowOf(view.host, m)) - beforeRetry)).toBeLessThanOrEqual(1);
    expect(text(view.host.querySelector('.ct-TranscriptView-top'))).not.toContain('Couldn’t');
  }, 30_000);

  it('shows the "Start of conversation" bookend when the history is complete', async () => {
    const store = createTestTranscript({ items: messages(0, 30), hasOlder: false });
    view = await mountView(store);
    await wheelUp(view.log, 4000, 1000);
    expect(view.log.scrollTop).toBe(0);
    const top = view.host.querySelector('.ct-TranscriptView-top');
    expect(text(top)).toBe('Start of conversation');
    expect(top?.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      view.log.getBoundingClientRect().top,
    );
    expect(store.olderRequests).toBe(0);
  });
});

describe('keyboard and focus', () => {
  it('moves between messages with the arrow keys and keeps focus across a prepend', async () => {
    const store = createTestTranscript({ items: messages(1000, 1030) });
    view = await mountView(store);
    view.log.focus();
    await userEvent.keyboard('{ArrowUp}');
    await frames(2);
    const first = Number(focusedMessage());
    expect(first).toBeGreaterThanOrEqual(1025);
    expect(document.activeElement?.getAttribute('role')).toBe('listitem');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await frames(2);
    expect(Number(focusedMessage())).toBe(first - 2);
    await userEvent.keyboard('{ArrowDown}');
    await frames(2);
    expect(Number(focusedMessage())).toBe(first - 1);
    // Home goes to the first loaded message; at the top, it loads earlier ones.
    await userEvent.keyboard('{Home}');
    await frames(4);
    expect(focusedMessage()).toBe('1000');
    await userEvent.keyboard('{Home}');
    await frames(2);
    expect(store.olderPending).toBe(true);
    // #1000 loses its sender line once #999 by the same sender precedes it: its text (bottom)
    // stays where it was.
    const bottomOf = () => document.activeElement?.getBoundingClientRect().bottom ?? Number.NaN;
    const before = bottomOf();
    await store.resolveOlder(messages(980, 1000));
    await frames(3);
    expect(focusedMessage()).toBe('1000');
    expect(Math.abs(bottomOf() - before)).toBeLessThanOrEqual(1);
    await userEvent.keyboard('{ArrowUp}');
    await frames(3);
    expect(focusedMessage()).toBe('999');
    await userEvent.keyboard('{End}');
    await until(() => gapToBottom(view?.log as HTMLElement) <= 1);
    expect(focusedMessage()).toBe('1029');
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
  }, 30_000);
});

describe('keyboard paging', () => {
  it('PageUp at the top asks for earlier messages again after a failed page', async () => {
    const store = createTestTranscript({ items: messages(1000, 1030) });
    view = await mountView(store);
    for (let i = 0; i < 40 && !store.olderPending; i++) {
      await wheel(view.log, -400);
      await frames(1);
    }
    await store.rejectOlder();
    await wheelUp(view.log, 3000, 1000);
    expect(view.log.scrollTop).toBe(0);
    expect(store.olderRequests).toBe(1);
    view.log.focus();
    await userEvent.keyboard('{PageUp}');
    await frames(2);
    expect(store.olderRequests).toBe(2);
    expect(store.olderPending).toBe(true);
  }, 30_000);
});

describe('scale', () => {
  it('keeps the DOM small at 10,000 items and opens at the newest', async () => {
    const store = createTestTranscript({ items: messages(0, 10_000), hasOlder: false });
    const t0 = performance.now();
    view = await mountView(store);
    const ms = performance.now() - t0;
    const elements = view.host.querySelectorAll('*').length;
    const screens = view.log.clientHeight / 480;
    console.log(`10,000 items: ${elements} elements, mounted in ${ms.toFixed(0)} ms`);
    expect(elements / screens).toBeLessThanOrEqual(100);
    expect(rowOf(view.host, 9999)).not.toBeNull();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    await wheelUp(view.log, 3000, 1000);
    expect(view.host.querySelectorAll('*').length).toBeLessThanOrEqual(100);
  });
});

describe('a window over many loaded items', () => {
  // Rows beyond the newest 200 wait outside the virtualizer until the reader comes near them.
  const scrollHeightPerRow = (log: HTMLElement, rows: number) => log.scrollHeight / rows;

  it('opens 1,000 loaded items with a window of the newest and scrolls back through all of them without drift or requests', async () => {
    const store = createTestTranscript({ items: messages(0, 1000), hasOlder: true });
    view = await mountView(store);
    // The scroll range covers the window of 200, not 1,000 rows (rows here are ~145 px).
    expect(scrollHeightPerRow(view.log, 1000)).toBeLessThan(40);
    expect(rowOf(view.host, 999)).not.toBeNull();
    // Each time the window grows (200 rows join above: the scroll range jumps), the row at the
    // reader's eye must move exactly as far as the scroll step, not more.
    const drifts: number[] = [];
    for (let i = 0; i < 700 && !store.olderPending; i++) {
      const n = rowAtMiddle(view.log);
      const before = topOf(rowOf(view.host, n));
      const height = view.log.scrollHeight;
      view.log.scrollTop -= 300; // what a wheel step does
      await frames(2);
      const row = rowOf(view.host, n);
      if (row && view.log.scrollHeight > height + 5000) {
        drifts.push(Math.abs(topOf(row) - before - 300));
      }
    }
    console.log(`window grew ${drifts.length} times, drift ${drifts.join(', ')} px`);
    // The window grew 200 rows at a time (800 → 0) and every loaded row was reached before the
    // first request for older ones.
    expect(store.olderPending).toBe(true);
    expect(store.olderRequests).toBe(1);
    expect(rowAtMiddle(view.log)).toBeLessThan(20);
    expect(drifts.length).toBe(4);
    expect(Math.max(...drifts)).toBeLessThanOrEqual(1);
  }, 90_000);

  it('scrolls to an item outside the window (scrollToItem) and focuses the first row with Home', async () => {
    const store = createTestTranscript({ items: messages(0, 3000), hasOlder: false });
    view = await mountView(store);
    expect(rowOf(view.host, 10)).toBeNull();
    expect(view.handle.current?.scrollToItem('m10')).toBe(true);
    await until(() => rowOf(view?.host as HTMLElement, 10) !== null);
    await frames(3);
    const box = view.log.getBoundingClientRect();
    const row = rowOf(view.host, 10)?.getBoundingClientRect();
    expect(row && row.top >= box.top && row.bottom <= box.bottom).toBe(true);
    // Back at the bottom, Home goes to the first loaded row, 3,000 rows up.
    view.handle.current?.scrollToLatest();
    await until(() => gapToBottom(view?.log as HTMLElement) <= 1);
    view.log.focus();
    await userEvent.keyboard('{ArrowUp}');
    await frames(2);
    await userEvent.keyboard('{Home}');
    await until(() => focusedMessage() === '0');
    expect(focusedMessage()).toBe('0');
    expect(view.host.querySelector('.ct-TranscriptView-top')?.textContent).toContain(
      'Start of conversation',
    );
  }, 30_000);

  it('opens after one skeleton render, and a jump asked for in the mount effect still lands', async () => {
    // A client mount with rows shows its skeleton for one render and opens in a transition.
    const store = staticTranscript(messages(0, 3000));
    const asked: (boolean | undefined)[] = [];
    const host = document.createElement('div');
    host.style.cssText = 'width: 320px; height: 480px; position: relative';
    document.body.append(host);
    const root = createRoot(host);
    try {
      flushSync(() => root.render(<JumpOnMount transcript={store} to="m10" asked={asked} />));
      // The commit of the mount shows the skeleton, busy, and the jump is queued, not lost.
      expect(host.querySelector('.ct-Row[data-key]')).toBeNull();
      expect(host.querySelector('[role="log"]')?.getAttribute('aria-busy')).toBe('true');
      expect(asked).toEqual([true]);
      await until(() => host.querySelector('.ct-Row[data-key="m10"]') !== null);
      await frames(3);
      const box = host.querySelector('[role="log"]')!.getBoundingClientRect();
      const row = host.querySelector('.ct-Row[data-key="m10"]')!.getBoundingClientRect();
      expect(row.top).toBeGreaterThanOrEqual(box.top);
      expect(row.bottom).toBeLessThanOrEqual(box.bottom);
      expect(host.querySelector('[role="log"]')?.getAttribute('aria-busy')).toBeNull();
    } finally {
      root.unmount();
      host.remove();
    }
  });

  it('renders the opening screenful in the render that opens the view, not in its commit', async () => {
    // The opening render picks its rows in the log the skeleton already laid out, so they render
    // in the transition, in slices; a render inside the commit would make one long task of them.
    const store = staticTranscript(messages(0, 3000));
    const host = document.createElement('div');
    host.style.cssText = 'width: 320px; height: 480px; position: relative';
    document.body.append(host);
    const root = createRoot(host);
    // What each commit of the view shows, read as it commits (before any render it schedules).
    const commits: { open: boolean; rows: number }[] = [];
    const onRender = () => {
      const log = host.querySelector('[role="log"]');
      commits.push({
        open: log !== null && !log.hasAttribute('data-static'),
        rows: host.querySelectorAll('.ct-Row[data-key]').length,
      });
    };
    try {
      root.render(
        <Profiler id="view" onRender={onRender}>
          <TranscriptView transcript={store} />
        </Profiler>,
      );
      await until(() => host.querySelector('.ct-Row[data-key="m2999"]') !== null);
      await frames(3);
      const opening = commits.find((c) => c.open);
      const settled = host.querySelectorAll('.ct-Row[data-key]').length;
      // The opening commit already holds a screenful (rows are estimated shorter than these
      // wrapped messages, so it holds at least as many as the view settles with).
      expect(settled).toBeGreaterThan(2);
      expect(opening?.rows).toBeGreaterThanOrEqual(settled);
    } finally {
      root.unmount();
      host.remove();
    }
  });

  it('restores a place outside the newest window', async () => {
    const store = createTestTranscript({ items: messages(0, 2000), hasOlder: false });
    view = await mountView(store, { scrollStateKey: 'restore-window' });
    view.handle.current?.scrollToItem('m300');
    await until(() => rowOf(view?.host as HTMLElement, 300) !== null);
    await frames(4);
    const n = rowAtMiddle(view.log);
    const before = topOf(rowOf(view.host, n));
    view.unmount();
    view = await mountView(store, { scrollStateKey: 'restore-window' });
    await frames(4);
    expect(Math.abs(topOf(rowOf(view.host, n)) - before)).toBeLessThanOrEqual(1);
  }, 30_000);

  it('stays pinned to live messages, and back at the newest after growing the window', async () => {
    const store = createTestTranscript({ items: messages(0, 1000), hasOlder: false });
    view = await mountView(store);
    store.append(...messages(1000, 1003));
    await frames(3);
    expect(rowOf(view.host, 1002)).not.toBeNull();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    // Up through one growth of the window (to row 500), then Jump to latest.
    expect(view.handle.current?.scrollToItem('m500')).toBe(true);
    await until(() => rowOf(view?.host as HTMLElement, 500) !== null);
    store.append(makeMessage(1003));
    await frames(3);
    expect(rowOf(view.host, 500)).not.toBeNull(); // the reader was not moved
    view.handle.current?.scrollToLatest();
    await until(() => gapToBottom(view?.log as HTMLElement) <= 1);
    await frames(3);
    expect(rowOf(view.host, 1003)).not.toBeNull();
  }, 30_000);

  it.each([
    ['a newer page', 20],
    ['a live message', 1],
  ])('stays at the item scrolled to when %s lands before the scroll is read back', async (_, n) => {
    // The jump is written at once but read back (the scroll event) a frame later; an append in
    // between found the virtualizer's stale offset at the end, followed it, and dropped the jump.
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    expect(view.handle.current?.scrollToItem('m20')).toBe(true);
    const agent = { ParticipantRole: 'AGENT', ParticipantId: 'agent-1' } as const;
    store.append(...messages(60, 60 + n).map((m) => ({ ...m, ...agent })));
    await frames(5);
    const row = rowOf(view.host, 20);
    expect(row, 'row #20 is rendered').not.toBeNull();
    const box = (row as HTMLElement).getBoundingClientRect();
    const viewport = view.log.getBoundingClientRect();
    expect(box.bottom > viewport.top && box.top < viewport.bottom).toBe(true);
    // Away from the end: the reader is offered the way back.
    expect(view.host.querySelector('.ct-TranscriptView-jump')).not.toBeNull();
  });

  it('starts a new window for another transcript', async () => {
    const store = createTestTranscript({ items: messages(0, 1000), hasOlder: false });
    view = await mountView(store);
    view.handle.current?.scrollToItem('m100');
    await until(() => rowOf(view?.host as HTMLElement, 100) !== null);
    // Another contact: none of the old keys is there, the window is the newest of the new rows.
    store.set({ items: messages(5000, 6000).map((m) => ({ ...m, Id: `other-${m.Id}` })) });
    view.handle.current?.scrollToLatest();
    await until(() => gapToBottom(view?.log as HTMLElement) <= 1);
    await frames(3);
    expect(rowOf(view.host, 5999)).not.toBeNull();
    expect(view.log.scrollHeight / 1000).toBeLessThan(40);
  }, 30_000);
});

describe('accessibility (axe)', () => {
  const check = async () => {
    const result = await axe.run(view?.host as HTMLElement);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
  };

  it('has no violations while loading, on error, when empty and when loaded', async () => {
    const store = createTestTranscript({ status: 'pending' });
    view = await mountView(store);
    expect(view.log.getAttribute('aria-busy')).toBe('true');
    await check();
    store.set({ status: 'error', error: new TranscriptError('NETWORK_ERROR', 'offline') });
    await frames(2);
    expect(text(view.host)).toContain('Couldn’t load the conversation.');
    await check();
    store.set({ status: 'success', error: null, items: [], hasOlder: false });
    await frames(2);
    expect(text(view.host)).toContain('No messages yet');
    await check();
    store.set({ items: messages(0, 30) });
    await frames(3);
    await check();
  });

  it('has no violations with the older-page error, the bookend, in dark mode', async () => {
    const store = createTestTranscript({ items: messages(1000, 1030) });
    view = await mountView(store, { 'data-theme': 'dark' } as object);
    for (let i = 0; i < 40 && !store.olderPending; i++) {
      await wheel(view.log, -400);
      await frames(1);
    }
    await store.rejectOlder();
    await frames(2);
    await check();
    store.set({ hasOlder: false, olderError: null });
    await frames(2);
    await check();
  }, 30_000);
});

describe('announcements', () => {
  it('announces an older page once, and each incoming message, politely', async () => {
    const store = createTestTranscript({ items: messages(1000, 1030) });
    view = await mountView(store);
    const region = view.host.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(view.log.getAttribute('aria-live')).toBe('off');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    for (let i = 0; i < 40 && !store.olderPending; i++) {
      await wheel(view.log, -300);
      await frames(1);
    }
    expect(view.log.getAttribute('aria-busy')).toBe('true');
    await store.resolveOlder(messages(980, 1000));
    await frames(3);
    expect(view.log.hasAttribute('aria-busy')).toBe(false);
    expect(said.filter(Boolean)).toEqual(['20 earlier messages loaded']);
    store.append(makeMessage(1030, { ParticipantRole: 'AGENT', DisplayName: 'Ana' }));
    await frames(3);
    expect(said.filter(Boolean)).toHaveLength(2);
    expect(said.at(-1)).toMatch(/^Ana: #1030 /);
    // The reader's own message is not read back to them.
    store.append(makeMessage(1031, { ParticipantRole: 'CUSTOMER', ParticipantId: 'customer-1' }));
    await frames(3);
    expect(said.filter(Boolean)).toHaveLength(2);
    observer.disconnect();
  }, 30_000);

  it('says what an older page brought before it writes the scroll position: one layout takes both', async () => {
    const store = createTestTranscript({ items: messages(1000, 1030) });
    view = await mountView(store);
    const log = view.log;
    const region = view.host.querySelector('[aria-live="polite"]') as HTMLElement;
    const observer = new MutationObserver(() => {});
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    // Each write of the scroll position notes whether the region had changed before it (the
    // records are still pending inside the commit: no microtask runs between the two).
    const native = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop');
    if (!native?.get || !native.set) throw new Error('no Element.prototype.scrollTop');
    const { get, set } = native;
    let regionChanged = false;
    const writes: boolean[] = [];
    Object.defineProperty(log, 'scrollTop', {
      configurable: true,
      get() {
        return get.call(this);
      },
      set(value: number) {
        if (observer.takeRecords().length > 0) regionChanged = true;
        writes.push(regionChanged);
        set.call(this, value);
      },
    });
    try {
      for (let i = 0; i < 40 && !store.olderPending; i++) {
        await wheel(log, -300);
        await frames(1);
      }
      expect(store.olderPending).toBe(true);
      observer.takeRecords();
      writes.length = 0;
      await store.resolveOlder(messages(980, 1000));
      await frames(3);
      expect(region.textContent).toBe('20 earlier messages loaded');
      // The page landed above the reader: the view wrote the position that keeps their row.
      expect(writes.length).toBeGreaterThan(0);
      expect(writes[0]).toBe(true);
    } finally {
      delete (log as { scrollTop?: number }).scrollTop;
      observer.disconnect();
    }
  }, 30_000);
});

describe('scroll restoration', () => {
  it('reopens where the reader was with scrollStateKey', async () => {
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store, { scrollStateKey: 'restore-test' });
    await wheelUp(view.log, 1000);
    const n = rowAtMiddle(view.log);
    const before = topOf(rowOf(view.host, n));
    view.unmount();
    view = await mountView(store, { scrollStateKey: 'restore-test' });
    await frames(3);
    const after = topOf(rowOf(view.host, n));
    console.log(`restored: drift ${after - before} px`);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
    expect(view.host.querySelector('.ct-TranscriptView-jump')).not.toBeNull();
  });

  it('reopens at the bottom when the reader left it at the bottom', async () => {
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store, { scrollStateKey: 'restore-bottom' });
    view.unmount();
    store.append(...messages(60, 70));
    view = await mountView(store, { scrollStateKey: 'restore-bottom' });
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    expect(rowOf(view.host, 69)).not.toBeNull();
  });
});

describe('server render and hydration', () => {
  it('shows the newest rows at the bottom without JavaScript and hydrates without a jump', async () => {
    const transcript = staticTranscript(messages(0, 300));
    const host = document.createElement('div');
    host.style.cssText = 'width: 320px; height: 480px;';
    document.body.append(host);
    const element = <TranscriptView transcript={transcript} />;
    host.innerHTML = renderToString(element);
    const serverLog = host.querySelector('[role="log"]') as HTMLElement;
    // Before any script: the column-reverse scroller starts at its end.
    const newest = rowOf(host, 299);
    const logBottom = serverLog.getBoundingClientRect().bottom;
    const before = (newest as HTMLElement).getBoundingClientRect().bottom;
    expect(logBottom - before).toBeGreaterThanOrEqual(0);
    expect(logBottom - before).toBeLessThan(40);
    const errors: unknown[] = [];
    const root = hydrateRoot(host, element, { onRecoverableError: (e) => errors.push(e) });
    await frames(4);
    expect(errors).toEqual([]);
    const log = host.querySelector('[role="log"]') as HTMLElement;
    expect(log.hasAttribute('data-static')).toBe(false);
    const after = topOf(rowOf(host, 299)) + (rowOf(host, 299)?.getBoundingClientRect().height ?? 0);
    console.log(`hydration: newest row moved ${after - before} px`);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
    root.unmount();
    host.remove();
  });
});
