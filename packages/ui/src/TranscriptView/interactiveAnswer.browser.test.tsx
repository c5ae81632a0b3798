import type { TranscriptItem } from '@connect-transcript/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../styles.css';
import { frames, type MountedView, mountView } from '../test/mountView.js';
import { createTestTranscript, makeMessage, messages } from '../test/transcriptStore.js';

let view: MountedView | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const quickReply = (n: number): TranscriptItem => ({
  ...makeMessage(n, {
    Id: `qr${n}`,
    ParticipantRole: 'CUSTOM_BOT',
    ParticipantId: 'bot',
    DisplayName: 'Helper',
  }),
  ContentType: 'application/vnd.amazonaws.connect.message.interactive',
  Content: JSON.stringify({
    templateType: 'QuickReply',
    version: '1.0',
    data: {
      content: {
        title: 'What can I help you with?',
        elements: [{ title: 'Track an order' }, { title: 'Billing' }, { title: 'Something else' }],
      },
    },
  }),
});
const buttonsOf = (v: MountedView, key: string) => [
  ...v.host.querySelectorAll<HTMLButtonElement>(
    `.ct-Row[data-key="${key}"] button.ct-Interactive-choose`,
  ),
];

describe('answering the latest interactive message', () => {
  it('turns its options into buttons that send exactly what SendMessage expects', async () => {
    const onSelect = vi.fn();
    const store = createTestTranscript({
      items: [...messages(0, 10), quickReply(10)],
      hasOlder: false,
    });
    view = await mountView(store, { onInteractiveSelect: onSelect });
    const buttons = buttonsOf(view, 'qr10');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Track an order',
      'Billing',
      'Something else',
    ]);
    // In a list named by the title: "Billing, 2 of 3" to a screen reader.
    const list = buttons[1]!.closest('ul')!;
    expect(list.querySelectorAll('li')).toHaveLength(3);
    const label = document.getElementById(list.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toBe('What can I help you with?');
    // Keyboard: focus the option, press Enter.
    buttons[1]!.focus();
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1]!.click();
    expect(onSelect).toHaveBeenCalledTimes(1);
    const [selection] = onSelect.mock.calls[0]!;
    expect(selection).toMatchObject({ contentType: 'text/plain', content: 'Billing' });
    expect(selection.item.Id).toBe('qr10');
  });

  it('is read-only once a later message exists, or when the chat ended, or without a handler', async () => {
    const store = createTestTranscript({
      items: [...messages(0, 10), quickReply(10)],
      hasOlder: false,
    });
    view = await mountView(store, { onInteractiveSelect: () => {} });
    expect(buttonsOf(view, 'qr10')).toHaveLength(3);
    store.append(makeMessage(11, { ParticipantRole: 'CUSTOMER', ParticipantId: 'customer-1' }));
    await frames(3);
    expect(buttonsOf(view, 'qr10')).toHaveLength(0);
    expect(
      view.host.querySelector('.ct-Row[data-key="qr10"] .ct-Interactive-option')?.textContent,
    ).toBe('Track an order');
    view.unmount();

    const ended = createTestTranscript({
      items: [
        ...messages(0, 10),
        quickReply(10),
        {
          Id: 'end',
          Type: 'EVENT',
          ContentType: 'application/vnd.amazonaws.connect.event.chat.ended',
          AbsoluteTime: makeMessage(11).AbsoluteTime,
          ParticipantRole: 'SYSTEM',
        },
      ],
      hasOlder: false,
    });
    view = await mountView(ended, { onInteractiveSelect: () => {} });
    expect(buttonsOf(view, 'qr10')).toHaveLength(0);
    view.unmount();

    view = await mountView(createTestTranscript({ items: [quickReply(10)], hasOlder: false }));
    expect(buttonsOf(view, 'qr10')).toHaveLength(0);
  });
});
