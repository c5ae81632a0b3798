import { TranscriptError } from '@connect-transcript/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestTranscript, messages } from '../test/transcriptStore.js';
import type { TranscriptComponents, TranscriptState } from './seam.js';
import { TranscriptView, type TranscriptViewHandle } from './TranscriptView.js';

afterEach(cleanup);

const state = (patch: Partial<TranscriptState> = {}): TranscriptState => ({
  ...createTestTranscript({ items: messages(0, 10), hasOlder: false }).get(),
  ...patch,
});

describe('TranscriptView states', () => {
  it('shows a skeleton in a busy, labelled log while the first page loads', () => {
    const { container } = render(
      <TranscriptView transcript={state({ status: 'pending', items: [] })} />,
    );
    const log = screen.getByRole('log', { name: 'Chat transcript' });
    expect(log.getAttribute('aria-busy')).toBe('true');
    expect(log.getAttribute('aria-live')).toBe('off');
    expect(log.tabIndex).toBe(0);
    expect(
      container.querySelector('.ct-TranscriptView-skeleton')?.getAttribute('aria-hidden'),
    ).toBe('true');
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('pending');
  });

  it('builds the rows’ date formatters while the first page loads, before any row renders', async () => {
    // A page's first Intl formatter costs tens of milliseconds: paid during the request, not by
    // the first rows. (A locale and zone no other test uses: the formatters are cached.)
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      render(
        <TranscriptView
          transcript={state({ status: 'pending', items: [] })}
          locale="fi-FI"
          timeZone="Pacific/Chatham"
        />,
      );
      await waitFor(() =>
        expect(built).toHaveBeenCalledWith(
          'fi-FI',
          expect.objectContaining({ timeZone: 'Pacific/Chatham', hour: 'numeric' }),
        ),
      );
      expect(document.querySelector('.ct-Row')).toBeNull();
    } finally {
      built.mockRestore();
    }
  });

  it('shows the empty state', () => {
    render(<TranscriptView transcript={state({ items: [] })} />);
    expect(screen.getByText('No messages yet')).toBeTruthy();
  });

  it('shows the error state with a Retry that refetches', () => {
    const refetch = vi.fn(() => Promise.resolve());
    render(
      <TranscriptView
        transcript={state({
          status: 'error',
          items: [],
          error: new TranscriptError('NETWORK_ERROR', 'offline'),
          refetch,
        })}
      />,
    );
    expect(screen.getByText('Couldn’t load the conversation.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('shows the bookend when the history is complete, inside the list', () => {
    render(<TranscriptView transcript={state({ hasOlder: false })} />);
    const bookend = screen.getByText('Start of conversation');
    expect(bookend.closest('[role="listitem"]')?.parentElement?.getAttribute('role')).toBe('list');
  });

  it('shows a loading row while an older page loads', () => {
    render(<TranscriptView transcript={state({ hasOlder: true, isFetchingOlder: true })} />);
    expect(screen.getByText('Loading earlier messages…')).toBeTruthy();
    expect(screen.getByRole('log').getAttribute('aria-busy')).toBe('true');
  });

  it('shows the older-page error inline with a Retry that fetches again', () => {
    const fetchOlder = vi.fn(() => Promise.resolve());
    render(
      <TranscriptView
        transcript={state({
          hasOlder: true,
          olderError: new TranscriptError('THROTTLING', 'slow down'),
          fetchOlder,
        })}
      />,
    );
    expect(screen.getByText(/Couldn’t load earlier messages\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(fetchOlder).toHaveBeenCalledTimes(1);
  });

  it('shows that the chat ended when access is denied after items loaded', () => {
    render(
      <TranscriptView
        transcript={state({ error: new TranscriptError('ACCESS_DENIED', 'expired token') })}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'This chat has ended. The messages so far are shown.',
    );
  });

  it('puts the theme, className, style and rest props on the root', () => {
    const { container } = render(
      <TranscriptView
        transcript={state()}
        className="mine"
        style={{ height: 300 }}
        data-theme="dark"
        id="t"
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe('ct-TranscriptView mine');
    expect(root.style.height).toBe('300px');
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.id).toBe('t');
    expect(root.getAttribute('data-state')).toBe('success');
    expect(root.hasAttribute('data-loading-older')).toBe(false);
  });
});

const components: Partial<TranscriptComponents> = {
  LoadingOlder: ({ label }: { label: string }) => <b>custom loading: {label}</b>,
  OlderError: (p: { onRetry: () => void }) => (
    <button type="button" onClick={p.onRetry}>
      custom older error
    </button>
  ),
  StartOfConversation: () => <b>custom start</b>,
  Empty: () => <b>custom empty</b>,
  Error: (p: { error: TranscriptError | null }) => <b>custom error {p.error?.code}</b>,
  JumpToLatest: (p: { newCount: number }) => <b>custom jump {p.newCount}</b>,
};

describe('TranscriptView customisation', () => {
  it('takes any built-in string from `messages`', () => {
    const { rerender } = render(
      <TranscriptView
        transcript={state({ hasOlder: false })}
        messages={{ logLabel: 'Verlauf', startOfConversation: 'Anfang des Gesprächs' }}
      />,
    );
    expect(screen.getByRole('log', { name: 'Verlauf' })).toBeTruthy();
    expect(screen.getByText('Anfang des Gesprächs')).toBeTruthy();
    rerender(<TranscriptView transcript={state({ items: [] })} messages={{ empty: 'Leer' }} />);
    expect(screen.getByText('Leer')).toBeTruthy();
  });

  it('renders the six view slots from `components`', () => {
    const view = (patch: Partial<TranscriptState>) => (
      <TranscriptView transcript={state(patch)} components={components} />
    );
    const { rerender } = render(view({ hasOlder: true, isFetchingOlder: true }));
    expect(screen.getByText('custom loading: Loading earlier messages…')).toBeTruthy();
    const fetchOlder = vi.fn(() => Promise.resolve());
    rerender(view({ hasOlder: true, olderError: new TranscriptError('TIMEOUT', 't'), fetchOlder }));
    fireEvent.click(screen.getByText('custom older error'));
    expect(fetchOlder).toHaveBeenCalled();
    rerender(view({ hasOlder: false }));
    expect(screen.getByText('custom start')).toBeTruthy();
    rerender(view({ items: [] }));
    expect(screen.getByText('custom empty')).toBeTruthy();
    rerender(view({ status: 'error', items: [], error: new TranscriptError('THROTTLING', 'x') }));
    expect(screen.getByText('custom error THROTTLING')).toBeTruthy();
  });

  it('renders the JumpToLatest slot when the reader is scrolled up', async () => {
    // happy-dom has no layout: rows 100 px high in a 400 px log.
    const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('ct-TranscriptView-slot') ? 100 : 0;
      },
    });
    try {
      const store = createTestTranscript({ items: messages(0, 40), hasOlder: false });
      render(<TranscriptView transcript={store.get()} components={components} />);
      const log = screen.getByRole('log');
      Object.defineProperty(log, 'scrollHeight', { configurable: true, value: 4056 });
      Object.defineProperty(log, 'clientHeight', { configurable: true, value: 400 });
      await new Promise((r) => setTimeout(r, 100));
      expect(screen.queryByText(/custom jump/)).toBeNull();
      act(() => {
        log.scrollTop = 1000;
        fireEvent.scroll(log);
      });
      await waitFor(() => expect(screen.getByText('custom jump 0')).toBeTruthy());
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', height);
    }
  });

  it('exposes scrollToLatest and scrollToItem', () => {
    const ref = createRef<TranscriptViewHandle>();
    render(<TranscriptView ref={ref} transcript={state()} />);
    expect(typeof ref.current?.scrollToLatest).toBe('function');
    expect(ref.current?.scrollToItem('m3')).toBe(true);
    expect(ref.current?.scrollToItem('nope')).toBe(false);
    expect(() => ref.current?.scrollToLatest({ behavior: 'smooth' })).not.toThrow();
  });
});
