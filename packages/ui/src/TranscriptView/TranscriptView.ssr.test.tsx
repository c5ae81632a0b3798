import { staticTranscript } from '@connect-transcript/core';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeMessage, messages } from '../test/transcriptStore.js';
import { TranscriptView } from './TranscriptView.js';

// React's act() warns unless the environment says it is a test one.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('TranscriptView on the server', () => {
  const transcript = staticTranscript(messages(0, 200));

  it('renders the newest page, bottom-aligned without JavaScript', () => {
    const html = renderToString(<TranscriptView transcript={transcript} />);
    expect(html).toContain('#199 ');
    expect(html).toContain('#170 ');
    expect(html).not.toContain('#169 ');
    // The static scroller is flex column-reverse in view.css: scrolled to the end by the browser.
    expect(html).toMatch(/role="log"[^>]*data-static=""/);
    expect(html).toContain('aria-label="Chat transcript"');
  });

  it('renders the whole short conversation with its bookend', () => {
    const html = renderToString(<TranscriptView transcript={staticTranscript(messages(0, 5))} />);
    expect(html).toContain('Start of conversation');
    expect(html).toContain('#0 ');
    expect(html).toContain('#4 ');
  });

  it('marks the reader’s side from selfParticipantId', () => {
    const items = [
      makeMessage(1, { ParticipantId: 'me', ParticipantRole: 'AGENT' }),
      makeMessage(2, { ParticipantId: 'other', ParticipantRole: 'CUSTOMER' }),
    ];
    const host = document.createElement('div');
    host.innerHTML = renderToString(
      <TranscriptView transcript={staticTranscript(items)} selfParticipantId="me" />,
    );
    const rows = host.querySelectorAll('[data-kind="message"]');
    expect(rows[0]?.hasAttribute('data-mine')).toBe(true);
    expect(rows[1]?.hasAttribute('data-mine')).toBe(false);
  });

  it('hydrates without warnings, then takes over with the virtualizer', async () => {
    const errors = vi.spyOn(console, 'error');
    const host = document.createElement('div');
    document.body.append(host);
    const view = <TranscriptView transcript={transcript} locale="en-GB" timeZone="Europe/Berlin" />;
    host.innerHTML = renderToString(view);
    const serverLog = host.querySelector('[role="log"]');
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(host, view, { onRecoverableError: (e) => recoverable.push(e) });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    // Same element (hydrated, not re-created), now in virtualized mode.
    const log = host.querySelector('[role="log"]');
    expect(log).toBe(serverLog);
    expect(log?.hasAttribute('data-static')).toBe(false);
    act(() => root?.unmount());
  });
});
