import { useRef, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { Virtuoso } from 'react-virtuoso';
import { keyOf } from '../data.js';
import { startBench } from '../harness.js';
import { store } from '../params.js';
import { peerAdapter } from '../peerAdapter.js';
import { Row } from '../Row.js';
import '../bench.css';

// react-virtuoso's reverse-chat pattern: a large first index that shrinks as older items join.
const START = 1_000_000;

function Chat() {
  const items = useSyncExternalStore(store.subscribe, store.getItems);
  const initial = useRef(items.length - 1);
  return (
    <Virtuoso
      className="bench-scroller"
      style={{ height: '100vh' }}
      data={items}
      firstItemIndex={START - store.prepended}
      initialTopMostItemIndex={{ index: initial.current, align: 'end' }}
      followOutput={(isAtBottom) => (isAtBottom ? 'auto' : false)}
      startReached={() => void store.fetchOlder()}
      computeItemKey={(_, item) => keyOf(item)}
      itemContent={(_, item) => <Row item={item} />}
    />
  );
}

const el = document.getElementById('root')!;
startBench(
  peerAdapter('react-virtuoso', () => el.querySelector('[data-virtuoso-scroller]')),
  () => createRoot(el).render(<Chat />),
);
