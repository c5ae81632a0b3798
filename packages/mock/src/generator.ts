import type { ParticipantRole, TranscriptItem } from '@connect-transcript/core';
import type { SimAttachment, SimChat, SimContact, SimParticipant } from './chat.js';
import { textFile, tinyPdf, tinyPng } from './files.js';
import { createRandom, type Random } from './random.js';

/**
 * Options of {@link generateTranscript}.
 *
 * @example
 * ```ts
 * generateTranscript({ seed: 3, size: 50, controls: false, persistentHistory: 2 });
 * ```
 */
export interface GenerateTranscriptOptions {
  /** Same seed, same chat, byte for byte. @default 1 */
  seed?: number | undefined;
  /** Number of items in all, previous contacts included. @default 200 */
  size?: number | undefined;
  /** Time of the first item (ISO string or epoch ms). @default '2026-01-05T09:00:00.000Z' */
  startTime?: string | number | undefined;
  /** Typing events, delivered/read receipts, connection acks and `MessageMetadata`. @default true */
  controls?: boolean | undefined;
  /** Attachment items (image, PDF, text, CSV; every status) and their files. @default true */
  attachments?: boolean | undefined;
  /** Interactive messages (ListPicker, QuickReply) and their responses. @default true */
  interactive?: boolean | undefined;
  /**
   * Previous contacts of a persistent chat (about 40 % of the items): `true` for one or two,
   * a number for exactly that many, `false` for none. Needs `size` ≥ 12.
   * @default true
   */
  persistentHistory?: boolean | number | undefined;
  /** End the current contact too (participants leave, CHAT_ENDED). @default false */
  ended?: boolean | undefined;
  /** Id of the current contact. @default a seeded UUID */
  contactId?: string | undefined;
}

const EVENT = 'application/vnd.amazonaws.connect.event.';
const INTERACTIVE = 'application/vnd.amazonaws.connect.message.interactive';

const CUSTOMER_NAMES = [
  'Maya Lindqvist',
  'Omar Haddad',
  'Noa Levi',
  'Chidi Okafor',
  'Zoë Müller',
  'Hana Sato',
];
const AGENT_NAMES = ['Jordan', 'Priya', 'Mateo', 'Aiko', 'Fatima', 'Lucas'];

const CUSTOMER_LINES = [
  'Hi, my order has not arrived yet.',
  'I was charged twice for the same subscription.',
  'Can you check the status of order #48213?',
  'The app keeps logging me out on my phone.',
  'Thanks!',
  'ok',
  'Yes, that is the right address.',
  'I already tried restarting it, twice.',
  'Could you send me the invoice again? I cannot find the email.',
  'Is there a way to change the delivery date to Friday?',
  'That worked 🎉 thank you so much!',
  'Hmm, still the same error 😕',
  'Sorry, I was away for a moment.',
  'My account email is maya.l@example.com',
];
const AGENT_LINES = [
  'Thanks for waiting! Let me look into that for you.',
  'I can see the order in our system. One moment please.',
  'I have refunded the duplicate charge; it takes 3–5 business days to show up.',
  'Could you confirm the last four digits of the card?',
  'I am sorry about the trouble. Let me fix that right away.',
  'Is there anything else I can help you with today?',
  'Done ✅',
  'I have escalated this to our delivery team.',
];
const MARKDOWN_LINES = [
  'Here is what to try:\n\n1. Open **Settings**\n2. Tap *Accounts*\n3. Choose **Sign out everywhere**\n\nThen sign in again.',
  'You can track the parcel here: [tracking page](https://example.com/track/48213).\n\n- **Carrier:** ParcelGo\n- **ETA:** Friday',
  '**Refund issued.** Details:\n\n| item | amount |\n|---|---|\n| Plan (duplicate) | $12.99 |\n\nSee our [refund policy](https://example.com/refunds).',
  'A few options:\n\n- `Standard` — free, 3–5 days\n- `Express` — $9, next day\n\n> Orders placed before 2 pm ship the same day.',
];
const RTL_LINES = [
  'مرحبا، لدي مشكلة في الطلب رقم 48213',
  'شكرا جزيلا على المساعدة',
  'שלום, ההזמנה שלי עדיין לא הגיעה',
  'תודה רבה! 🙏',
  'Mixed: the code is ABC-123 و شكرا',
];
const EMOJI_LINES = [
  '👍',
  '🙏🙏🙏',
  '😂 fair enough',
  '❤️',
  'Great 👌🏽 see you',
  '👨‍👩‍👧‍👦 family plan please',
];
const SYSTEM_LINES = [
  'You are number 2 in the queue.',
  'An agent will be with you shortly.',
  'This chat is recorded for quality purposes.',
];
const PARAGRAPH =
  'I want to describe everything that happened so far, in detail, so nobody has to ask again. ' +
  'On Monday I placed the order, on Tuesday I got an email saying it shipped, on Wednesday the tracking page said it was delayed, and since then nothing has changed. ' +
  'I called twice and was told to wait; I waited. Now the package shows as delivered, but it is not here, and my neighbours have not seen it either. ';

