import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './view.css';
import {
  frames,
  gapToBottom,
  type MountedView,
  mountView,
  rowAtMiddle,
  rowOf,
  topOf,
} from '../test/mountView.js';
import { createTestTranscript, messages } from '../test/transcriptStore.js';

let view: MountedView | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('TranscriptView in Chromium', () => {
  it('opens at the newest message', async () => {
    const store = createTestTranscript({ items: messages(1000, 1040) });
    view = await mountView(store);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    expect(rowOf(view.host, 1039)).not.toBeNull();
  });

  it('keeps the message under the reader’s eye when older pages load during wheel scrolling', async () => {
    const store = createTestTranscript({ items: messages(1000, 1030) });
    view = await mountView(store);
    const drifts: number[] = [];
    let first = 1000;
    for (let page = 0; page < 5; page++) {
      // Scroll up with the real mouse wheel until the view asks for the next page.
      for (let i = 0; i < 40 && !store.olderPending; i++) {
        await userEvent.wheel(view.log, { delta: { y: -200 } });
        await frames(1);
      }
      expect(store.olderPending).toBe(true);
      const n = rowAtMiddle(view.log);
      const before = topOf(rowOf(view.host, n));
      await store.resolveOlder(messages(first - 20, first));
      first -= 20;
      await frames(3);
      drifts.push(topOf(rowOf(view.host, n)) - before);
    }
    console.log('prepend drift (px):', drifts.join(', '));
    for (const d of drifts) expect(Math.abs(d)).toBeLessThanOrEqual(1);
  }, 60_000);
});
