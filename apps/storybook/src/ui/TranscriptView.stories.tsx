import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { transcriptArgTypes } from '../stories/argTypes.js';
import { LiveTranscript } from '../stories/LiveTranscript.js';
import {
  atBottom,
  findLog,
  nextFrames,
  rows,
  scrollLogTo,
  scrollToStart,
  scrollUpKeepsAnchor,
  untilLoaded,
  viewOf,
} from '../stories/play.js';
import { simulatorIn } from '../stories/useStorySimulator.js';

/**
 * Every data state of `<TranscriptView>`, each driven end to end: `useTranscript` → the core
 * client → `fetch` → MSW → the story's own Participant Service simulator.
 */
const meta = {
  title: 'ui/TranscriptView/Data states',
  component: LiveTranscript,
  args: { pageSize: 20, size: 120, seed: 7, latencyMs: 0, faultRate: 0, height: 420 },
  argTypes: transcriptArgTypes,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LiveTranscript>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The newest page first; scrolling to the top loads the next older page without a jump. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await waitFor(() => expect(atBottom(log)).toBe(true));
    const sim = simulatorIn(canvasElement);
    await scrollUpKeepsAnchor(log, sim);
    const reads = sim.requests.filter((r) => r.operation === 'GetTranscript');
    expect(reads).toHaveLength(2);
  },
};

/** A chat with no items yet. */
export const Empty: Story = {
  args: { size: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No messages yet', {}, { timeout: 8000 })).toBeVisible();
  },
};

/** Everything fits in one page: the bookend shows at once and nothing more is requested. */
export const OnePage: Story = {
  args: { size: 12, pageSize: 30 },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await expect(await within(log).findByText('Start of conversation')).toBeVisible();
    await scrollLogTo(log, 0);
    const reads = simulatorIn(canvasElement).requests.filter(
      (r) => r.operation === 'GetTranscript',
    );
    expect(reads).toHaveLength(1);
  },
};

/** 10,000 items: only the rows near the viewport are in the DOM, paging still keeps the anchor. */
export const TenThousandItems: Story = {
  args: { size: 10_000, pageSize: 100 },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    expect(rows(log).length).toBeLessThan(60);
    await scrollUpKeepsAnchor(log, simulatorIn(canvasElement));
    expect(rows(log).length).toBeLessThan(60);
  },
};

/** 1.5 s per page: a skeleton first, then a "loading earlier messages" row while paging. */
export const SlowPages: Story = {
  args: { latencyMs: 1500 },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    expect(log.getAttribute('aria-busy')).toBe('true');
    await untilLoaded(log);
    await scrollLogTo(log, 0);
    await expect(
      await within(log).findByText('Loading earlier messages…', {}, { timeout: 4000 }),
    ).toBeVisible();
    await waitFor(() => expect(viewOf(log).hasAttribute('data-loading-older')).toBe(false), {
      timeout: 8000,
    });
  },
};

/** The older page fails (after the client's retries); the loaded messages stay and Retry works. */
export const FailingOlderPageThenRetry: Story = {
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const sim = simulatorIn(canvasElement);
    const heightBefore = log.scrollHeight;
    sim.setFaults({ next: ['internal', 'internal', 'internal', 'internal'] });
    await scrollLogTo(log, 0);
    const retry = await within(log).findByRole('button', { name: 'Retry' }, { timeout: 8000 });
    await expect(within(log).getByText('Couldn’t load earlier messages.')).toBeVisible();
    // Nothing loaded is lost.
    expect(log.scrollHeight).toBeGreaterThanOrEqual(heightBefore);
    sim.setFaults({});
    const height = log.scrollHeight;
    await userEvent.click(retry);
    await waitFor(() => expect(log.scrollHeight).toBeGreaterThan(height + 50), { timeout: 8000 });
    expect(within(log).queryByText('Couldn’t load earlier messages.')).toBeNull();
  },
};

/** A burst of 429s with Retry-After: the client waits and retries, the reader sees the page. */
export const ThrottlingBurst: Story = {
  args: {
    faults: {
      next: [
        { kind: 'throttle', retryAfterSeconds: 0 },
        { kind: 'throttle', retryAfterSeconds: 0 },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const statuses = simulatorIn(canvasElement).requests.map((r) => r.status);
    expect(statuses.slice(0, 3)).toEqual([429, 429, 200]);
  },
};

/** A 200 with an HTML body: a clear error instead of a crash; Retry loads the page. */
export const MalformedResponse: Story = {
  args: { faults: { next: ['htmlBody'] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('Couldn’t load the conversation.', {}, { timeout: 8000 }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    const log = await findLog(canvasElement);
    await untilLoaded(log);
  },
};

/**
 * The chat ends after two pages (every request answers 403 from then on): the older page fails
 * but what was loaded stays, and the next refresh says the chat has ended.
 */
export const ChatEndedAfterSomePages: Story = {
  args: { showRefresh: true },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const sim = simulatorIn(canvasElement);
    await scrollUpKeepsAnchor(log, sim);
    const count = rows(log).length;
    sim.endChat();
    await scrollLogTo(log, 0);
    // The older page is refused: the chat is over, and the view says so (not "Retry").
    const ended = 'This chat has ended. The messages so far are shown.';
    await expect(
      await within(canvasElement).findByText(ended, {}, { timeout: 8000 }),
    ).toBeVisible();
    expect(within(log).queryByText('Couldn’t load earlier messages.')).toBeNull();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Refresh' }));
    // The refresh is refused too; once it has been answered, nothing more is asked for in either
    // direction, and the notice stays.
    let asked = -1;
    while (asked !== sim.requests.length) {
      asked = sim.requests.length;
      await nextFrames(20);
    }
    await scrollLogTo(log, 0);
    await scrollLogTo(log, log.scrollHeight);
    await nextFrames(10);
    expect(sim.requests.length).toBe(asked);
    expect(within(canvasElement).getByText(ended)).toBeVisible();
    expect(rows(log).length).toBeGreaterThanOrEqual(Math.min(count, 1));
  },
};

/** Paging back to the very first item ends with the "Start of conversation" bookend. */
export const EndOfHistoryBookend: Story = {
  args: { size: 45, pageSize: 15 },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollToStart(log);
    const reads = simulatorIn(canvasElement).requests.filter(
      (r) => r.operation === 'GetTranscript',
    );
    expect(reads.length).toBeGreaterThanOrEqual(3);
  },
};

/** Keyboard: arrows move between messages, Home goes to the first loaded one (and loads older). */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    log.focus();
    await userEvent.keyboard('{ArrowUp}');
    const first = document.activeElement as HTMLElement;
    expect(first.classList.contains('ct-Row')).toBe(true);
    await userEvent.keyboard('{ArrowUp}');
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect(second.getBoundingClientRect().top).toBeLessThan(first.getBoundingClientRect().top);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      first.getAttribute('aria-label'),
    );
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(atBottom(log)).toBe(true));
  },
};
