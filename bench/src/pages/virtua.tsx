import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { VList, type VListHandle } from 'virtua';
import { keyOf } from '../data.js';
import { startBench } from '../harness.js';
import { store } from '../params.js';
import { peerAdapter } from '../peerAdapter.js';
import { Row } from '../Row.js';
import '../bench.css';

const THRESHOLD = 400;

/**
 * virtua's documented chat idiom: `VList` with `shift` while older items are prepended (the
 * scroll position is kept from the end), the list scrolled to its last item once and again on
 * each append while the reader is at the bottom ("stick to bottom"), and older pages asked for
 * near the top.
 */
function Chat() {
  const items = useSyncExternalStore(store.subscribe, store.getItems);
  const ref = useRef<VListHandle>(null);
  const first = useRef(keyOf(items[0]!));
  // Shift while the first item changed: older items went in at the start.
  const shifting = items.length > 0 && keyOf(items[0]!) !== first.current;
  useLayoutEffect(() => {
    if (items.length > 0) first.current = keyOf(items[0]!);
  });
  const opened = useRef(false);
  const stickToBottom = useRef(true);
  const count = useRef(items.length);
  // An append while at the bottom: follow it.
  useLayoutEffect(() => {
    const appended = items.length > count.current && !shifting;
    count.current = items.length;
    if (appended && stickToBottom.current) {
      ref.current?.scrollToIndex(items.length - 1, { align: 'end' });
    }
  });
  useLayoutEffect(() => {
    if (opened.current || items.length === 0) return;
    opened.current = true;
    ref.current?.scrollToIndex(items.length - 1, { align: 'end' });
  }, [items.length]);
  return (
    <VList
      ref={ref}
      className="bench-scroller"
      style={{ height: '100vh' }}
      shift={shifting}
      onScroll={(offset) => {
        const list = ref.current;
        if (list) stickToBottom.current = offset - list.scrollSize + list.viewportSize >= -1.5;
        if (opened.current && offset < THRESHOLD) void store.fetchOlder();
      }}
    >
      {items.map((item) => (
        <Row key={keyOf(item)} item={item} />
      ))}
    </VList>
  );
}

const el = document.getElementById('root')!;
startBench(
  peerAdapter('virtua', () => el.querySelector('.bench-scroller')),
  () => createRoot(el).render(<Chat />),
);