const LONG_TEXT = PARAGRAPH.repeat(Math.ceil(16_384 / PARAGRAPH.length)).slice(0, 16_384);

interface Cast {
  customer: SimParticipant;
  bot: SimParticipant;
  agents: SimParticipant[];
  supervisor: SimParticipant;
  system: SimParticipant;
}

/**
 * Generates a realistic chat, deterministically: a customer, a bot (`CUSTOM_BOT`) that hands
 * over to agents, transfers (succeeded and failed), a supervisor barging in, system messages,
 * plain text, markdown, long messages (up to 16,384 characters), emoji, RTL text, interactive
 * ListPicker/QuickReply messages, attachments in every status (with real small files), typing,
 * delivered/read receipts, idle events, and persistent-chat history. No clock or `Math.random`
 * is read: the same options give the same bytes.
 *
 * @example
 * ```ts
 * const chat = generateTranscript({ seed: 7, size: 1000, controls: false });
 * const sim = createParticipantSimulator({ chats: [chat] });
 * ```
 */
export function generateTranscript(options: GenerateTranscriptOptions = {}): SimChat {
  const seed = options.seed ?? 1;
  const size = Math.max(0, Math.floor(options.size ?? 200));
  const r = createRandom(seed, 'generator');
  const start =
    typeof options.startTime === 'number'
      ? options.startTime
      : Date.parse(options.startTime ?? '2026-01-05T09:00:00.000Z');
  const settings = {
    controls: options.controls ?? true,
    attachments: options.attachments ?? true,
    interactive: options.interactive ?? true,
  };

  const person = (displayName: string, role: ParticipantRole): SimParticipant => ({
    participantId: r.uuid(),
    displayName,
    role,
  });
  const cast: Cast = {
    customer: person(r.pick(CUSTOMER_NAMES), 'CUSTOMER'),
    bot: person('Helper Bot', 'CUSTOM_BOT'),
    agents: AGENT_NAMES.slice(0, 3).map((name) => person(name, 'AGENT')),
    supervisor: person('Sam (Supervisor)', 'SUPERVISOR'),
    system: person('SYSTEM_MESSAGE', 'SYSTEM'),
  };

  const wantHistory = options.persistentHistory ?? true;
  const historyCount =
    size < 12 || wantHistory === false
      ? 0
      : wantHistory === true
        ? r.int(1, 2)
        : Math.max(0, Math.floor(wantHistory));
  const historyItems = historyCount > 0 ? Math.floor(size * 0.4) : 0;
  const sizes: number[] = [];
  for (let i = 0; i < historyCount; i++) {
    sizes.push(
      i < historyCount - 1
        ? Math.floor(historyItems / historyCount)
        : historyItems - sizes.reduce((a, b) => a + b, 0),
    );
  }
  sizes.push(size - historyItems);

  const attachments: SimAttachment[] = [];
  let time = start;
  const contacts: SimContact[] = sizes.map((n, index) => {
    const current = index === sizes.length - 1;
    const contactId = current && options.contactId !== undefined ? options.contactId : r.uuid();
    if (index > 0) time += r.int(2 * 3_600_000, 72 * 3_600_000);
    const script = new ContactScript(r, cast, settings, attachments, time, n);
    script.run({ rehydrated: index > 0, end: !current || options.ended === true });
    time = script.time;
    return { contactId, items: script.items };
  });
  const currentContact = contacts[contacts.length - 1]!;
  return {
    contactId: currentContact.contactId,
    items: currentContact.items,
    previousContacts: contacts.slice(0, -1).map((c) => ({
      contactId: c.contactId,
      items: c.items.map((item) => ({ ...item, RelatedContactId: c.contactId })),
    })),
    attachments,
    participants: [cast.customer, cast.bot, ...cast.agents, cast.supervisor, cast.system],
  };
}

