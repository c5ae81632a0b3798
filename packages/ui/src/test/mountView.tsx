import { createRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  TranscriptView,
  type TranscriptViewHandle,
  type TranscriptViewProps,
} from '../TranscriptView/TranscriptView.js';
import { type TestTranscript, useTestTranscript } from './transcriptStore.js';

/** Waits `n` animation frames (layout, ResizeObserver and scroll events settle in between). */
export const frames = (n = 2): Promise<void> =>
  new Promise((resolve) => {
    let left = n;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });

/**
 * Waits until a view that has rows to show shows them. A client mount opens in a transition:
 * React renders the rows in slices after the skeleton's commit, which can take several frames on
 * a busy machine, so a fixed number of frames is not enough.
 */
export async function untilOpened(host: HTMLElement, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (host.querySelector('.ct-TranscriptView-skeleton')) {
    if (performance.now() - start > timeoutMs) throw new Error('the view did not open');
    await frames(1);
  }
}

export interface MountedView {
  host: HTMLDivElement;
  root: Root;
  handle: { current: TranscriptViewHandle | null };
  log: HTMLElement;
  rerender(props: Partial<TranscriptViewProps>): void;
  unmount(): void;
}

function Connected(
  props: Omit<TranscriptViewProps, 'transcript'> & {
    store: TestTranscript;
    handle: { current: TranscriptViewHandle | null };
  },
): ReactNode {
  const { store, handle, ...rest } = props;
  const transcript = useTestTranscript(store);
  return <TranscriptView ref={handle} transcript={transcript} {...rest} />;
}

/** Mounts a view of `store` in a fixed-size box (default: a 320×480 widget) in the real page. */
export async function mountView(
  store: TestTranscript,
  props: Partial<Omit<TranscriptViewProps, 'transcript'>> = {},
  size: { width: number; height: number } = { width: 320, height: 480 },
): Promise<MountedView> {
  const host = document.createElement('div');
  host.style.width = `${size.width}px`;
  host.style.height = `${size.height}px`;
  host.style.position = 'relative';
  document.body.append(host);
  const root = createRoot(host);
  const handle = createRef<TranscriptViewHandle>() as { current: TranscriptViewHandle | null };
  let current = props;
  const render = () =>
    flushSync(() => root.render(<Connected store={store} handle={handle} {...current} />));
  render();
  const state = store.get();
  if (state.status === 'success' && (state.items.length > 0 || state.typing.length > 0)) {
    await untilOpened(host);
  }
  await frames(3);
  const log = host.querySelector<HTMLElement>('[role="log"]');
  if (!log) throw new Error('no log rendered');
  return {
    host,
    root,
    handle,
    log,
    rerender(next) {
      current = { ...current, ...next };
      render();
    },
    unmount() {
      root.unmount();
      host.remove();
    },
  };
}

/** The row whose text starts with `#n `. */
export function rowOf(host: HTMLElement, n: number): HTMLElement | null {
  for (const el of host.querySelectorAll<HTMLElement>('[role="listitem"]')) {
    if (el.textContent?.includes(`#${n} `)) return el;
  }
  return null;
}

/** The message number of the row at the vertical middle of the log. */
export function rowAtMiddle(log: HTMLElement): number {
  const box = log.getBoundingClientRect();
  const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const row = el?.closest('[role="listitem"]');
  const match = /#(\d+) /.exec(row?.textContent ?? '');
  if (!match) throw new Error(`no message row at the middle (${row?.textContent})`);
  return Number(match[1]);
}

export const topOf = (el: Element | null): number => {
  if (!el) throw new Error('row not rendered');
  return el.getBoundingClientRect().top;
};

/** Gap between the bottom of the content and the bottom of the viewport (0 = pinned). */
export const gapToBottom = (log: HTMLElement): number =>
  log.scrollHeight - log.scrollTop - log.clientHeight;
