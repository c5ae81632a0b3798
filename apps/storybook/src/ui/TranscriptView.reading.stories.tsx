import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catchingUpChat, persistentChat } from '../stories/chats.js';
import { findLog, rows, scrollToStart, scrollUntilRendered, untilLoaded } from '../stories/play.js';
import { ReaderTools } from '../stories/ReaderTools.js';
import { simulatorIn } from '../stories/useStorySimulator.js';

/**
 * Reading a long chat: what did I miss (the "New messages" divider from read receipts, and the
 * messages reported as seen), what was the order number (search), send me this chat (export),
 * my phone slept (gap-fill).
 */
const meta = {
  title: 'ui/TranscriptView/Reading a long chat',
  component: ReaderTools,
  args: { pageSize: 15, simulator: { chats: [catchingUpChat()] } },
  argTypes: {
    pageSize: { control: { type: 'range', min: 1, max: 100 } },
    format: { control: 'inline-radio', options: ['text', 'markdown', 'html'] },
    simulator: { table: { disable: true } },
    faults: { table: { disable: true } },
  },
} satisfies Meta<typeof ReaderTools>;
export default meta;
type Story = StoryObj<typeof meta>;

const divider = (log: HTMLElement) => log.querySelector<HTMLElement>('.ct-UnreadDivider');

/**
 * 40 messages the customer has not read: the divider sits above the first of them, older pages
 * load until it is there, and the jump puts it at the top.
 */
export const NewMessagesDivider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await userEvent.click(canvas.getByRole('button', { name: 'Jump to first unread' }));
    await waitFor(() => expect(divider(log)).not.toBeNull(), { timeout: 8000 });
    await waitFor(() => {
      const row = divider(log)!.closest('.ct-Row')!;
      const top = row.getBoundingClientRect().top - log.getBoundingClientRect().top;
      expect(Math.abs(top)).toBeLessThanOrEqual(1);
    });
    expect(divider(log)!.closest('.ct-Row')?.getAttribute('data-key')).toBe('u-4');
    expect(canvas.getByTestId('unread')).toHaveTextContent('40');
  },
};

/** Messages the reader stopped at are reported (once each) to send read receipts. */
export const MessagesSeen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await waitFor(() => expect(Number(canvas.getByTestId('seen').textContent)).toBeGreaterThan(2), {
      timeout: 4000,
    });
  },
};

/** Search is case- and accent-insensitive: "munchen" finds "München" and jumps to it. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search this chat' }), 'munchen');
    await waitFor(() => expect(canvas.getByTestId('hits')).toHaveTextContent('1'));
    await waitFor(() =>
      expect(rows(log).some((r) => r.textContent?.includes('depot in München'))).toBe(true),
    );
    // Highlighted where it is, nothing added to the rows.
    await waitFor(() => expect(CSS.highlights.get('ct-search-current')?.size).toBe(1));
    expect(log.querySelector('mark')).toBeNull();
  },
};

/** "Search older" pages back until an older message matches ("Hi, where is my order?"). */
export const SearchOlder: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search this chat' }), 'where is');
    expect(canvas.getByTestId('hits')).toHaveTextContent('0');
    await userEvent.click(canvas.getByRole('button', { name: 'Search older' }));
    await waitFor(() => expect(canvas.getByTestId('hits')).toHaveTextContent('1'), {
      timeout: 8000,
    });
  },
};

/** "Export the whole chat" reads back to the start first: every message is in it. */
export const ExportTheWholeChat: Story = {
  args: { format: 'text' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await userEvent.click(canvas.getByRole('button', { name: 'Export the whole chat' }));
    const out = await canvas.findByTestId('export', {}, { timeout: 8000 });
    expect(out.textContent).toContain('Hi, where is my order?');
    expect(out.textContent).toContain('Update 40: still checking with the warehouse.');
  },
};

/** Export what is loaded as a script-free HTML document. */
export const Export: Story = {
  args: { format: 'html' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await userEvent.click(canvas.getByRole('button', { name: 'Export' }));
    const out = await canvas.findByTestId('export');
    expect(out.textContent).toMatch(/^<!doctype html>/);
    expect(out.textContent).toContain('Update 40: still checking with the warehouse.');
    expect(out.textContent).not.toMatch(/<script/i);
  },
};

/** 45 messages said while the socket was down: "Fill the gap" pages back until it meets them. */
export const GapFill: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const sim = simulatorIn(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Miss 45 messages' }));
    sim.resetRequests();
    await userEvent.click(canvas.getByRole('button', { name: 'Fill the gap' }));
    await waitFor(() => expect(rows(log).at(-1)?.textContent).toContain('Missed while away 45'));
    // 45 new items in pages of 15: four requests reach what was loaded.
    expect(sim.requests.filter((r) => r.operation === 'GetTranscript')).toHaveLength(4);
  },
};

/** A persistent chat's earlier conversations, each marked where it began, with its date. */
export const PastConversations: Story = {
  args: { pageSize: 30, simulator: { chats: [persistentChat()] } },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollToStart(log);
    // Each earlier conversation's first row carries the marker (rows are virtualized: the
    // second one is looked for as the reader scrolls down to it).
    const marker = (key: string) =>
      log.querySelector(`.ct-Row[data-key="${key}"] .ct-HistoryMarker[data-history]`)?.textContent;
    // The first rows render in the frames after the start of the chat is reached.
    await waitFor(() => expect(marker('h1-1')).toMatch(/^Previous conversation · /));
    await scrollUntilRendered(log, 'h2-1');
    await waitFor(() => expect(marker('h2-1')).toMatch(/^Previous conversation · /));
    // A transfer inside a conversation is no boundary: one marker per conversation.
    expect(log.querySelectorAll('.ct-HistoryMarker[data-history]').length).toBeLessThanOrEqual(2);
  },
};
