import { generateShowcase } from '@connect-transcript/mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
// The complete German strings the row tests use.
import { german } from '../../../../packages/ui/src/test/german.js';
import { transcriptArgTypes } from '../stories/argTypes.js';
import {
  attachmentsChat,
  carouselChat,
  everyEventChat,
  imagePickerChat,
  people,
  persistentChat,
  quickReplyChat,
} from '../stories/chats.js';
import { hostileChat, longContentChat, rtlChat } from '../stories/corpus.js';
import { LiveTranscript } from '../stories/LiveTranscript.js';
import {
  findLog,
  rows,
  scrollLogTo,
  scrollToStart,
  scrollUntilRendered,
  untilLoaded,
} from '../stories/play.js';
import { simulatorIn } from '../stories/useStorySimulator.js';

/**
 * What the rows show: events, attachments, markdown, hostile content, long content, RTL text and
 * persistent-chat history. The chats are hand-written but still served by the simulator.
 */
const meta = {
  title: 'ui/TranscriptView/Content',
  component: LiveTranscript,
  args: { pageSize: 50, latencyMs: 0, height: 480 },
  argTypes: transcriptArgTypes,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LiveTranscript>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every event kind: joins, leaves, idle/returned, invites, transfers, rehydration, an unknown one. */
export const EveryEventType: Story = {
  args: {
    simulator: { chats: [everyEventChat()] },
    timeZone: 'UTC',
    locale: 'en-US',
    height: 1400,
  },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollLogTo(log, 0);
    const canvas = within(log);
    for (const text of [
      'Maya Lindqvist joined the chat',
      'The transfer failed',
      'The chat was transferred',
      'Maya Lindqvist is idle',
      'Maya Lindqvist is back',
      'The chat was resumed',
    ]) {
      await waitFor(() => expect(canvas.getByText(text, { exact: false })).toBeInTheDocument());
    }
    const kinds = new Set(rows(log).map((r) => r.getAttribute('data-kind')));
    expect(kinds.has('event')).toBe(true);
    expect(kinds.has('message')).toBe(true);
  },
};

/**
 * Approved (openable), scanning, rejected and unknown-status attachments. "Open" signs a URL with
 * GetAttachment and opens it in a new tab; the simulator serves the file there (the URL is on the
 * book's origin, so MSW answers it in the new tab too). Once signed, the card shows the file's
 * size.
 */
export const AttachmentsInEveryStatus: Story = {
  args: { simulator: { chats: [attachmentsChat()] } },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Scanning…', { exact: false })).toBeInTheDocument();
    await expect(canvas.getByText('Blocked', { exact: false })).toBeInTheDocument();
    expect(within(log).queryByRole('button', { name: /setup\.exe/ })).toBeNull();
    // Catch the new tab's URL instead of opening it, then load it as the tab would.
    const opened: string[] = [];
    const original = window.open;
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
    try {
      await userEvent.click(await canvas.findByRole('button', { name: /notes\.txt/ }));
      await waitFor(() => expect(opened).toHaveLength(1), { timeout: 8000 });
    } finally {
      window.open = original;
    }
    const response = await fetch(opened[0] ?? '');
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('Return label requested');
    // Signed once, the file's size (GetAttachment's) shows on its card.
    const card = (await canvas.findByRole('button', { name: /notes\.txt/ })).closest(
      '.ct-Attachment',
    );
    await waitFor(() =>
      expect(card?.querySelector('.ct-Attachment-size')?.textContent).toMatch(/^\d+ bytes$/),
    );
    expect(card?.querySelector('.ct-Attachment-size')?.textContent).toBe(
      `${new TextEncoder().encode(body).length} bytes`,
    );
  },
};

/** A custom opener (`onAttachmentOpen`): the file is fetched and previewed under the view. */
export const AttachmentsWithCustomOpener: Story = {
  args: { simulator: { chats: [attachmentsChat()] }, previewAttachments: true },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /notes\.txt/ }));
    const panel = await canvas.findByRole('region', { name: 'Attachment preview' });
    await waitFor(() => expect(within(panel).getByText(/Return label requested/)).toBeVisible());
    await userEvent.click(canvas.getByRole('button', { name: /broken-screen\.png/ }));
    const image = await within(panel).findByRole('img', { name: 'broken-screen.png' });
    await waitFor(() => expect((image as HTMLImageElement).naturalWidth).toBe(1));
  },
};

