import type { TranscriptItem } from '@connect-transcript/core';
import type { SimAttachment, SimChat, SimContact } from '@connect-transcript/mock';

// Hand-written chats for stories that need exact content. They are still *served* by the
// simulator (GetTranscript pages over MSW), never passed to the view as props.

const EVENT = 'application/vnd.amazonaws.connect.event.';
const START = Date.parse('2026-11-20T10:00:00.000Z');

/** The cast of every hand-written chat. */
export const people = {
  customer: {
    ParticipantId: 'p-customer',
    DisplayName: 'Maya Lindqvist',
    ParticipantRole: 'CUSTOMER',
  },
  agent: { ParticipantId: 'p-agent', DisplayName: 'Jordan', ParticipantRole: 'AGENT' },
  agent2: { ParticipantId: 'p-agent-2', DisplayName: 'Priya', ParticipantRole: 'AGENT' },
  bot: { ParticipantId: 'p-bot', DisplayName: 'Helper Bot', ParticipantRole: 'CUSTOM_BOT' },
  supervisor: {
    ParticipantId: 'p-supervisor',
    DisplayName: 'Sam (Supervisor)',
    ParticipantRole: 'SUPERVISOR',
  },
  system: { ParticipantId: 'p-system', DisplayName: 'SYSTEM_MESSAGE', ParticipantRole: 'SYSTEM' },
} as const satisfies Record<
  string,
  Pick<TranscriptItem, 'ParticipantId' | 'DisplayName' | 'ParticipantRole'>
>;

type Who = (typeof people)[keyof typeof people];

/** Builds items with ids `<prefix>-1…` a fixed `stepMs` apart, starting at `start`. */
export class ChatScript {
  readonly items: TranscriptItem[] = [];
  private n = 0;
  constructor(
    private readonly prefix = 'm',
    private time = START,
    private readonly stepMs = 45_000,
  ) {}

  private push(item: Omit<TranscriptItem, 'Id' | 'AbsoluteTime'>): this {
    this.n += 1;
    this.time += this.stepMs;
    this.items.push({
      ...item,
      Id: `${this.prefix}-${this.n}`,
      AbsoluteTime: new Date(this.time).toISOString(),
    });
    return this;
  }

  say(who: Who, content: string, contentType = 'text/plain'): this {
    return this.push({ Type: 'MESSAGE', ContentType: contentType, Content: content, ...who });
  }

  event(who: Who, suffix: string): this {
    return this.push({ Type: 'EVENT', ContentType: `${EVENT}${suffix}`, ...who });
  }

  attach(who: Who, attachments: TranscriptItem['Attachments']): this {
    return this.push({ Type: 'ATTACHMENT', Attachments: attachments, ...who });
  }

  raw(item: Omit<TranscriptItem, 'Id' | 'AbsoluteTime'>): this {
    return this.push(item);
  }

  /** Jumps the clock (a new day, a pause). */
  wait(ms: number): this {
    this.time += ms;
    return this;
  }
}

/** A chat of one contact from items (plus files and earlier contacts). */
export function chatOf(
  items: readonly TranscriptItem[],
  extra: {
    attachments?: SimAttachment[];
    previousContacts?: SimContact[];
    contactId?: string;
  } = {},
): SimChat {
  return {
    contactId: extra.contactId ?? 'contact-current',
    items,
    ...(extra.attachments ? { attachments: extra.attachments } : {}),
    ...(extra.previousContacts ? { previousContacts: extra.previousContacts } : {}),
  };
}

/** Every event kind `classifyItem` knows, and one it does not. */
export function everyEventChat(): SimChat {
  const s = new ChatScript('e');
  s.event(people.customer, 'participant.joined')
    .event(people.bot, 'participant.joined')
    .say(people.bot, 'Hi! I am the Helper Bot. What can I do for you?')
    .say(people.customer, 'I need a human, please.')
    .event(people.bot, 'transfer.failed')
    .event(people.bot, 'transfer.succeeded')
    .event(people.bot, 'participant.left')
    .event(people.agent, 'participant.joined')
    .say(people.agent, 'Hello Maya, Jordan here. Let me read back.')
    .event(people.agent, 'participant.invited')
    .event(people.supervisor, 'participant.joined')
    .event(people.customer, 'participant.idle')
    .event(people.customer, 'participant.returned')
    .say(people.customer, 'Sorry, I am back.')
    .event(people.supervisor, 'participant.left')
    .event(people.system, 'chat.rehydrated')
    .event(people.system, 'something.new.in.2027')
    .event(people.customer, 'participant.autodisconnection')
    .event(people.agent, 'participant.left')
    .event(people.system, 'chat.ended');
  return chatOf(s.items);
}

