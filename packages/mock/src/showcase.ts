import type { TranscriptItem } from '@connect-transcript/core';
import type { SimAttachment, SimChat, SimParticipant } from './chat.js';
import { textFile, tinyPdf, tinyPng } from './files.js';

/** Options of {@link generateShowcase}. */
export interface ShowcaseOptions {
  /** Time of the first item (ISO string or epoch ms). @default '2026-01-05T09:00:00.000Z' */
  startTime?: string | number | undefined;
  /** Id of the contact. @default 'showcase-contact' */
  contactId?: string | undefined;
}

const EVENT = 'application/vnd.amazonaws.connect.event.';
const INTERACTIVE = 'application/vnd.amazonaws.connect.message.interactive';
const RESPONSE = `${INTERACTIVE}.response`;

const CUSTOMER: SimParticipant = {
  participantId: 'p-customer',
  displayName: 'Maya Lindqvist',
  role: 'CUSTOMER',
};
const AGENT: SimParticipant = { participantId: 'p-agent', displayName: 'Priya', role: 'AGENT' };
const FLOW: SimParticipant = {
  participantId: 'p-flow',
  displayName: 'SYSTEM_MESSAGE',
  role: 'SYSTEM',
};
const LEX: SimParticipant = { participantId: 'p-lex', displayName: 'BOT', role: 'SYSTEM' };
const HELPER: SimParticipant = {
  participantId: 'p-bot',
  displayName: 'Helper Bot',
  role: 'CUSTOM_BOT',
};

const interactive = (templateType: string, content: Record<string, unknown>) =>
  JSON.stringify({ templateType, version: '1.0', data: { content } });

/**
 * Every kind of item a Connect transcript can hold, in one short chat (about 60 items), for
 * stories, tests and demos: each event type (participants, transfers, authentication, workflow),
 * the sentinel names (`SYSTEM_MESSAGE` flow messages, `BOT` replies, no name, a role from the
 * future), every content type (plain, markdown with `\r\n`, JSON, an unknown type), every
 * interactive template (ListPicker with images, TimePicker in another time zone, Panel,
 * QuickReply, Carousel, ViewResource, a channel-only template) with the customer's picks (plain
 * title, Carousel JSON, `interactive.response`), "show more" taps, a `referenceId` chain,
 * kramdown link attributes, a streamed Lex reply (complete, as a page holds it), messages in
 * every processing state, a three-file attachment item in mixed states, an unknown item type and
 * hostile content. Deterministic: no clock or randomness is read.
 *
 * @example
 * ```ts
 * const sim = createParticipantSimulator({ chats: [generateShowcase()] });
 * ```
 */