/** Markdown renders; scripts, handlers, javascript:/data: links and HTML stay inert text. */
export const MarkdownAndHostileContent: Story = {
  args: { simulator: { chats: [hostileChat()] } },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollLogTo(log, 0);
    await waitFor(() => expect(log.querySelector('strong')).not.toBeNull());
    expect(log.querySelector('script, iframe, style, img[onerror], svg[onload]')).toBeNull();
    for (const a of Array.from(log.querySelectorAll('a'))) {
      expect(a.getAttribute('href') ?? '').toMatch(/^(https?:|mailto:)/);
      if (a.getAttribute('href')?.startsWith('http')) expect(a.rel).toContain('noopener');
    }
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    await expect(within(log).getAllByText(/<script>/).length).toBeGreaterThan(0);
  },
};

/** A 16,384-character message, a 300-character word and a long URL wrap inside the bubble. */
export const LongWordsAndHugeMessages: Story = {
  args: { simulator: { chats: [longContentChat()] }, width: 420 },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollLogTo(log, 0);
    expect(log.scrollWidth).toBeLessThanOrEqual(log.clientWidth + 1);
    for (const bubble of Array.from(log.querySelectorAll<HTMLElement>('.ct-Message-bubble'))) {
      expect(bubble.scrollWidth).toBeLessThanOrEqual(bubble.clientWidth + 1);
    }
  },
};

/** Arabic and Hebrew in an RTL frame: mine on the left, theirs on the right, numbers intact. */
export const RightToLeft: Story = {
  args: { simulator: { chats: [rtlChat()] }, dir: 'rtl', locale: 'ar-EG', timeZone: 'Asia/Dubai' },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    expect(within(log).getAllByText(/48213/).length).toBeGreaterThanOrEqual(2);
    await expect(within(log).getByText('שלום, ההזמנה שלך תגיע ביום שישי.')).toBeVisible();
    expect(getComputedStyle(log).direction).toBe('rtl');
    expect(log.scrollWidth).toBeLessThanOrEqual(log.clientWidth + 1);
  },
};

/** A persistent chat: earlier contacts load as the reader scrolls back, marked as previous. */
export const PersistentChatHistory: Story = {
  args: {
    simulator: { chats: [persistentChat()] },
    pageSize: 4,
    timeZone: 'UTC',
    locale: 'en-GB',
  },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollToStart(log);
    // A dated marker where each earlier conversation begins (each ended with chat.ended). Rows
    // are virtualized: the second one is looked for as the reader scrolls down to it.
    const marker = (key: string) =>
      log.querySelector(`.ct-Row[data-key="${key}"] .ct-HistoryMarker[data-history]`)?.textContent;
    // ICU versions write September as "Sep" or "Sept".
    // The first rows render in the frames after the start of the chat is reached.
    await waitFor(() =>
      expect(marker('h1-1')).toMatch(/^Previous conversation · 2 Sept? 2026, 08:00$/),
    );
    await scrollUntilRendered(log, 'h2-1');
    await waitFor(() => expect(marker('h2-1')).toBe('Previous conversation · 14 Oct 2026, 16:30'));
    expect(rows(log).some((r) => r.hasAttribute('data-history'))).toBe(true);
  },
};

/**
 * Every kind of item a Connect transcript holds (the simulator's `generateShowcase()`): every
 * event, the `SYSTEM_MESSAGE` and `BOT` sentinels read as "System" and "Assistant", every
 * interactive template with the customer's picks, "show more" taps hidden, a replaced guide step,
 * processing states, a three-file attachment, unknown types and hostile content — all as words.
 */
export const EveryConnectItem: Story = {
  args: {
    simulator: { chats: [generateShowcase()] },
    pageSize: 100,
    timeZone: 'UTC',
    locale: 'en-US',
    height: 720,
  },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollToStart(log);
    const text = log.textContent ?? '';
    expect(text).not.toMatch(/SYSTEM_MESSAGE|\bBOT\b|SHOW_MORE|\{"/);
    await waitFor(() =>
      expect(within(log).getByText('Assistant joined the chat')).toBeInTheDocument(),
    );
    expect(within(log).getAllByText('System').length).toBeGreaterThan(0);
  },
};

/** The same chat with every string in German (`messages`) and German dates (`locale`). */
export const EveryConnectItemInGerman: Story = {
  args: { ...EveryConnectItem.args, locale: 'de-DE', timeZone: 'Europe/Berlin', messages: german },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await waitFor(
      async () => {
        await scrollLogTo(log, 0);
        expect(within(log).getByText('Beginn des Gesprächs')).toBeVisible();
      },
      { timeout: 10_000, interval: 300 },
    );
    expect(within(log).getByText('Maya Lindqvist ist beigetreten')).toBeInTheDocument();
    expect(log.textContent).not.toMatch(/SYSTEM_MESSAGE|\bBOT\b| joined the chat/);
  },
};

