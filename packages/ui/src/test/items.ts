import type { TranscriptItem } from '@connect-transcript/core';

/** Shared item builders for the ui tests. */
let seq = 0;
const T0 = Date.parse('2026-03-03T10:00:00.000Z');

/** A time `minutes` after 2026-03-03T10:00Z, as the service prints it. */
export const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

export const agent = { ParticipantId: 'p-agent', DisplayName: 'Ana', ParticipantRole: 'AGENT' };
export const customer = {
  ParticipantId: 'p-cust',
  DisplayName: 'Chris',
  ParticipantRole: 'CUSTOMER',
};
export const bot = {
  ParticipantId: 'p-bot',
  DisplayName: 'Helpbot',
  ParticipantRole: 'CUSTOM_BOT',
};

/** A text message. */
export function message(
  content: string,
  who: Partial<TranscriptItem> = agent,
  extra: Partial<TranscriptItem> = {},
): TranscriptItem {
  seq++;
  return {
    Id: `m${seq}`,
    Type: 'MESSAGE',
    ContentType: 'text/plain',
    Content: content,
    AbsoluteTime: at(seq),
    ...who,
    ...extra,
  };
}

/** An event of `application/vnd.amazonaws.connect.event.<suffix>`. */
export function event(
  suffix: string,
  who: Partial<TranscriptItem> = agent,
  extra: Partial<TranscriptItem> = {},
): TranscriptItem {
  seq++;
  return {
    Id: `e${seq}`,
    Type: 'EVENT',
    ContentType: `application/vnd.amazonaws.connect.event.${suffix}`,
    AbsoluteTime: at(seq),
    ...who,
    ...extra,
  };
}

/** An attachment item with one file. */
export function attachment(
  name: string,
  contentType = 'application/pdf',
  status = 'APPROVED',
  extra: Partial<TranscriptItem> = {},
): TranscriptItem {
  seq++;
  return {
    Id: `a${seq}`,
    Type: 'ATTACHMENT',
    AbsoluteTime: at(seq),
    ...customer,
    Attachments: [
      {
        AttachmentId: `att-${seq}`,
        AttachmentName: name,
        ContentType: contentType,
        Status: status,
      },
    ],
    ...extra,
  };
}
