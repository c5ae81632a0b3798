import { streamingChunks } from '@connect-transcript/mock';
import { useTranscript } from '@connect-transcript/react';
import { TranscriptView } from '@connect-transcript/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { people } from '../stories/chats.js';
import { atBottom, findLog, untilLoaded } from '../stories/play.js';
import { type StorySimulatorOptions, useStorySimulator } from '../stories/useStorySimulator.js';

const PARTS = [
  'Let me check that order for you. ',
  'It left our warehouse on Monday and is with the carrier now; ',
  'the tracking page says it arrives on Friday between 9 and 12, ',
  'and you will get a text message an hour before the driver comes.',
];

interface StreamingChatProps extends StorySimulatorOptions {
  /** Milliseconds between two chunks. */
  chunkMs: number;
}

/**
 * A Lex bot streaming its reply: chunks of one message (same `Id`, `ChunkNumber` 1…n) arrive
 * over the websocket (`addItems`) and grow one row in place; the transcript then holds the whole
 * message, which the next page brings and which replaces the partials.
 */
function StreamingChat({ chunkMs, ...options }: StreamingChatProps) {
  const { sim, endpoint, client } = useStorySimulator(options);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one cache per simulator
  const queryClient = useMemo(() => new QueryClient(), [sim]);
  return (
    <div data-sim-endpoint={endpoint} style={{ width: 380 }}>
      <QueryClientProvider client={queryClient}>
        <Chat client={client} sim={sim} chunkMs={chunkMs} />
      </QueryClientProvider>
    </div>
  );
}

function Chat({
  client,
  sim,
  chunkMs,
}: {
  client: ReturnType<typeof useStorySimulator>['client'];
  sim: ReturnType<typeof useStorySimulator>['sim'];
  chunkMs: number;
}) {
  const transcript = useTranscript({ client, pageSize: 30 });
  const stream = () => {
    const reply = {
      Id: `lex-${Date.now()}`,
      Type: 'MESSAGE',
      ContentType: 'text/plain',
      AbsoluteTime: new Date(sim.now() + 1000).toISOString(),
      ...people.bot,
      DisplayName: 'BOT',
    };
    streamingChunks(reply, PARTS).forEach((chunk, i) => {
      setTimeout(() => transcript.addItems([chunk]), i * chunkMs);
    });
    // What the service keeps: the whole message (a refetch brings it).
    setTimeout(
      () => sim.append(sim.defaultContactId, { ...reply, Content: PARTS.join('') }),
      PARTS.length * chunkMs,
    );
  };
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 6 }}>
        <button type="button" onClick={stream}>
          Stream a reply
        </button>
        <button type="button" onClick={() => void transcript.refetch()}>
          Refetch the newest page
        </button>
      </div>
      <TranscriptView transcript={transcript} style={{ height: 420 }} />
    </div>
  );
}

const meta = {
  title: 'ui/TranscriptView/Streaming',
  component: StreamingChat,
  args: { chunkMs: 250, seed: 5, size: 40 },
  argTypes: {
    chunkMs: { control: { type: 'range', min: 50, max: 2000, step: 50 } },
    simulator: { table: { disable: true } },
    faults: { table: { disable: true } },
  },
} satisfies Meta<typeof StreamingChat>;
export default meta;
type Story = StoryObj<typeof meta>;

const replyRow = (log: HTMLElement) => [
  ...log.querySelectorAll<HTMLElement>('.ct-Row[data-key^="lex-"]'),
];

/** The reply grows in one row, busy until its last chunk; the pinned view stays at the bottom. */
export const StreamingReply: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await userEvent.click(canvas.getByRole('button', { name: 'Stream a reply' }));
    await waitFor(() =>
      expect(replyRow(log)[0]?.querySelector('.ct-Message')?.getAttribute('aria-busy')).toBe(
        'true',
      ),
    );
    await waitFor(
      () => {
        expect(replyRow(log)).toHaveLength(1);
        expect(replyRow(log)[0]?.textContent).toContain(PARTS.join('').trim());
        expect(replyRow(log)[0]?.querySelector('.ct-Message')?.hasAttribute('aria-busy')).toBe(
          false,
        );
      },
      { timeout: 5000 },
    );
    await waitFor(() => expect(atBottom(log)).toBe(true));
    // The page's whole copy replaces the chunks: still one row, the same text.
    await userEvent.click(canvas.getByRole('button', { name: 'Refetch the newest page' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(replyRow(log)).toHaveLength(1);
    expect(replyRow(log)[0]?.textContent).toContain(PARTS.join('').trim());
  },
};