/** A bot's QuickReply as the latest message: the customer can answer it. */
export function quickReplyChat(): SimChat {
  const s = new ChatScript('q');
  s.event(people.customer, 'participant.joined')
    .event(people.bot, 'participant.joined')
    .say(people.customer, 'Hi, I have a question about my plan.')
    .say(
      people.bot,
      JSON.stringify({
        templateType: 'QuickReply',
        version: '1.0',
        data: {
          content: {
            title: 'What can I help you with?',
            elements: [
              { title: 'Track an order' },
              { title: 'Billing' },
              { title: 'Something else' },
            ],
          },
        },
      }),
      'application/vnd.amazonaws.connect.message.interactive',
    );
  return chatOf(s.items);
}

/**
 * A bot's ListPicker with images (a header and one per option), served by Storybook from
 * `/templates/` (`base`: the page's origin).
 */
export function imagePickerChat(base: string): SimChat {
  const s = new ChatScript('i');
  const image = (name: string, description: string) => ({
    imageType: 'URL',
    imageData: `${base}/templates/${name}.svg`,
    imageDescription: description,
  });
  s.event(people.customer, 'participant.joined')
    .event(people.bot, 'participant.joined')
    .say(people.customer, 'Can I see the plans?')
    .say(
      people.bot,
      JSON.stringify({
        templateType: 'ListPicker',
        version: '1.0',
        data: {
          content: {
            title: 'Our plans',
            subtitle: 'Pick one to see more',
            ...image('plans', 'The three plans side by side'),
            elements: [
              { title: 'Basic', subtitle: '$5 a month', ...image('basic', 'A small box') },
              { title: 'Premium', subtitle: '$12 a month', ...image('premium', 'A large box') },
              { title: 'Family', subtitle: '$18 a month', ...image('family', 'Four boxes') },
            ],
          },
        },
      }),
      'application/vnd.amazonaws.connect.message.interactive',
    );
  return chatOf(s.items);
}

/** A bot's Carousel of plans, each card a Panel with its own options. */
export function carouselChat(): SimChat {
  const s = new ChatScript('k');
  const card = (id: string, title: string, price: string) => ({
    templateIdentifier: id,
    templateType: 'Panel',
    version: '1.0',
    data: {
      content: {
        title,
        subtitle: price,
        elements: [{ title: `Switch to ${title}` }, { title: `Compare ${title}` }],
      },
    },
  });
  s.event(people.customer, 'participant.joined')
    .event(people.bot, 'participant.joined')
    .say(people.customer, 'Which plans can I switch to?')
    .say(
      people.bot,
      JSON.stringify({
        templateType: 'Carousel',
        version: '1.0',
        data: {
          content: {
            title: 'Plans you can switch to',
            elements: [
              card('plan-basic', 'Basic', '$5 a month'),
              card('plan-premium', 'Premium', '$12 a month'),
              card('plan-family', 'Family', '$18 a month'),
            ],
          },
        },
      }),
      'application/vnd.amazonaws.connect.message.interactive',
    );
  return chatOf(s.items);
}

/** Attachments in every status, with real files for the approved ones. */
export function attachmentsChat(): SimChat {
  const png = pngBytes();
  const files: SimAttachment[] = [
    { id: 'att-photo', name: 'broken-screen.png', contentType: 'image/png', bytes: png },
    {
      id: 'att-invoice',
      name: 'Facture été 2026.pdf',
      contentType: 'application/pdf',
      bytes: text('%PDF-1.4\n% tiny\n'),
    },
    {
      id: 'att-notes',
      name: 'notes.txt',
      contentType: 'text/plain',
      bytes: text('Order 48213\nReturn label requested.\n'),
    },
    { id: 'att-pending', name: 'receipt.jpg', contentType: 'image/jpeg', bytes: png },
    {
      id: 'att-rejected',
      name: 'setup.exe',
      contentType: 'application/octet-stream',
      bytes: text('MZ'),
    },
    { id: 'att-lost', name: 'statement.csv', contentType: 'text/csv', bytes: text('a,b\n1,2\n') },
  ];
  const s = new ChatScript('a');
  s.say(people.customer, 'Here are the photo and the invoice:')
    .attach(people.customer, [
      {
        AttachmentId: 'att-photo',
        AttachmentName: 'broken-screen.png',
        ContentType: 'image/png',
        Status: 'APPROVED',
      },
      {
        AttachmentId: 'att-invoice',
        AttachmentName: 'Facture été 2026.pdf',
        ContentType: 'application/pdf',
        Status: 'APPROVED',
      },
    ])
    .attach(people.agent, [
      {
        AttachmentId: 'att-notes',
        AttachmentName: 'notes.txt',
        ContentType: 'text/plain',
        Status: 'APPROVED',
      },
    ])
    .attach(people.customer, [
      {
        AttachmentId: 'att-pending',
        AttachmentName: 'receipt.jpg',
        ContentType: 'image/jpeg',
        Status: 'IN_PROGRESS',
      },
    ])
    .attach(people.customer, [
      {
        AttachmentId: 'att-rejected',
        AttachmentName: 'setup.exe',
        ContentType: 'application/octet-stream',
        Status: 'REJECTED',
      },
    ])
    .attach(people.customer, [
      {
        AttachmentId: 'att-lost',
        AttachmentName: 'statement.csv',
        ContentType: 'text/csv',
        Status: 'SOMETHING_NEW',
      },
    ])
    .say(people.agent, 'Thanks, the photo and the invoice came through.');
  return chatOf(s.items, { attachments: files });
}

