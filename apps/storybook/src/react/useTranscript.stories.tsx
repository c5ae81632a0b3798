import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { HookInspector } from '../stories/HookInspector.js';
import { simulatorIn } from '../stories/useStorySimulator.js';

/**
 * `useTranscript` on its own (no `<TranscriptView>`): what an app with its own chat UI gets,
 * read from the simulator through the core client and MSW.
 */
const meta = {
  title: 'react/useTranscript',
  component: HookInspector,
  args: { pageSize: 10, size: 40, seed: 4, latencyMs: 0, faultRate: 0 },
  argTypes: {
    pageSize: { control: { type: 'range', min: 1, max: 100 } },
    size: { name: 'item count', control: { type: 'number', min: 0, max: 10_000 } },
    latencyMs: { control: { type: 'range', min: 0, max: 3000, step: 50 } },
    faultRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    faults: { table: { disable: true } },
    simulator: { table: { disable: true } },
  },
} satisfies Meta<typeof HookInspector>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The newest page first; "Earlier messages" appends the next older page above. */
export const Paging: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId('status')).toHaveTextContent('success'), {
      timeout: 8000,
    });
    const first = Number(canvas.getByTestId('count').textContent);
    expect(first).toBeGreaterThan(0);
    await userEvent.click(canvas.getByRole('button', { name: 'Earlier messages' }));
    await waitFor(() =>
      expect(Number(canvas.getByTestId('count').textContent)).toBeGreaterThan(first),
    );
    expect(
      simulatorIn(canvasElement).requests.filter((r) => r.operation === 'GetTranscript'),
    ).toHaveLength(2);
  },
};

/** An older page that keeps failing: the error is reported, the loaded items stay. */
export const OlderPageError: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId('status')).toHaveTextContent('success'), {
      timeout: 8000,
    });
    const first = Number(canvas.getByTestId('count').textContent);
    simulatorIn(canvasElement).setFaults({ next: ['internal', 'internal', 'internal'] });
    await userEvent.click(canvas.getByRole('button', { name: 'Earlier messages' }));
    await expect(
      await canvas.findByText(/INTERNAL_SERVER_ERROR/, {}, { timeout: 8000 }),
    ).toBeVisible();
    expect(Number(canvas.getByTestId('count').textContent)).toBe(first);
  },
};
