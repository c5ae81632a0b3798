import { createParticipantSimulator, generateTranscript } from '@connect-transcript/mock';
import { staticTranscript, TranscriptView } from '@connect-transcript/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, within } from 'storybook/test';

/** The items an app saved when the chat ended (here: a finished simulator chat, read once). */
function savedItems(seed: number, size: number) {
  const chat = generateTranscript({
    seed,
    size,
    ended: true,
    attachments: false,
    persistentHistory: false,
  });
  return createParticipantSimulator({ seed, chats: [chat] }).items();
}

interface StaticProps {
  /** Seed of the finished chat. */
  seed: number;
  /** Items in it. */
  size: number;
  locale?: string;
  timeZone?: string;
  theme?: 'light' | 'dark';
}

/** `staticTranscript(items)` → `<TranscriptView>`: no client, no requests, nothing older to load. */
function SavedChat({ seed, size, locale, timeZone, theme }: StaticProps) {
  const transcript = useMemo(() => staticTranscript(savedItems(seed, size)), [seed, size]);
  return (
    <TranscriptView
      transcript={transcript}
      selfRole="CUSTOMER"
      style={{ height: 420 }}
      {...(locale ? { locale } : {})}
      {...(timeZone ? { timeZone } : {})}
      {...(theme ? { 'data-theme': theme } : {})}
    />
  );
}

/**
 * A transcript after the chat ended, from saved items (the recipe in *ui/Recipes*; the runnable
 * version is `examples/static-transcript`).
 */
const meta = {
  title: 'ui/TranscriptView/Static transcript',
  component: SavedChat,
  args: { seed: 21, size: 80 },
  argTypes: {
    size: { name: 'item count', control: { type: 'number', min: 0, max: 10_000 } },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'ja-JP', 'ar-EG'] },
    timeZone: { control: 'select', options: ['UTC', 'Europe/Berlin', 'Asia/Tokyo'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
} satisfies Meta<typeof SavedChat>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The whole finished chat, ending with "The chat ended"; its start is the bookend. */
export const AfterTheChatEnded: Story = {
  play: async ({ canvasElement }) => {
    const log = await within(canvasElement).findByRole('log');
    await expect(await within(log).findByText('The chat ended', { exact: false })).toBeVisible();
    expect(log.closest('.ct-TranscriptView')?.getAttribute('data-state')).toBe('success');
    expect(log.closest('.ct-TranscriptView')?.hasAttribute('data-loading-older')).toBe(false);
  },
};