class ContactScript {
  readonly items: TranscriptItem[] = [];
  private responder: SimParticipant;
  private attachmentCount = 0;
  private longCount = 0;

  constructor(
    private readonly r: Random,
    private readonly cast: Cast,
    private readonly settings: { controls: boolean; attachments: boolean; interactive: boolean },
    private readonly files: SimAttachment[],
    public time: number,
    private readonly budget: number,
  ) {
    this.responder = cast.bot;
  }

  private full(reserve = 0): boolean {
    return this.items.length >= this.budget - reserve;
  }

  private gap(): number {
    const x = this.r.next();
    if (x < 0.005) return this.r.int(3_600_000, 3 * 3_600_000);
    if (x < 0.05) return this.r.int(60_000, 600_000);
    return this.r.int(800, 25_000);
  }

  private emit(item: TranscriptItem, gapMs = this.gap(), reserve = 0): TranscriptItem | undefined {
    if (this.full(reserve)) return undefined;
    this.time += gapMs;
    const full: TranscriptItem = {
      Id: this.r.uuid(),
      AbsoluteTime: new Date(this.time).toISOString(),
      ...item,
    };
    this.items.push(full);
    return full;
  }

  private who(
    p: SimParticipant,
  ): Pick<TranscriptItem, 'ParticipantId' | 'DisplayName' | 'ParticipantRole'> {
    return { ParticipantId: p.participantId, DisplayName: p.displayName, ParticipantRole: p.role };
  }

  private event(p: SimParticipant, suffix: string, reserve: number, gapMs?: number): void {
    this.emit({ Type: 'EVENT', ContentType: `${EVENT}${suffix}`, ...this.who(p) }, gapMs, reserve);
  }

  private message(p: SimParticipant, content: string, contentType: string, reserve: number): void {
    if (this.settings.controls && p.role !== 'SYSTEM' && this.r.chance(0.4)) {
      this.emit(
        { Type: 'EVENT', ContentType: `${EVENT}typing`, ...this.who(p) },
        this.gap(),
        reserve,
      );
    }
    const withMeta = this.settings.controls && p.role !== 'SYSTEM' && this.r.chance(0.3);
    const msg = this.emit(
      { Type: 'MESSAGE', ContentType: contentType, Content: content, ...this.who(p) },
      this.r.int(1000, 5000),
      reserve,
    );
    if (!msg) return;
    const recipient = p === this.cast.customer ? this.responder : this.cast.customer;
    if (withMeta) {
      const delivered = new Date(this.time + this.r.int(100, 900)).toISOString();
      const read = new Date(this.time + this.r.int(1000, 8000)).toISOString();
      (msg as { MessageMetadata?: unknown }).MessageMetadata = {
        MessageId: msg.Id,
        Receipts: [
          {
            DeliveredTimestamp: delivered,
            ReadTimestamp: read,
            RecipientParticipantId: recipient.participantId,
          },
        ],
        ...(p === this.cast.customer && this.r.chance(0.05)
          ? { MessageProcessingStatus: 'PROCESSING' }
          : {}),
      };
    }
    if (this.settings.controls && this.r.chance(0.35)) {
      for (const kind of this.r.chance(0.6) ? ['delivered', 'read'] : ['delivered']) {
        this.emit(
          {
            Type: kind === 'read' ? 'MESSAGE_READ' : 'MESSAGE_DELIVERED',
            ContentType: `${EVENT}message.${kind}`,
            ...this.who(recipient),
            MessageMetadata: {
              MessageId: msg.Id,
              Receipts: [
                kind === 'read'
                  ? {
                      ReadTimestamp: new Date(this.time).toISOString(),
                      RecipientParticipantId: recipient.participantId,
                    }
                  : {
                      DeliveredTimestamp: new Date(this.time).toISOString(),
                      RecipientParticipantId: recipient.participantId,
                    },
              ],
            },
          },
          this.r.int(100, 900),
          reserve,
        );
      }
    }
  }