/**
 * `onInteractiveSelect` makes the latest interactive message answerable: its options are buttons
 * (a list named by the title, "2 of 3" to a screen reader), and a pick hands the app the
 * SendMessage `contentType` and `content`. Here the story sends it to the simulator, as the
 * widget would: the pick arrives as the customer's message and the options are read-only again.
 */
export const AnswerAQuickReply: Story = {
  args: {
    simulator: { chats: [quickReplyChat()] },
    pollMs: 300,
    selfRole: 'CUSTOMER',
    onInteractiveSelect: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const billing = await within(log).findByRole('button', { name: 'Billing' });
    await userEvent.click(billing);
    await waitFor(() =>
      expect(args.onInteractiveSelect).toHaveBeenCalledWith(
        expect.objectContaining({ contentType: 'text/plain', content: 'Billing' }),
      ),
    );
    const sim = simulatorIn(canvasElement);
    sim.append(sim.defaultContactId, {
      Type: 'MESSAGE',
      ContentType: 'text/plain',
      Content: 'Billing',
      ...people.customer,
    });
    await waitFor(() => expect(within(log).queryByRole('button', { name: 'Billing' })).toBeNull(), {
      timeout: 5000,
    });
  },
};

/**
 * A Carousel is answered in its cards: each card's options are buttons (a list named by the
 * card), and a pick sends Connect's selection JSON — the card's `templateIdentifier`, its title
 * and the option — which reads back as the chosen option, marked in its card.
 */
export const AnswerACarousel: Story = {
  args: {
    simulator: { chats: [carouselChat()] },
    pollMs: 300,
    selfRole: 'CUSTOMER',
    onInteractiveSelect: fn(),
    height: 620,
  },
  play: async ({ canvasElement, args }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const option = await within(log).findByRole('button', { name: 'Switch to Premium' });
    await userEvent.click(option);
    const content = JSON.stringify({
      templateIdentifier: 'plan-premium',
      listTitle: 'Premium',
      selectionText: 'Switch to Premium',
    });
    await waitFor(() =>
      expect(args.onInteractiveSelect).toHaveBeenCalledWith(
        expect.objectContaining({ contentType: 'text/plain', content }),
      ),
    );
    const sim = simulatorIn(canvasElement);
    sim.append(sim.defaultContactId, {
      Type: 'MESSAGE',
      ContentType: 'text/plain',
      Content: content,
      ...people.customer,
    });
    await waitFor(
      () => expect(within(log).queryByRole('button', { name: 'Switch to Premium' })).toBeNull(),
      { timeout: 5000 },
    );
    await waitFor(() =>
      expect(log.querySelector('.ct-Interactive-option[data-picked]')?.textContent).toMatch(
        /^Switch to Premium/,
      ),
    );
    expect(log.textContent).not.toContain('selectionText');
  },
};

/**
 * Images in interactive templates show only when the app allows them (`interactiveImages`: any
 * https URL, or a function — here, this Storybook's own origin). Each sits in a box of fixed
 * size, so the row never moves as they load; without the prop, the same message has none.
 */
export const TemplateImages: Story = {
  args: {
    simulator: { chats: [imagePickerChat(globalThis.location?.origin ?? '')] },
    interactiveImages: (url: string) => url.startsWith(`${globalThis.location?.origin}/`),
    height: 560,
  },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const images = () => [...log.querySelectorAll<HTMLImageElement>('img.ct-Interactive-image')];
    await waitFor(() => expect(images()).toHaveLength(4));
    expect(images().map((img) => img.alt)).toEqual([
      'The three plans side by side',
      'A small box',
      'A large box',
      'Four boxes',
    ]);
    for (const img of images()) {
      expect(img.getBoundingClientRect().height).toBeGreaterThan(30);
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
  },
};
