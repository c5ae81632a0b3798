import type { TypingParticipant } from '@connect-transcript/core';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { frames, gapToBottom, type MountedView, mountView, rowOf } from '../test/mountView.js';
import { createTestTranscript, makeMessage, messages } from '../test/transcriptStore.js';

let view: MountedView | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const agentTyping: TypingParticipant = {
  participantId: 'agent-1',
  displayName: 'Ana',
  role: 'AGENT',
  since: Date.UTC(2026, 0, 1),
};
const agentMessage = (n: number) =>
  makeMessage(n, { ParticipantRole: 'AGENT', ParticipantId: 'agent-1', DisplayName: 'Ana' });

/** A reader's pause: long after any scroll the view started has settled. */
const pause = (ms = 400) => new Promise<void>((r) => setTimeout(r, ms)).then(() => frames(2));

const jumpButton = (v: MountedView) => v.host.querySelector('.ct-TranscriptView-jump');
const typingRow = (v: MountedView) => v.host.querySelector('.ct-TranscriptView-typing');

describe('pinned at the bottom while the agent is typing', () => {
  it('stays pinned when the reply replaces the typing indicator in the same update', async () => {
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);

    store.set({ typing: [agentTyping] });
    await pause();
    expect(typingRow(view)).not.toBeNull();
    expect(gapToBottom(view.log), 'pinned with the typing indicator').toBeLessThanOrEqual(1);

    // The reply supersedes the TYPING control item: the indicator goes, the message row comes.
    const { items } = store.get();
    store.set({ typing: [], items: [...items, agentMessage(60)] });
    // The gap as painted, frame by frame: it never opens, not even for one frame.
    const gaps: number[] = [];
    for (let i = 0; i < 6; i++) {
      await frames(1);
      gaps.push(gapToBottom(view.log));
    }
    expect(typingRow(view)).toBeNull();
    expect(rowOf(view.host, 60)).not.toBeNull();
    console.log(`reply replaces typing: gaps ${gaps.join(', ')} px`);
    for (const gap of gaps) expect(gap, 'pinned after the reply').toBeLessThanOrEqual(1);
    expect(view.host.firstElementChild?.hasAttribute('data-at-bottom')).toBe(true);
    expect(jumpButton(view)).toBeNull();
  });

  it('stays pinned when a message arrives while the typing indicator stays', async () => {
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store);
    store.set({ typing: [agentTyping] });
    await pause();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    // Another participant's message lands above the (still shown) typing indicator.
    store.append(makeMessage(60, { ParticipantRole: 'CUSTOMER', ParticipantId: 'customer-2' }));
    await frames(5);
    expect(typingRow(view)).not.toBeNull();
    expect(rowOf(view.host, 60)).not.toBeNull();
    expect(gapToBottom(view.log), 'pinned after the message').toBeLessThanOrEqual(1);
    expect(jumpButton(view)).toBeNull();
  });

  it('does not move a reader who scrolled up when the reply replaces the typing indicator', async () => {
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store);
    store.set({ typing: [agentTyping] });
    await pause();
    view.log.scrollTop -= 900;
    await pause();
    const gapBefore = gapToBottom(view.log);
    expect(gapBefore).toBeGreaterThan(500);
    const scrollTop = view.log.scrollTop;
    const { items } = store.get();
    store.set({ typing: [], items: [...items, agentMessage(60)] });
    await frames(5);
    expect(Math.abs(view.log.scrollTop - scrollTop)).toBeLessThanOrEqual(1);
    expect(jumpButton(view)?.textContent).toBe('1 new message — jump to latest');
  });
});