  private longText(): string {
    this.longCount++;
    const length =
      this.longCount === 1
        ? 16_384
        : this.r.chance(0.2)
          ? this.r.int(4_000, 16_384)
          : this.r.int(1_100, 4_000);
    return LONG_TEXT.slice(0, length);
  }

  private attachment(reserve: number): void {
    const n = ++this.attachmentCount;
    const status = this.r.pick([
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'IN_PROGRESS',
      'REJECTED',
    ] as const);
    const kind = this.r.pick(['png', 'pdf', 'txt', 'csv'] as const);
    const id = this.r.uuid();
    let file: SimAttachment;
    if (kind === 'png') {
      const rgb = [this.r.int(0, 200), this.r.int(0, 200), this.r.int(0, 200)] as const;
      file = {
        id,
        name: `screenshot-${n}.png`,
        contentType: 'image/png',
        bytes: tinyPng(16, 16, rgb),
      };
    } else if (kind === 'pdf') {
      file = {
        id,
        name: n % 2 ? `invoice-${n}.pdf` : `Facture été ${n}.pdf`,
        contentType: 'application/pdf',
        bytes: tinyPdf(`Invoice ${n} - connect-transcript simulator`),
      };
    } else if (kind === 'txt') {
      file = {
        id,
        name: `notes-${n}.txt`,
        contentType: 'text/plain',
        bytes: textFile(`Notes ${n}\nOrder 48213\nReturn label requested.\n`),
      };
    } else {
      file = {
        id,
        name: `export-${n}.csv`,
        contentType: 'text/csv',
        bytes: textFile('date,amount\n2026-01-02,12.99\n2026-01-02,12.99\n'),
      };
    }
    this.files.push(file);
    const from = this.r.chance(0.8) ? this.cast.customer : this.responder;
    this.emit(
      {
        Type: 'ATTACHMENT',
        ...this.who(from),
        Attachments: [
          {
            ContentType: file.contentType,
            AttachmentId: id,
            AttachmentName: file.name,
            Status: status,
          },
        ],
      },
      undefined,
      reserve,
    );
  }

