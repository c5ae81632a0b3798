import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { transcriptArgTypes } from '../stories/argTypes.js';
import { LiveTranscript } from '../stories/LiveTranscript.js';
import {
  atBottom,
  findLog,
  nextFrames,
  scrollLogTo,
  untilLoaded,
  viewOf,
} from '../stories/play.js';

/** Themes, sizes, motion and locales of `<TranscriptView>` on a generated chat. */
const meta = {
  title: 'ui/TranscriptView/Appearance',
  component: LiveTranscript,
  args: { pageSize: 30, size: 80, seed: 5, latencyMs: 0, height: 460 },
  argTypes: transcriptArgTypes,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LiveTranscript>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `data-theme="dark"` on the view (or any ancestor) switches every `--ct-*` colour. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const bg = getComputedStyle(viewOf(log)).getPropertyValue('--ct-bg').trim();
    expect(bg.toLowerCase()).not.toBe('#ffffff');
    expect(getComputedStyle(viewOf(log)).colorScheme).toBe('dark');
  },
};

const icon = (letter: string, colour: string) =>
  `url("data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" fill="${colour}"/><text x="14" y="19" font-family="sans-serif" font-size="14" fill="white" text-anchor="middle">${letter}</text></svg>`,
  )}")`;

/**
 * Colours and icons by role, as the hosted widget configures them: `--ct-bubble-<role>-bg` and,
 * with `--ct-icon-size`, a `--ct-icon-<role>` picture at the start of each group.
 */
export const RoleColoursAndIcons: Story = {
  args: {
    cssVars: {
      '--ct-icon-size': '28px',
      '--ct-icon-agent': icon('A', '#1d4ed8'),
      '--ct-icon-system': icon('S', '#4b5563'),
      '--ct-icon-bot': icon('B', '#7c3aed'),
      '--ct-bubble-agent-bg': '#dbeafe',
      '--ct-bubble-agent-fg': '#1e3a8a',
    },
  },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    const starts = [
      ...log.querySelectorAll<HTMLElement>('.ct-Message[data-role="agent"][data-group-start]'),
    ];
    expect(starts.length).toBeGreaterThan(0);
    for (const m of starts) {
      expect(getComputedStyle(m, '::before').backgroundImage).toContain('data:image/svg+xml');
      expect(getComputedStyle(m.querySelector('.ct-Message-bubble')!).backgroundColor).toBe(
        'rgb(219, 234, 254)',
      );
    }
  },
};

/** A 320 px wide chat widget: bubbles wrap, nothing scrolls sideways. */
export const NarrowWidget320: Story = {
  args: { width: 320, height: 520 },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    expect(viewOf(log).getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(log.scrollWidth).toBeLessThanOrEqual(log.clientWidth + 1);
  },
};

/**
 * Reduced motion: "jump to latest" lands at once instead of smooth-scrolling. (The story stubs
 * `matchMedia('(prefers-reduced-motion: reduce)')`; CSS animations follow the real setting.)
 */
export const ReducedMotion: Story = {
  beforeEach: () => {
    const original = window.matchMedia;
    window.matchMedia = (query: string) =>
      query.includes('prefers-reduced-motion')
        ? ({
            matches: query.includes('reduce'),
            media: query,
            onchange: null,
            addListener: () => undefined,
            removeListener: () => undefined,
            addEventListener: () => undefined,
            removeEventListener: () => undefined,
            dispatchEvent: () => false,
          } as MediaQueryList)
        : original.call(window, query);
    return () => {
      window.matchMedia = original;
    };
  },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollLogTo(log, log.scrollHeight / 3);
    const jump = await within(canvasElement).findByRole('button', { name: /jump to latest/i });
    await userEvent.click(jump);
    await nextFrames(3);
    await waitFor(() => expect(atBottom(log)).toBe(true), { timeout: 500 });
  },
};

/** Times and day separators follow `locale` and `timeZone` (here Japanese, Tokyo). */
export const LocalesAndTimeZones: Story = {
  args: { locale: 'ja-JP', timeZone: 'Asia/Tokyo' },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    await waitFor(() => expect(log.textContent ?? '').toMatch(/\d+月\d+日|\d+:\d\d/));
  },
};

/** The same chat in German, Berlin time, 24-hour clock. */
export const GermanBerlin: Story = {
  args: { locale: 'de-DE', timeZone: 'Europe/Berlin' },
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await untilLoaded(log);
    expect(log.textContent ?? '').not.toMatch(/\b(AM|PM)\b/);
  },
};
