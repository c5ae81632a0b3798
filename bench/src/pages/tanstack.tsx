import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { keyOf } from '../data.js';
import { startBench } from '../harness.js';
import { store } from '../params.js';
import { peerAdapter } from '../peerAdapter.js';
import { Row } from '../Row.js';
import '../bench.css';

const THRESHOLD = 400;

/** TanStack Virtual's documented chat pattern: end anchoring, follow on append, scrollToEnd. */
function Chat() {
  const items = useSyncExternalStore(store.subscribe, store.getItems);
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => ref.current,
    estimateSize: () => 74,
    getItemKey: (index) => keyOf(items[index]!),
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: 80,
    overscan: 6,
  });
  useLayoutEffect(() => {
    if (ready) return;
    virtualizer.scrollToEnd();
    setReady(true);
  }, [ready, virtualizer]);
  return (
    <div
      ref={ref}
      className="bench-scroller"
      onScroll={(e) => {
        if (ready && !virtualizer.isAtEnd(80) && e.currentTarget.scrollTop < THRESHOLD) {
          void store.fetchOlder();
        }
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {virtualizer.getVirtualItems().map((v) => (
          <div
            key={v.key}
            ref={virtualizer.measureElement}
            data-index={v.index}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${v.start}px)`,
            }}
          >
            <Row item={items[v.index]!} />
          </div>
        ))}
      </div>
    </div>
  );
}

const el = document.getElementById('root')!;
startBench(
  peerAdapter('tanstack-virtual', () => el.querySelector('.bench-scroller')),
  () => createRoot(el).render(<Chat />),
);
