import type { TranscriptState } from '@connect-transcript/react';
import {
  Event,
  type EventProps,
  Message,
  type MessageProps,
  type TranscriptComponents,
  TranscriptView,
} from '@connect-transcript/ui';
import '@connect-transcript/ui/styles.css';
import { forwardRef, useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { growsLate, keyOf } from '../data.js';
import { startBench } from '../harness.js';
import { LateBox } from '../LateBox.js';
import { store } from '../params.js';
import { peerAdapter } from '../peerAdapter.js';
import '../bench.css';

// The view's own parts, wrapped (not replaced) to add what every contender's rows carry:
// the bench's row id and the same late-growing box.
const BenchMessage = forwardRef<HTMLDivElement, MessageProps>(function BenchMessage(props, ref) {
  const item = props.row.item;
  return (
    <div data-bench-id={keyOf(item)} data-bench-wrapper="">
      <Message ref={ref} {...props} />
      {growsLate(item) ? <LateBox /> : null}
    </div>
  );
});
const BenchEvent = forwardRef<HTMLDivElement, EventProps>(function BenchEvent(props, ref) {
  return (
    <div data-bench-id={keyOf(props.row.item)} data-bench-wrapper="">
      <Event ref={ref} {...props} />
    </div>
  );
});
const components: Partial<TranscriptComponents> = { Message: BenchMessage, Event: BenchEvent };

const done = (): Promise<void> => Promise.resolve();
const noReceipts = new Map();

/** TranscriptView with every feature on, driven by the bench store as a `TranscriptState`. */
function View() {
  const items = useSyncExternalStore(store.subscribe, store.getItems);
  const pending = useSyncExternalStore(store.subscribe, store.getPending);
  const transcript = useMemo<TranscriptState>(
    () => ({
      items,
      status: 'success',
      error: null,
      hasOlder: store.hasOlder,
      fetchOlder: store.fetchOlder,
      isFetchingOlder: pending,
      olderError: null,
      hasNewer: false,
      fetchNewer: done,
      isFetchingNewer: false,
      newerError: null,
      refetch: done,
      typing: [],
      receipts: noReceipts,
    }),
    [items, pending],
  );
  return (
    <TranscriptView
      transcript={transcript}
      selfParticipantId="bench-observer"
      locale="en-US"
      timeZone="UTC"
      components={components}
      style={{ height: '100vh' }}
    />
  );
}

const el = document.getElementById('root')!;
startBench(
  peerAdapter('transcript-view', () => el.querySelector('.ct-TranscriptView-scroller')),
  () => createRoot(el).render(<View />),
);
