import { MessageScroller } from '@shadcn/react/message-scroller';
import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { keyOf } from '../data.js';
import { startBench } from '../harness.js';
import { store } from '../params.js';
import { peerAdapter } from '../peerAdapter.js';
import { Row } from '../Row.js';
import '../bench.css';

const THRESHOLD = 400;

/**
 * shadcn's MessageScroller as its docs show it for chat: it opens at the end
 * (`defaultScrollPosition="end"`), follows new messages at the live end (`autoScroll`) and keeps
 * the place when older messages are prepended (`preserveScrollOnPrepend`). Every item is rendered
 * (it does not virtualize); older pages are asked for near the top.
 */
function Chat() {
  const items = useSyncExternalStore(store.subscribe, store.getItems);
  return (
    <MessageScroller.Provider defaultScrollPosition="end" autoScroll>
      <MessageScroller.Root style={{ height: '100vh' }}>
        <MessageScroller.Viewport
          className="bench-scroller"
          preserveScrollOnPrepend
          onScroll={(e) => {
            if (e.currentTarget.scrollTop < THRESHOLD) void store.fetchOlder();
          }}
        >
          <MessageScroller.Content>
            {items.map((item) => (
              <MessageScroller.Item key={keyOf(item)} messageId={keyOf(item)}>
                <Row item={item} />
              </MessageScroller.Item>
            ))}
          </MessageScroller.Content>
        </MessageScroller.Viewport>
      </MessageScroller.Root>
    </MessageScroller.Provider>
  );
}

const el = document.getElementById('root')!;
startBench(
  peerAdapter('message-scroller', () => el.querySelector('.bench-scroller')),
  () => createRoot(el).render(<Chat />),
);
