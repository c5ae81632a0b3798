import * as z from 'zod/mini';

/**
 * A string enum that stays open: the known values are listed for autocompletion, and any other
 * string passes validation so a value Amazon adds tomorrow reaches the UI instead of an error.
 */
type Open<T extends string> = T | (string & {});
const open = <T extends string>(): z.ZodMiniType<Open<T>> =>
  z.string() as unknown as z.ZodMiniType<Open<T>>;

const len = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/**
 * `yyyy-MM-ddThh:mm:ss.SSSZ` of a real date, as the service expects: exactly what
 * `Date#toISOString()` prints (so no 30 February, which `Date.parse` would roll over).
 */
const isIsoUtcMs = (s: string): boolean => {
  const date = new Date(s);
  return !Number.isNaN(date.getTime()) && date.toISOString() === s;
};

// ---------------------------------------------------------------------------------------------
// Requests: validated strictly, before anything is sent.
// ---------------------------------------------------------------------------------------------

/**
 * Where a transcript page starts: exactly one of an item `Id`, an `AbsoluteTime`, or
 * `MostRecent` (that many items back from the newest). `{}` means "from the newest".
 */
export const StartPositionSchema = z
  .strictObject({
    Id: z.optional(len(1, 256)),
    AbsoluteTime: z.optional(
      z
        .string()
        .check(z.refine(isIsoUtcMs, 'expected an ISO-8601 UTC time like 2019-11-08T02:41:28.172Z')),
    ),
    MostRecent: z.optional(intIn(0, 100)),
  })
  .check(
    z.refine(
      (p) => [p.Id, p.AbsoluteTime, p.MostRecent].filter((v) => v !== undefined).length <= 1,
      'set at most one of Id, AbsoluteTime, MostRecent',
    ),
  );

/** Request body of GetTranscript (`POST /participant/transcript`), with the wire names. */
export const GetTranscriptInputSchema = z
  .strictObject({
    ContactId: z.optional(len(1, 256)),
    MaxResults: z.optional(intIn(0, 100)),
    NextToken: z.optional(len(1, 1000)),
    ScanDirection: z.optional(z.enum(['FORWARD', 'BACKWARD'])),
    SortOrder: z.optional(z.enum(['DESCENDING', 'ASCENDING'])),
    StartPosition: z.optional(StartPositionSchema),
  })
  .check(
    z.refine(
      (i) =>
        i.ScanDirection !== 'FORWARD' ||
        (i.StartPosition !== undefined &&
          Object.values(i.StartPosition).some((v) => v !== undefined)),
      {
        message: 'FORWARD needs a StartPosition (Id, AbsoluteTime or MostRecent)',
        path: ['ScanDirection'],
      },
    ),
  );

/** Request body of GetAttachment (`POST /participant/attachment`). */
export const GetAttachmentInputSchema = z.strictObject({
  AttachmentId: len(1, 256),
  UrlExpiryInSeconds: z.optional(intIn(5, 300)),
});

// ---------------------------------------------------------------------------------------------
// Responses: validated leniently. Every field optional, `null` read as absent, unknown enum
// values kept, unknown fields dropped (as the AWS SDK does); only a wrong type is an error.
// ---------------------------------------------------------------------------------------------

type KnownItemType =
  | 'MESSAGE'
  | 'ATTACHMENT'
  | 'EVENT'
  | 'CONNECTION_ACK'
  | 'TYPING'
  | 'PARTICIPANT_JOINED'
  | 'PARTICIPANT_LEFT'
  | 'CHAT_ENDED'
  | 'TRANSFER_SUCCEEDED'
  | 'TRANSFER_FAILED'
  | 'MESSAGE_DELIVERED'
  | 'MESSAGE_READ';
type KnownRole = 'AGENT' | 'CUSTOMER' | 'SYSTEM' | 'CUSTOM_BOT' | 'SUPERVISOR';
type KnownArtifactStatus = 'APPROVED' | 'REJECTED' | 'IN_PROGRESS';
type KnownProcessingStatus = 'PROCESSING' | 'FAILED' | 'REJECTED';

