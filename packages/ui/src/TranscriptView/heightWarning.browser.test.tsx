import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../styles.css';
import { frames, type MountedView, mountView } from '../test/mountView.js';
import {
  createTestTranscript,
  messages,
  type TestTranscript,
  useTestTranscript,
} from '../test/transcriptStore.js';
import { TranscriptView } from './TranscriptView.js';
import { UNBOUNDED_HEIGHT_WARNING } from './useHeightWarning.js';

let view: MountedView | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  cleanup?.();
  cleanup = undefined;
  vi.restoreAllMocks();
});

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)).then(() => frames(2));

// A chat with much more history than fits, served a page at a time.
function longChat() {
  const store = createTestTranscript({ items: messages(4000, 4030), hasOlder: true });
  store.autoOlder({ pageSize: 30, floor: 3400, delayMs: 5 });
  return store;
}

function Unbounded({ store }: { store: TestTranscript }) {
  return <TranscriptView transcript={useTestTranscript(store)} />;
}

describe('a view without a bounded height', () => {
  it('warns once in development, naming the fix', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = longChat();
    // A host with no height: the view grows to fit its rows.
    const host = document.createElement('div');
    host.style.width = '320px';
    document.body.append(host);
    const root = createRoot(host);
    flushSync(() => root.render(<Unbounded store={store} />));
    cleanup = () => {
      root.unmount();
      host.remove();
    };
    await expect.poll(() => warn.mock.calls.length, { timeout: 8_000 }).toBe(1);
    expect(warn.mock.calls[0]?.[0]).toBe(UNBOUNDED_HEIGHT_WARNING);
    expect(UNBOUNDED_HEIGHT_WARNING).toMatch(/style=\{\{ height: 480 \}\}/);
    await wait(1_500);
    expect(warn).toHaveBeenCalledTimes(1);
    // And it does not drain the chat: with no reader scroll, older pages stop after the cap.
    expect(store.olderRequests).toBeLessThanOrEqual(10);
    expect(store.get().hasOlder).toBe(true);
  });

  it('says nothing when the view has a height', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    view = await mountView(longChat());
    await wait(2_000);
    expect(view.log.scrollHeight).toBeGreaterThan(view.log.clientHeight);
    expect(warn).not.toHaveBeenCalled();
  });
});