export function generateShowcase(options: ShowcaseOptions = {}): SimChat {
  const contactId = options.contactId ?? 'showcase-contact';
  let time =
    typeof options.startTime === 'number'
      ? options.startTime
      : Date.parse(options.startTime ?? '2026-01-05T09:00:00.000Z');
  const items: TranscriptItem[] = [];
  let n = 0;
  const add = (who: SimParticipant | undefined, item: TranscriptItem, gapMs = 20_000) => {
    time += gapMs;
    items.push({
      Id: `showcase-${String(++n).padStart(2, '0')}`,
      AbsoluteTime: new Date(time).toISOString(),
      ContactId: contactId,
      ...(who
        ? {
            ParticipantId: who.participantId,
            DisplayName: who.displayName,
            ParticipantRole: who.role,
          }
        : {}),
      ...item,
    });
  };
  const event = (who: SimParticipant | undefined, suffix: string, extra: TranscriptItem = {}) =>
    add(who, { Type: 'EVENT', ContentType: `${EVENT}${suffix}`, ...extra });
  const say = (
    who: SimParticipant,
    Content: string,
    ContentType = 'text/plain',
    extra: TranscriptItem = {},
  ) => add(who, { Type: 'MESSAGE', ContentType, Content, ...extra });

  // Joining, flow messages and the Lex bot, signed with Connect's sentinels.
  event(CUSTOMER, 'participant.joined');
  say(FLOW, 'Thanks for contacting us. This chat is recorded for quality purposes.');
  event(LEX, 'participant.joined');
  say(
    LEX,
    'Hi Maya! I can help with orders, billing and returns. What do you need?',
    'text/plain',
    {
      MessageMetadata: { MessageId: 'lex-1', ChunkNumber: 3, MessageCompleted: true },
    },
  );
  say(
    HELPER,
    interactive('QuickReply', {
      title: 'What can I help you with?',
      elements: [{ title: 'Track an order' }, { title: 'Billing' }, { title: 'Something else' }],
    }),
    INTERACTIVE,
  );
  say(CUSTOMER, 'Track an order');
  say(
    HELPER,
    interactive('ListPicker', {
      title: 'Which order is this about?',
      subtitle: 'Tap to select',
      imageType: 'URL',
      imageData: 'https://example.com/orders.png',
      elements: [
        {
          title: 'Order #48213',
          subtitle: 'Shipped Jan 2',
          imageType: 'URL',
          imageData: 'https://example.com/box.png',
        },
        { title: 'Order #48190', subtitle: 'Delivered Dec 28' },
        { title: 'Order #47702', subtitle: 'Returned' },
        { title: 'Order #47011', subtitle: 'Delivered Nov 30' },
        { title: 'Order #46920', subtitle: 'Delivered Nov 2' },
        { title: 'Order #45127', subtitle: 'Delivered Oct 9' },
      ],
    }),
    INTERACTIVE,
  );
  say(CUSTOMER, JSON.stringify({ data: { content: { action: 'SHOW_MORE' } } }), RESPONSE);
  say(
    CUSTOMER,
    JSON.stringify({
      templateIdentifier: 'ListPicker',
      data: { content: { title: 'Order #48213' } },
    }),
    RESPONSE,
  );
  say(
    HELPER,
    interactive('TimePicker', {
      title: 'When should we call you back?',
      subtitle: 'Times are in Lisbon time',
      timeZoneOffset: 0,
      location: { title: 'Phone call', latitude: 38.72, longitude: -9.14 },
      timeslots: [
        { date: '2026-01-06T09:00+00:00', duration: 30 },
        { date: '2026-01-06T14:30+00:00', duration: 30 },
        { date: '2026-01-07T10:00+00:00', duration: 60 },
      ],
    }),
    INTERACTIVE,
  );
  say(CUSTOMER, 'Tue, Jan 6, 2:30 PM');
  say(
    HELPER,
    interactive('Panel', {
      title: 'Anything else?',
      subtitle: 'See our [help centre](https://example.com/help){:target="_blank"}',
      elements: [{ title: 'Talk to an agent' }, { title: 'No, thanks' }],
    }),
    INTERACTIVE,
  );
  say(
    HELPER,
    interactive('Carousel', {
      title: 'Plans you can switch to',
      elements: [
        { templateType: 'Panel', data: { content: { title: 'Basic', subtitle: '$5 a month' } } },
        { templateType: 'Panel', data: { content: { title: 'Premium', subtitle: '$12 a month' } } },
        { templateType: 'Panel', data: { content: { title: 'Family', subtitle: '$18 a month' } } },
      ],
    }),
    INTERACTIVE,
  );
  say(
    CUSTOMER,
    JSON.stringify({
      templateIdentifier: 'plans-carousel',
      listTitle: 'Basic',
      selectionText: 'Premium',
    }),
  );
  say(HELPER, interactive('ViewResource', { viewToken: 'view-token-1' }), INTERACTIVE);
  say(
    HELPER,
    interactive('AppleListPicker', { title: 'Only on Apple Messages for Business' }),
    INTERACTIVE,
  );
  // A step-by-step guide: the second step replaces the first.
  say(
    HELPER,
    interactive('Panel', {
      title: 'Step 1: open Settings',
      referenceId: 'reset-guide',
      elements: [{ title: 'Done' }],
    }),
    INTERACTIVE,
  );
  say(
    HELPER,
    interactive('Panel', {
      title: 'Step 2: tap Accounts',
      referenceId: 'reset-guide',
      elements: [{ title: 'Done' }],
    }),
    INTERACTIVE,
  );

  // Authentication.
  event(CUSTOMER, 'authentication.initiated');
  event(CUSTOMER, 'authentication.failed');
  event(CUSTOMER, 'authentication.timeout');
  event(CUSTOMER, 'authentication.expired');
  event(CUSTOMER, 'authentication.cancelled');
  event(CUSTOMER, 'authentication.succeeded');
  event(CUSTOMER, 'participant.displayname.updated', { DisplayName: 'Maya L.' });

  // Hand-over to an agent.
  event(LEX, 'participant.left');
  event(FLOW, 'workflow.cancelled');
  event(FLOW, 'transfer.succeeded');
  event(AGENT, 'participant.joined');
  say(
    AGENT,
    'Hi Maya, I am **Priya**.\r\nI can see order *#48213*:\r\n\r\n- shipped Jan 2\r\n- with ParcelGo',
    'text/markdown',
  );
  say(CUSTOMER, 'my card is 4111 1111 1111 1111', 'text/plain', {
    MessageMetadata: { MessageId: 'pii', MessageProcessingStatus: 'PROCESSING' },
  });
  say(CUSTOMER, 'a message the filter rejected', 'text/plain', {
    MessageMetadata: { MessageId: 'rejected', MessageProcessingStatus: 'REJECTED' },
  });
  say(CUSTOMER, 'ola, preciso de ajuda', 'text/plain', {
    MessageMetadata: { MessageId: 'failed', MessageProcessingStatus: 'FAILED' },
  });
  add(CUSTOMER, {
    Type: 'ATTACHMENT',
    Attachments: [
      {
        AttachmentId: 'showcase-file-1',
        AttachmentName: 'receipt.pdf',
        ContentType: 'application/pdf',
        Status: 'APPROVED',
      },
      {
        AttachmentId: 'showcase-file-2',
        AttachmentName: 'parcel.png',
        ContentType: 'image/png',
        Status: 'IN_PROGRESS',
      },
      {
        AttachmentId: 'showcase-file-3',
        AttachmentName: 'macro.xlsm',
        ContentType: 'application/vnd.ms-excel.sheet.macroEnabled.12',
        Status: 'REJECTED',
      },
    ],
  });
  say(AGENT, '{"orderId":48213,"status":"shipped"}', 'application/json');
  say(AGENT, 'BEGIN:VCARD\nFN:Priya\nEND:VCARD', 'text/vcard');
  event(AGENT, 'participant.idle');
  event(AGENT, 'participant.returned');
  event(CUSTOMER, 'participant.inactive');
  event(CUSTOMER, 'participant.active');
  event(undefined, 'participant.invited', { ParticipantRole: 'SUPERVISOR' });
  event(undefined, 'participant.joined', {
    ParticipantId: 'p-future',
    ParticipantRole: 'FUTURE_ROLE',
  });
  event(FLOW, 'transfer.failed');
  add(AGENT, { Type: 'FUTURE_TYPE', Content: 'something new' });
  event(AGENT, 'something.new');

  // Hostile content, shown as text.
  say(
    CUSTOMER,
    '<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1))',
    'text/markdown',
  );
  say(CUSTOMER, `https://a${'('.repeat(4000)}${')'.repeat(4000)}`);
  say(CUSTOMER, '[a]('.repeat(4096), 'text/markdown');
  say(CUSTOMER, '*a**'.repeat(4096), 'text/markdown');

  event(CUSTOMER, 'participant.autodisconnection');
  event(AGENT, 'participant.left');
  event(FLOW, 'chat.ended');

  const attachments: SimAttachment[] = [
    {
      id: 'showcase-file-1',
      name: 'receipt.pdf',
      contentType: 'application/pdf',
      bytes: tinyPdf('Receipt 48213'),
    },
    {
      id: 'showcase-file-2',
      name: 'parcel.png',
      contentType: 'image/png',
      bytes: tinyPng(16, 16, [40, 90, 160]),
    },
    {
      id: 'showcase-file-3',
      name: 'macro.xlsm',
      contentType: 'application/vnd.ms-excel.sheet.macroEnabled.12',
      bytes: textFile('blocked'),
    },
  ];
  return {
    contactId,
    items,
    attachments,
    participants: [CUSTOMER, AGENT, FLOW, LEX, HELPER],
  };
}