/** Kind of a transcript item. Open: unknown future values pass through. */
export type ChatItemType = Open<KnownItemType>;
/** Who wrote an item. Open: unknown future values pass through. */
export type ParticipantRole = Open<KnownRole>;
/** Review state of an attachment. Open: unknown future values pass through. */
export type ArtifactStatus = Open<KnownArtifactStatus>;
/** Processing state of a message. Open: unknown future values pass through. */
export type MessageProcessingStatus = Open<KnownProcessingStatus>;

/** One attachment of an `ATTACHMENT` item. */
export const AttachmentItemSchema = z.object({
  ContentType: z.optional(z.string()),
  AttachmentId: z.optional(z.string()),
  AttachmentName: z.optional(z.string()),
  Status: z.optional(open<KnownArtifactStatus>()),
});

/** A delivery/read receipt inside `MessageMetadata`. */
export const ReceiptSchema = z.object({
  DeliveredTimestamp: z.optional(z.string()),
  ReadTimestamp: z.optional(z.string()),
  RecipientParticipantId: z.optional(z.string()),
});

/** Receipts and processing state of a message. */
export const MessageMetadataSchema = z.object({
  MessageId: z.optional(z.string()),
  Receipts: z.optional(z.array(ReceiptSchema)),
  MessageProcessingStatus: z.optional(open<KnownProcessingStatus>()),
});

/** One transcript item: a message, an attachment, an event or a control item. */
export const ItemSchema = z.object({
  AbsoluteTime: z.optional(z.string()),
  Content: z.optional(z.string()),
  ContentType: z.optional(z.string()),
  Id: z.optional(z.string()),
  Type: z.optional(open<KnownItemType>()),
  ParticipantId: z.optional(z.string()),
  DisplayName: z.optional(z.string()),
  ParticipantRole: z.optional(open<KnownRole>()),
  Attachments: z.optional(z.array(AttachmentItemSchema)),
  MessageMetadata: z.optional(MessageMetadataSchema),
  RelatedContactId: z.optional(z.string()),
  ContactId: z.optional(z.string()),
});

/** Response of GetTranscript. Like the AWS SDK, fields it does not model are dropped. */
export const GetTranscriptOutputSchema = z.object({
  InitialContactId: z.optional(z.string()),
  Transcript: z.optional(z.array(ItemSchema)),
  NextToken: z.optional(z.string()),
});

/** Response of GetAttachment. */
export const GetAttachmentOutputSchema = z.object({
  Url: z.optional(z.string()),
  UrlExpiry: z.optional(z.string()),
  AttachmentSizeInBytes: z.optional(z.number()),
});

/** Where a transcript page starts (one of `Id`, `AbsoluteTime`, `MostRecent`). */
export type StartPosition = z.input<typeof StartPositionSchema>;
/** Request of `getTranscript`, with the AWS SDK's wire names. */
export type GetTranscriptInput = z.input<typeof GetTranscriptInputSchema>;
/** Request of `getAttachment`, with the AWS SDK's wire names. */
export type GetAttachmentInput = z.input<typeof GetAttachmentInputSchema>;
/** One transcript item as the service sends it (the fields the AWS SDK models). */
export type TranscriptItem = z.output<typeof ItemSchema>;
/** One attachment of an item. */
export type AttachmentItem = z.output<typeof AttachmentItemSchema>;
/** A delivery/read receipt. */
export type Receipt = z.output<typeof ReceiptSchema>;
/** Receipts and processing state of a message. */
export type MessageMetadata = z.output<typeof MessageMetadataSchema>;
/** A page of transcript. `NextToken` missing or `""` means the end in the scan direction. */
export type GetTranscriptOutput = z.output<typeof GetTranscriptOutputSchema>;
/** A short-lived signed URL for one attachment. */
export type GetAttachmentOutput = z.output<typeof GetAttachmentOutputSchema>;
