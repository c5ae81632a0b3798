import type { ParticipantSimulator } from '@connect-transcript/mock';
import { expect, waitFor, within } from 'storybook/test';

// Helpers of the play functions: find the transcript's parts the way a reader (or a screen
// reader) does, scroll, and measure what stays under the reader's eye.

/** The transcript's scrollable log. */
export async function findLog(canvasElement: HTMLElement): Promise<HTMLElement> {
  return within(canvasElement).findByRole('log', {}, { timeout: 8000 });
}

/** The root of the view (`.ct-TranscriptView`) around a log. */
export function viewOf(log: HTMLElement): HTMLElement {
  const root = log.closest<HTMLElement>('.ct-TranscriptView');
  if (!root) throw new Error('The log is not inside a .ct-TranscriptView');
  return root;
}

/** Message/event rows currently rendered (virtualized: only those near the viewport). */
export function rows(log: HTMLElement): HTMLElement[] {
  return Array.from(log.querySelectorAll<HTMLElement>('.ct-Row'));
}

/** Waits until the first page is shown (rows rendered and the view no longer pending). */
export async function untilLoaded(log: HTMLElement): Promise<void> {
  await waitFor(() => expect(viewOf(log).getAttribute('data-state')).toBe('success'), {
    timeout: 8000,
  });
  await waitFor(() => expect(rows(log).length).toBeGreaterThan(0), { timeout: 8000 });
}

/**
 * What the reader's eye is on: the content (the row's last part — its bubble or event line, not a
 * day separator above it) of the topmost row fully inside the viewport, by the row's key, and its
 * offset from the log's top.
 */
export function rowUnderEye(log: HTMLElement): { key: string; offset: number } {
  const top = log.getBoundingClientRect().top;
  const visible = rows(log)
    .map((el) => ({ el, rect: contentOf(el).getBoundingClientRect() }))
    .filter(({ rect }) => rect.top >= top - 0.5 && rect.height > 0)
    .sort((a, b) => a.rect.top - b.rect.top)[0];
  if (!visible) throw new Error('No row is visible');
  return { key: visible.el.getAttribute('data-key') ?? '', offset: visible.rect.top - top };
}

/** The rendered row with this key, if it is rendered. */
export function rowByKey(log: HTMLElement, key: string): HTMLElement | null {
  return log.querySelector<HTMLElement>(`.ct-Row[data-key="${CSS.escape(key)}"]`);
}

/** Where the content of the row with this key is now, from the log's top (undefined if not rendered). */
export function offsetOf(log: HTMLElement, key: string): number | undefined {
  const el = rowByKey(log, key);
  return el
    ? contentOf(el).getBoundingClientRect().top - log.getBoundingClientRect().top
    : undefined;
}

/**
 * Resolves once the current frame has painted: from a task queued inside the next animation
 * frame, which runs after that frame's layout, ResizeObservers and paint. A reading taken in the
 * animation frame itself can see a React commit the virtualizer has not measured yet.
 */
export async function painted(): Promise<void> {
  await nextFrames(1);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Where the row with this key settles: read after each frame has painted, until two readings in a
 * row agree. A reading taken between a React commit and the view's measuring of it (its
 * ResizeObserver runs just before the paint) shows a layout no frame ever paints: a row that lost
 * its day separator to the page above, before the scroll is compensated. Waiting for two equal
 * readings skips such a moment and still catches a drift that stays.
 */
export async function settledOffsetOf(log: HTMLElement, key: string): Promise<number | undefined> {
  const read = async () => {
    await painted();
    return offsetOf(log, key);
  };
  let last = await read();
  for (let i = 0; i < 30; i++) {
    const now = await read();
    if (now !== undefined && last !== undefined && Math.abs(now - last) < 0.5) return now;
    last = now;
  }
  return last;
}

function contentOf(row: HTMLElement): HTMLElement {
  return (row.lastElementChild as HTMLElement | null) ?? row;
}

/** Scrolls the log like a reader would (a scroll event follows). */
export async function scrollLogTo(log: HTMLElement, top: number): Promise<void> {
  log.scrollTop = top;
  log.dispatchEvent(new Event('scroll'));
  await nextFrames(2);
}

/**
 * Scrolls back until the whole history is loaded and the "Start of conversation" bookend is in
 * view at the top. Rendered is not enough: the last older page arrives while the reader is at
 * the top, and the view keeps the row under their eye, so the bookend and the first rows are
 * then above the viewport until the reader scrolls up once more.
 */
export async function scrollToStart(log: HTMLElement): Promise<void> {
  await waitFor(
    async () => {
      await scrollLogTo(log, 0);
      const bookend = within(log).getByText('Start of conversation');
      expect(bookend).toBeVisible();
      expect(viewOf(log).hasAttribute('data-loading-older')).toBe(false);
      expect(log.scrollTop).toBe(0);
      const top = log.getBoundingClientRect().top;
      expect(bookend.getBoundingClientRect().top).toBeGreaterThanOrEqual(top - 0.5);
    },
    { timeout: 10_000, interval: 300 },
  );
}

/** Waits `n` animation frames. */
export function nextFrames(n = 1): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });
}

/** Whether the log is scrolled to its end (within 2 px). */
export function atBottom(log: HTMLElement): boolean {
  return log.scrollHeight - log.clientHeight - log.scrollTop <= 2;
}

/**
 * Scrolls to the top and checks that the row under the reader's eye stays put while the older
 * page is prepended. The simulator holds that page back for a moment (a latency spike on the next
 * GetTranscript), so the row under the eye is read from a painted frame before the page arrives,
 * however fast the machine answers.
 */
export async function scrollUpKeepsAnchor(
  log: HTMLElement,
  sim: ParticipantSimulator,
): Promise<void> {
  const heightBefore = log.scrollHeight;
  const answered = () => sim.requests.filter((r) => r.operation === 'GetTranscript').length;
  const answeredBefore = answered();
  sim.setFaults({ next: [{ kind: 'latencySpike', latencyMs: 500, operation: 'GetTranscript' }] });
  await scrollLogTo(log, 0);
  await painted();
  const anchor = rowUnderEye(log);
  expect(answered(), 'the older page is not answered yet when the anchor is read').toBe(
    answeredBefore,
  );
  // The older page arrives: the content grows above the reader…
  await waitFor(() => expect(log.scrollHeight).toBeGreaterThan(heightBefore + 50), {
    timeout: 8000,
  });
  await waitFor(() => expect(viewOf(log).hasAttribute('data-loading-older')).toBe(false));
  // …and the row they were reading has not moved.
  const after = await settledOffsetOf(log, anchor.key);
  expect(after, `row ${anchor.key} is still rendered`).toBeDefined();
  expect(Math.abs((after ?? Number.NaN) - anchor.offset)).toBeLessThanOrEqual(2);
  expect(log.scrollTop).toBeGreaterThan(0);
}

/** Scrolls down a step at a time until the row with this key is rendered (at most 40 steps). */
export async function scrollUntilRendered(log: HTMLElement, key: string): Promise<void> {
  const rendered = () => rowByKey(log, key) !== null;
  for (let i = 0; i < 40 && !rendered(); i++) await scrollLogTo(log, log.scrollTop + 120);
  expect(rendered(), `row ${key} rendered`).toBe(true);
}