/** Typing from the agent right now and delivered/read receipts on the customer's messages. */
export function typingAndReceiptsChat(now: number): SimChat {
  const s = new ChatScript('t', now - 10 * 60_000, 30_000);
  s.say(people.customer, 'Is my refund on its way?')
    .raw({
      Type: 'MESSAGE_DELIVERED',
      ContentType: `${EVENT}message.delivered`,
      ...people.agent,
      MessageMetadata: {
        MessageId: 't-1',
        Receipts: [
          {
            DeliveredTimestamp: new Date(now - 9 * 60_000).toISOString(),
            RecipientParticipantId: people.agent.ParticipantId,
          },
        ],
      },
    })
    .raw({
      Type: 'MESSAGE_READ',
      ContentType: `${EVENT}message.read`,
      ...people.agent,
      MessageMetadata: {
        MessageId: 't-1',
        Receipts: [
          {
            ReadTimestamp: new Date(now - 8 * 60_000).toISOString(),
            RecipientParticipantId: people.agent.ParticipantId,
          },
        ],
      },
    })
    .say(people.agent, 'Yes — it was issued this morning.')
    .say(people.customer, 'Great, and the second one?');
  s.raw({
    Type: 'MESSAGE_DELIVERED',
    ContentType: `${EVENT}message.delivered`,
    ...people.agent,
    MessageMetadata: {
      MessageId: 't-5',
      Receipts: [
        {
          DeliveredTimestamp: new Date(now - 60_000).toISOString(),
          RecipientParticipantId: people.agent.ParticipantId,
        },
      ],
    },
  });
  // Typing "now": within the 12 s typing window of the reader's clock.
  s.items.push({
    Id: 't-typing',
    Type: 'EVENT',
    ContentType: `${EVENT}typing`,
    AbsoluteTime: new Date(now - 1000).toISOString(),
    ...people.agent,
  });
  return chatOf(s.items);
}

/** A persistent chat: two earlier contacts, then today's. */
export function persistentChat(): SimChat {
  const old1 = new ChatScript('h1', Date.parse('2026-09-02T08:00:00.000Z'));
  old1
    .event(people.customer, 'participant.joined')
    .say(people.customer, 'My parcel #40001 is late.')
    .say(people.agent2, 'It ships tomorrow, sorry!')
    .event(people.system, 'chat.ended');
  const old2 = new ChatScript('h2', Date.parse('2026-10-14T16:30:00.000Z'));
  old2
    .event(people.customer, 'participant.joined')
    .say(people.customer, 'Can I change my address?')
    .say(people.agent, 'Done — the new address is on file.')
    .event(people.system, 'chat.ended');
  const now = new ChatScript('c', Date.parse('2026-11-20T10:00:00.000Z'));
  now
    .event(people.system, 'chat.rehydrated')
    .event(people.customer, 'participant.joined')
    .say(people.customer, 'Hi again! About my order from last time…')
    .say(people.agent, 'Welcome back, Maya. I can see our earlier chats above.');
  return chatOf(now.items, {
    previousContacts: [
      { contactId: 'contact-september', items: old1.items },
      { contactId: 'contact-october', items: old2.items },
    ],
  });
}

function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

/** A valid 1×1 PNG (decoders accept it; the image story only needs a real file). */
function pngBytes(): Uint8Array {
  const b64 =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/**
 * A chat the customer left for a while: they read the agent's first answers (a read receipt
 * for them), then the agent went on — 40 messages the customer has not read, with an order
 * number, a München address and an attachment to find.
 */
export function catchingUpChat(): SimChat {
  const s = new ChatScript('u');
  s.event(people.agent, 'participant.joined')
    .say(people.customer, 'Hi, where is my order?')
    .say(people.agent, 'Let me look that up for you.');
  // Read by the customer: a receipt for their participant on the agent's message.
  const read = s.items[s.items.length - 1]!;
  s.items[s.items.length - 1] = {
    ...read,
    MessageMetadata: {
      MessageId: read.Id,
      Receipts: [
        {
          RecipientParticipantId: people.customer.ParticipantId,
          DeliveredTimestamp: read.AbsoluteTime,
          ReadTimestamp: read.AbsoluteTime,
        },
      ],
    },
  };
  for (let i = 1; i <= 40; i++) {
    if (i === 28) s.say(people.agent, 'Your order number is ORD-7731-B.');
    else if (i === 34) s.say(people.agent, 'It goes to the depot in München first.');
    else if (i === 37) {
      s.attach(people.agent, [
        {
          AttachmentId: 'att-label',
          AttachmentName: 'shipping-label.pdf',
          ContentType: 'application/pdf',
          Status: 'APPROVED',
        },
      ]);
    } else s.say(people.agent, `Update ${i}: still checking with the warehouse.`);
  }
  return chatOf(s.items);
}
