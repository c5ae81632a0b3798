import type { TranscriptItem } from '@connect-transcript/core';
import { generateTranscript } from '@connect-transcript/mock';
import { Message, type MessageProps, type TranscriptViewHandle } from '@connect-transcript/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { forwardRef, useEffect, useMemo, useRef } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { transcriptArgTypes } from '../stories/argTypes.js';
import { people, typingAndReceiptsChat } from '../stories/chats.js';
import { LiveTranscript, type LiveTranscriptProps } from '../stories/LiveTranscript.js';
import {
  atBottom,
  findLog,
  rowUnderEye,
  scrollLogTo,
  settledOffsetOf,
  untilLoaded,
} from '../stories/play.js';
import { simulatorIn } from '../stories/useStorySimulator.js';

/** Live behaviour: new messages, typing, receipts, jumps, and custom parts. */
const meta = {
  title: 'ui/TranscriptView/Live',
  component: LiveTranscript,
  args: { pageSize: 30, size: 60, seed: 9, latencyMs: 0, height: 440, pollMs: 300 },
  argTypes: transcriptArgTypes,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LiveTranscript>;
export default meta;
type Story = StoryObj<typeof meta>;

const agentSays = (content: string): TranscriptItem => ({
  Type: 'MESSAGE',
  ContentType: 'text/plain',
  Content: content,
  ...people.agent,
});

/** At the bottom, a new message arrives and the view follows it. */
export const LiveAppendAtBottom: Story = {
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await waitFor(() => expect(atBottom(log)).toBe(true));
    const sim = simulatorIn(canvasElement);
    sim.append(sim.defaultContactId, agentSays('A brand new message from the agent'));
    await expect(
      await within(log).findByText('A brand new message from the agent', {}, { timeout: 5000 }),
    ).toBeVisible();
    await waitFor(() => expect(atBottom(log)).toBe(true));
  },
};

/** Scrolled up, new messages do not move what the reader is reading; a button offers to jump. */
export const LiveAppendWhileScrolledUp: Story = {
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollLogTo(log, Math.max(1, log.scrollHeight / 4));
    const anchor = rowUnderEye(log);
    const sim = simulatorIn(canvasElement);
    sim.append(sim.defaultContactId, [
      agentSays('New while you were reading'),
      agentSays('And another'),
    ]);
    await within(log)
      .findByText('And another', {}, { timeout: 5000 })
      .catch(() => undefined);
    const jump = await within(canvasElement).findByRole(
      'button',
      { name: /jump to latest/i },
      { timeout: 5000 },
    );
    const after = await settledOffsetOf(log, anchor.key);
    expect(Math.abs((after ?? Number.NaN) - anchor.offset)).toBeLessThanOrEqual(2);
    await userEvent.click(jump);
    await waitFor(() => expect(atBottom(log)).toBe(true), { timeout: 3000 });
    await expect(await within(log).findByText('And another', {}, { timeout: 5000 })).toBeVisible();
  },
};

function TypingStory(args: LiveTranscriptProps) {
  // Built once at mount, so "typing" is recent; the agent keeps typing every 8 s.
  const chat = useMemo(() => typingAndReceiptsChat(Date.now()), []);
  return <LiveTranscript {...args} simulator={{ chats: [chat] }} toolbar={<KeepTyping />} />;
}

function KeepTyping() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      const root = ref.current?.closest<HTMLElement>('[data-sim-endpoint]');
      if (!root) return;
      const sim = simulatorIn(root.parentElement ?? root);
      sim.append(sim.defaultContactId, {
        Type: 'EVENT',
        ContentType: 'application/vnd.amazonaws.connect.event.typing',
        AbsoluteTime: new Date().toISOString(),
        ...people.agent,
      });
    }, 8000);
    return () => clearInterval(timer);
  }, []);
  return <span ref={ref} hidden />;
}

