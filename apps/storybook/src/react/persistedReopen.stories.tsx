import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { findLog, rowUnderEye, scrollLogTo, untilLoaded } from '../stories/play.js';
import { ReopenWidget } from '../stories/ReopenWidget.js';
import { simulatorIn } from '../stories/useStorySimulator.js';

/**
 * Instant reopen: TanStack Query's `persistQueryClient` (sessionStorage), a stable `sourceKey`
 * and `scrollStateKey` (the recipe in the react README).
 */
const meta = {
  title: 'react/Instant reopen',
  component: ReopenWidget,
  args: { seed: 12, size: 120 },
  argTypes: {
    simulator: { table: { disable: true } },
    faults: { table: { disable: true } },
  },
} satisfies Meta<typeof ReopenWidget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Reopened, the widget shows the same messages at once, at the same place, before any request. */
export const ReopensWhereTheReaderWas: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    let log = await findLog(canvasElement);
    await untilLoaded(log);
    await scrollLogTo(log, Math.floor(log.scrollHeight / 3));
    await new Promise((r) => setTimeout(r, 300));
    const before = rowUnderEye(log);
    await userEvent.click(canvas.getByRole('button', { name: 'Close the widget' }));
    const sim = simulatorIn(canvasElement);
    sim.resetRequests();
    await userEvent.click(canvas.getByRole('button', { name: 'Open the widget' }));
    log = await findLog(canvasElement);
    await untilLoaded(log);
    await waitFor(() => {
      const now = rowUnderEye(log);
      expect(now.key).toBe(before.key);
      expect(Math.abs(now.offset - before.offset)).toBeLessThanOrEqual(2);
    });
    // Then only the newest page is asked again.
    await waitFor(() =>
      expect(sim.requests.filter((r) => r.operation === 'GetTranscript')).toHaveLength(1),
    );
  },
};
