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
const carousel = (n: number): TranscriptItem => ({
  ...quickReply(n),
  Id: `car${n}`,
  Content: JSON.stringify({
    templateType: 'Carousel',
    version: '1.0',
    data: {
      content: {
        title: 'Where to?',
        elements: ['California', 'Oregon'].map((place, i) => ({
          templateIdentifier: `card-${i}`,
          templateType: 'Panel',
          version: '1.0',
          data: {
            content: {
              title: place,
              subtitle: 'Tourist destination',
              elements: [{ title: `Flights to ${place}` }, { title: `Hotels in ${place}` }],
            },
          },
        })),
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

  it("answers a Carousel with the card and the option, as Connect's selection JSON", async () => {
    const onSelect = vi.fn();
    const store = createTestTranscript({
      items: [...messages(0, 10), carousel(10)],
      hasOlder: false,
    });
    view = await mountView(store, { onInteractiveSelect: onSelect });
    const buttons = buttonsOf(view, 'car10');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Flights to California',
      'Hotels in California',
      'Flights to Oregon',
      'Hotels in Oregon',
    ]);
    // Each card's options are a list named by the card: "Hotels in Oregon, 2 of 2".
    const list = buttons[3]!.closest('ul')!;
    expect(document.getElementById(list.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Oregon',
    );
    // The cards are a list named by the carousel's title.
    const cards = list.closest('li')!.closest('ul')!;
    expect(cards.querySelectorAll(':scope > li')).toHaveLength(2);
    expect(document.getElementById(cards.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Where to?',
    );
    buttons[3]!.click();
    const [selection] = onSelect.mock.calls[0]!;
    expect(selection.contentType).toBe('text/plain');
    expect(JSON.parse(selection.content)).toEqual({
      templateIdentifier: 'card-1',
      listTitle: 'Oregon',
      selectionText: 'Hotels in Oregon',
    });
    // Sent and echoed back: the pick is marked in the card, the options read-only.
    store.append(
      makeMessage(11, {
        ParticipantRole: 'CUSTOMER',
        ParticipantId: 'customer-1',
        Content: selection.content,
      }),
    );
    await frames(3);
    expect(buttonsOf(view, 'car10')).toHaveLength(0);
    const picked = view.host.querySelector('.ct-Row[data-key="car10"] [data-picked]');
    expect(picked?.textContent).toMatch(/^Hotels in Oregon/);
    expect(view.host.querySelector('.ct-Row[data-key="m11"]')?.textContent).toContain(
      'Hotels in Oregon',
    );
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