/** The agent is typing; the customer's messages show delivered and read receipts. */
export const TypingAndReceipts: Story = {
  args: { selfRole: 'CUSTOMER', pageSize: 30 },
  render: (args) => <TypingStory {...args} />,
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await expect(
      await within(log).findByText('Jordan is typing', { exact: false }),
    ).toBeInTheDocument();
    // The reader's latest message shows its receipt: delivered, then read once the agent reads it.
    const receipt = () => log.querySelector('.ct-Receipt');
    await waitFor(() => expect(receipt()?.textContent).toBe('Delivered'));
    const sim = simulatorIn(canvasElement);
    sim.append(sim.defaultContactId, {
      Type: 'MESSAGE_READ',
      ContentType: 'application/vnd.amazonaws.connect.event.message.read',
      ...people.agent,
      MessageMetadata: {
        MessageId: 't-5',
        Receipts: [
          {
            ReadTimestamp: new Date().toISOString(),
            RecipientParticipantId: people.agent.ParticipantId,
          },
        ],
      },
    });
    await waitFor(() => expect(receipt()?.textContent).toBe('Read'), { timeout: 5000 });
  },
};

function JumpStory({ targetId, ...args }: LiveTranscriptProps & { targetId: string }) {
  const view = useRef<TranscriptViewHandle>(null);
  // Once the page around the target is loaded, bring the target to the middle of the view.
  useEffect(() => {
    const timer = setInterval(() => {
      if (view.current?.scrollToItem(targetId)) clearInterval(timer);
    }, 100);
    return () => clearInterval(timer);
  }, [targetId]);
  return (
    <LiveTranscript
      {...args}
      startAt={{ Id: targetId }}
      viewRef={view}
      toolbar={
        <button type="button" onClick={() => view.current?.scrollToLatest()}>
          Back to the latest message
        </button>
      }
    />
  );
}

/**
 * Open at a message in the middle (`startAt: { Id }`, e.g. from a search result): older pages
 * load upward, newer pages downward.
 */
export const JumpToMessage: Story = {
  args: { size: 200, pageSize: 20, pollMs: 0 },
  render: (args) => <JumpStory {...args} targetId={targetId(args.seed ?? 9, args.size ?? 200)} />,
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const sim = simulatorIn(canvasElement);
    const first = sim.requests.find((r) => r.operation === 'GetTranscript');
    expect(JSON.stringify(first?.input)).toContain('StartPosition');
    expect(within(log).queryByText('Start of conversation')).toBeNull();
    // The message jumped to is on screen.
    const target = targetId(9, 200);
    await waitFor(() => {
      const rect = log.getBoundingClientRect();
      const hit = log.querySelector<HTMLElement>(`.ct-Row[data-key="${CSS.escape(target)}"]`);
      expect(hit).not.toBeNull();
      const box = hit?.getBoundingClientRect();
      expect(box && box.bottom > rect.top && box.top < rect.bottom).toBe(true);
    });
  },
};

/** The id of a message near the middle of the generated chat (same seed and size, same chat). */
function jumpTarget(seed: number, size: number): TranscriptItem {
  const items = generateTranscript({ seed, size }).items.filter(
    (i) => i.Type === 'MESSAGE' && i.ContentType === 'text/plain' && (i.Content ?? '').length < 120,
  );
  const middle = items[Math.floor(items.length / 2)];
  if (!middle?.Id) throw new Error('The generated chat has no messages');
  return middle;
}

function targetId(seed: number, size: number): string {
  return jumpTarget(seed, size).Id ?? '';
}

const Highlighted = forwardRef<HTMLDivElement, MessageProps>(function Highlighted(props, ref) {
  return (
    <div
      data-custom-slot=""
      style={{ borderInlineStart: '3px solid #c026d3', paddingInlineStart: 6 }}
    >
      <Message {...props} ref={ref} />
    </div>
  );
});

/** Slots: a wrapped `Message` part, a custom empty state and a custom content renderer. */
export const CustomSlots: Story = {
  args: {
    components: { Message: Highlighted },
    renderContent: (item) => (
      <span data-rendered-by="story">{(item.Content ?? '').toUpperCase()}</span>
    ),
  },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await waitFor(() => expect(log.querySelector('[data-custom-slot]')).not.toBeNull());
    expect(log.querySelector('[data-rendered-by="story"]')).not.toBeNull();
  },
};
