import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SimulatorExplorer } from '../stories/SimulatorExplorer.js';
import { simulatorIn } from '../stories/useStorySimulator.js';

/**
 * The Participant Service simulator as the browser sees it: GetTranscript pages over `fetch`
 * (intercepted by MSW and answered by `sim.handler`), with its request log.
 */
const meta = {
  title: 'mock/Participant Service simulator',
  component: SimulatorExplorer,
  args: { pageSize: 15, size: 60, seed: 3, latencyMs: 0, faultRate: 0 },
  argTypes: {
    pageSize: { control: { type: 'range', min: 1, max: 100 } },
    size: { name: 'item count', control: { type: 'number', min: 0, max: 10_000 } },
    latencyMs: { control: { type: 'range', min: 0, max: 3000, step: 50 } },
    faultRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  },
} satisfies Meta<typeof SimulatorExplorer>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Newest page first; each click reads the next older page with the previous NextToken. */
export const Paging: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Loaded items' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(15));
    const older = canvas.getByRole('button', { name: 'Load older page' });
    await waitFor(() => expect(older).toBeEnabled());
    await userEvent.click(older);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(30));
    const sim = simulatorIn(canvasElement);
    expect(sim.requests.filter((r) => r.operation === 'GetTranscript')).toHaveLength(2);
    expect(sim.requests.every((r) => r.status === 200)).toBe(true);
  },
};

/** A throttled request is retried by the core client after `Retry-After`; the page arrives. */
export const ThrottledThenServed: Story = {
  args: { faults: { next: [{ kind: 'throttle', retryAfterSeconds: 0 }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Loaded items' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(15));
    const statuses = simulatorIn(canvasElement).requests.map((r) => r.status);
    expect(statuses).toEqual([429, 200]);
  },
};
