// The view on the real stack: useTranscript (TanStack Query) + the core client + the simulator's
// fetch handler, with generated chats (markdown, attachments, events, history).
import {
  createParticipantClient,
  type ParticipantClient,
  type TranscriptItem,
} from '@connect-transcript/core';
import { createParticipantSimulator } from '@connect-transcript/mock';
import { type UseTranscriptResult, useTranscript } from '@connect-transcript/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { frames, gapToBottom, untilOpened } from '../test/mountView.js';
import { wheel } from '../test/wheel.js';
import { TranscriptView } from './TranscriptView.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function until(condition: () => boolean, ms = 4000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition() && performance.now() < end) await frames(1);
  if (!condition()) throw new Error('timed out');
}

function App(props: {
  client: ParticipantClient;
  sink: { current: UseTranscriptResult | null };
}): ReactNode {
  const transcript = useTranscript({ client: props.client, pageSize: 25 });
  props.sink.current = transcript;
  return <TranscriptView transcript={transcript} selfRole="CUSTOMER" />;
}

function mountStack(size: number, latencyMs: number) {
  const sim = createParticipantSimulator({ seed: 11, scenario: { size }, latencyMs });
  let requests = 0;
  const client = createParticipantClient({
    endpoint: 'https://participant.sim.local',
    connectionToken: sim.issueToken(sim.defaultContactId),
    fetch: (url, init) => {
      requests++;
      return sim.handler(url, init);
    },
  });
  const queryClient = new QueryClient();
  const ref: { current: UseTranscriptResult | null } = { current: null };
  const host = document.createElement('div');
  host.style.cssText = 'width: 360px; height: 560px;';
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <QueryClientProvider client={queryClient}>
        <App client={client} sink={ref} />
      </QueryClientProvider>,
    ),
  );
  cleanups.push(() => {
    root.unmount();
    host.remove();
    queryClient.clear();
  });
  return {
    sim,
    host,
    transcript: ref,
    requests: () => requests,
    log: () => host.querySelector<HTMLElement>('[role="log"]') as HTMLElement,
  };
}

/** The row element at the middle of the log (an element, so it is tracked across prepends). */
function rowAtMiddle(log: HTMLElement): HTMLElement {
  const box = log.getBoundingClientRect();
  const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const row = el?.closest<HTMLElement>('.ct-TranscriptView-slot[role="listitem"]');
  if (!row) throw new Error('no row at the middle');
  return row;
}

describe('TranscriptView + useTranscript + simulator', () => {
  it('scrolls back through the whole chat with the reader’s row held within 1 px', async () => {
    const stack = mountStack(160, 300);
    await until(() => stack.transcript.current?.status === 'success');
    await untilOpened(stack.host);
    await frames(4);
    const log = stack.log();
    expect(gapToBottom(log)).toBeLessThanOrEqual(1);
    const drifts: number[] = [];
    for (let step = 0; step < 200 && stack.transcript.current?.hasOlder; step++) {
      await wheel(log, -250);
      await frames(1);
      if (!stack.transcript.current?.isFetchingOlder) continue;
      // A page is on its way: hold still, note the row under the eye, wait for the page.
      const row = rowAtMiddle(log);
      const before = row.getBoundingClientRect().top;
      await until(() => !stack.transcript.current?.isFetchingOlder);
      await frames(3);
      expect(row.isConnected).toBe(true);
      drifts.push(row.getBoundingClientRect().top - before);
    }
    console.log(`simulator scroll-back: ${drifts.length} pages, drifts (px): ${drifts.join(', ')}`);
    expect(stack.transcript.current?.hasOlder).toBe(false);
    expect(drifts.length).toBeGreaterThanOrEqual(4);
    for (const d of drifts) expect(Math.abs(d)).toBeLessThanOrEqual(1);
    // The whole history is loaded: the bookend is reachable.
    await until(() => {
      log.scrollTop = 0;
      return stack.host.textContent?.includes('Start of conversation') ?? false;
    });
    const result = await axe.run(stack.host);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  }, 90_000);

  it('holds the row when live items arrive while scrolled up, and stays pinned at the bottom', async () => {
    const stack = mountStack(60, 0);
    await until(() => stack.transcript.current?.status === 'success');
    await untilOpened(stack.host);
    await frames(4);
    const log = stack.log();
    const live = (n: number): TranscriptItem[] =>
      stack.sim.append(stack.sim.defaultContactId, {
        Type: 'MESSAGE',
        ContentType: 'text/markdown',
        Content: `**live** message ${n} with a [link](https://example.com)`,
        ParticipantRole: 'AGENT',
        DisplayName: 'Agent Smith',
        ParticipantId: 'agent-live',
      });
    // Pinned: live items keep the gap at 0.
    for (let i = 0; i < 3; i++) {
      stack.transcript.current?.addItems(live(i));
      await frames(3);
      expect(gapToBottom(log)).toBeLessThanOrEqual(1);
    }
    // Scrolled up: the row under the eye stays.
    for (let i = 0; i < 4; i++) await wheel(log, -250);
    await frames(3);
    const row = rowAtMiddle(log);
    const before = row.getBoundingClientRect().top;
    stack.transcript.current?.addItems([...live(10), ...live(11)]);
    await frames(3);
    expect(Math.abs(row.getBoundingClientRect().top - before)).toBeLessThanOrEqual(1);
    expect(stack.host.querySelector('.ct-TranscriptView-jump')?.textContent).toBe(
      '2 new messages — jump to latest',
    );
    // Announced as plain text: markdown flattened, the link's text kept.
    expect(stack.host.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Agent Smith: live message 11 with a link',
    );
  }, 30_000);
});
