import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { keyOf } from '../data.js';
import { startBench } from '../harness.js';
import { store } from '../params.js';
import { peerAdapter } from '../peerAdapter.js';
import { Row } from '../Row.js';
import '../bench.css';

const THRESHOLD = 400;

/**
 * The list without a virtualizer: every item is a DOM row. Prepends rely on the browser's own
 * scroll anchoring (`overflow-anchor: auto`); at the bottom, new items are followed.
 */
function Naive() {
  const items = useSyncExternalStore(store.subscribe, store.getItems);
  const ref = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && atBottom.current && items) el.scrollTop = el.scrollHeight;
  }, [items]);
  return (
    <div
      ref={ref}
      className="bench-scroller bench-naive"
      onScroll={(e) => {
        const el = e.currentTarget;
        atBottom.current = el.scrollHeight - el.clientHeight - el.scrollTop <= 2;
        if (el.scrollTop < THRESHOLD) void store.fetchOlder();
      }}
    >
      {items.map((item) => (
        <Row key={keyOf(item)} item={item} />
      ))}
    </div>
  );
}

const el = document.getElementById('root')!;
startBench(
  peerAdapter('naive', () => el.querySelector('.bench-scroller')),
  () => createRoot(el).render(<Naive />),
);