  run({ rehydrated, end }: { rehydrated: boolean; end: boolean }): void {
    const reserve = end && this.budget >= 6 ? 3 : 0;
    const { cast, r } = this;
    if (this.settings.controls) {
      this.emit(
        {
          Type: 'CONNECTION_ACK',
          ContentType: `${EVENT}connection.acknowledged`,
          ...this.who(cast.customer),
        },
        0,
        reserve,
      );
    }
    this.event(cast.customer, 'participant.joined', reserve, 200);
    if (rehydrated) this.event(cast.system, 'chat.rehydrated', reserve, 100);
    this.event(cast.bot, 'participant.joined', reserve, 300);
    this.message(
      cast.bot,
      `Hi ${cast.customer.displayName.split(' ')[0]}! I am the virtual assistant. How can I help?`,
      'text/plain',
      reserve,
    );
    if (this.settings.interactive) this.interactive(reserve);

    let agentIndex = 0;
    let beat = 0;
    while (!this.full(reserve)) {
      beat++;
      if (this.responder === cast.bot && beat > 3) {
        // The bot hands over: queue message, transfer, an agent joins.
        this.message(cast.system, r.pick(SYSTEM_LINES), 'text/plain', reserve);
        this.event(cast.bot, 'participant.left', reserve);
        this.event(cast.system, 'transfer.succeeded', reserve, 300);
        this.responder = cast.agents[agentIndex]!;
        this.event(this.responder, 'participant.joined', reserve);
        continue;
      }
      const x = r.next();
      if (x < 0.34) {
        this.message(cast.customer, r.pick(CUSTOMER_LINES), 'text/plain', reserve);
        this.message(this.responder, r.pick(AGENT_LINES), 'text/plain', reserve);
      } else if (x < 0.44) {
        this.message(cast.customer, r.pick(CUSTOMER_LINES), 'text/plain', reserve);
        this.message(this.responder, r.pick(MARKDOWN_LINES), 'text/markdown', reserve);
      } else if (x < 0.52) {
        this.message(cast.customer, r.pick(RTL_LINES), 'text/plain', reserve);
      } else if (x < 0.58) {
        this.message(cast.customer, r.pick(EMOJI_LINES), 'text/plain', reserve);
      } else if (x < 0.66 && this.settings.attachments) {
        this.attachment(reserve);
      } else if (x < 0.675) {
        this.message(
          r.chance(0.7) ? cast.customer : this.responder,
          this.longText(),
          'text/plain',
          reserve,
        );
      } else if (x < 0.74 && this.settings.interactive) {
        this.interactive(reserve);
      } else if (x < 0.78) {
        // Supervisor barge-in.
        this.event(cast.supervisor, 'participant.joined', reserve);
        this.message(
          cast.supervisor,
          'Hi, I am the supervisor on this chat. I will make sure this gets resolved today.',
          'text/plain',
          reserve,
        );
        this.event(cast.supervisor, 'participant.left', reserve);
      } else if (x < 0.82) {
        // Transfer to another agent; sometimes it fails first.
        if (r.chance(0.3)) {
          this.event(cast.system, 'transfer.failed', reserve);
          this.message(
            cast.system,
            'The transfer could not be completed. Your agent is still with you.',
            'text/plain',
            reserve,
          );
        } else {
          this.event(this.responder, 'participant.left', reserve);
          this.event(cast.system, 'transfer.succeeded', reserve, 300);
          agentIndex = (agentIndex + 1) % cast.agents.length;
          this.responder = cast.agents[agentIndex]!;
          this.event(this.responder, 'participant.joined', reserve);
        }
      } else if (x < 0.85) {
        this.event(cast.customer, 'participant.idle', reserve, r.int(60_000, 300_000));
        this.event(cast.customer, 'participant.returned', reserve);
      } else if (x < 0.88) {
        this.message(cast.system, r.pick(SYSTEM_LINES), 'text/plain', reserve);
      } else {
        this.message(this.responder, r.pick(AGENT_LINES), 'text/plain', reserve);
      }
    }
    if (reserve > 0) {
      this.event(cast.customer, 'participant.left', 0);
      this.event(this.responder, 'participant.left', 0, 400);
      this.event(cast.system, 'chat.ended', 0, 200);
    }
  }

  private interactive(reserve: number): void {
    const { cast, r } = this;
    const quick = r.chance(0.5);
    const content = quick
      ? {
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
        }
      : {
          templateType: 'ListPicker',
          version: '1.0',
          data: {
            content: {
              title: 'Which order is this about?',
              subtitle: 'Tap to select',
              elements: [
                { title: 'Order #48213', subtitle: 'Shipped Jan 2' },
                { title: 'Order #48190', subtitle: 'Delivered Dec 28' },
                { title: 'Order #47702', subtitle: 'Returned' },
              ],
            },
          },
        };
    this.message(cast.bot, JSON.stringify(content), INTERACTIVE, reserve);
    const chosen = r.pick(content.data.content.elements).title;
    this.message(
      cast.customer,
      JSON.stringify({
        templateIdentifier: content.templateType,
        data: { content: { title: chosen } },
      }),
      `${INTERACTIVE}.response`,
      reserve,
    );
  }
}
