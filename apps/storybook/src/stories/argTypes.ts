import type { ArgTypes } from '@storybook/react-vite';

/**
 * Controls shared by the transcript stories: page size, latency, fault rate, locale, time zone,
 * theme, item count. There is deliberately no control for the ConnectionToken: the simulator
 * issues one per story and it never leaves the story's client.
 */
export const transcriptArgTypes: Partial<ArgTypes> = {
  pageSize: {
    control: { type: 'range', min: 1, max: 100 },
    description: 'Items per GetTranscript page',
  },
  size: {
    name: 'item count',
    control: { type: 'number', min: 0, max: 10_000, step: 1 },
    description: 'Items in the generated chat',
  },
  latencyMs: {
    control: { type: 'range', min: 0, max: 3000, step: 50 },
    description: 'Simulator latency per request (ms)',
  },
  faultRate: {
    control: { type: 'range', min: 0, max: 1, step: 0.05 },
    description: 'Share of requests answered with throttling / 5xx / network drops',
  },
  locale: {
    control: 'select',
    options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'he-IL'],
  },
  timeZone: {
    control: 'select',
    options: [
      'UTC',
      'America/New_York',
      'Europe/Berlin',
      'Asia/Dubai',
      'Asia/Jerusalem',
      'Asia/Tokyo',
      'Asia/Kolkata',
      'Pacific/Auckland',
    ],
  },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
  seed: { control: { type: 'number' } },
  width: { control: { type: 'number', min: 240, max: 1200 } },
  height: { control: { type: 'number', min: 200, max: 900 } },
  dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  selfRole: { control: 'select', options: ['CUSTOMER', 'AGENT'] },
  pollMs: { control: { type: 'number', min: 0, max: 10_000 } },
  faults: { table: { disable: true } },
  simulator: { table: { disable: true } },
  messages: { table: { disable: true } },
  components: { table: { disable: true } },
  renderContent: { table: { disable: true } },
  onAttachmentOpen: { table: { disable: true } },
  startAt: { table: { disable: true } },
  viewRef: { table: { disable: true } },
  toolbar: { table: { disable: true } },
  scrollStateKey: { table: { disable: true } },
  selfParticipantId: { table: { disable: true } },
};
