import * as z from 'zod/mini';

/**
 * A string enum that stays open: the known values are listed for autocompletion, and any other
 * string passes validation so a value Amazon adds tomorrow reaches the UI instead of an error.
 */
type Open<T extends string> = T | (string & {});

/** A response field: optional, any string (one shared instance, as zod schemas are immutable). */
const optionalString = z.optional(z.string());

/** An optional response field of an open enum: any string, typed with the known values. */
const optionalOpen = <T extends string>() =>
  optionalString as unknown as z.ZodMiniOptional<z.ZodMiniType<Open<T>>>;

/**
 * An optional field kept when `is` says it is well typed, dropped (never an error) otherwise.
 * (`z.catch` would do the same, but it makes esbuild bundle every helper of zod's core.)
 */
const dropUnless = <T>(is: (value: unknown) => value is T) =>
  z.optional(z.transform((value): T | undefined => (is(value) ? value : undefined)));

// Request checks are refinements with our own wording: zod's built-in checks, `z.int()` and
// `z.enum()` each pull in more of zod, and zod/mini would word them only "Invalid input".

/** A string of `min` to `max` characters. */
const len = (min: number, max: number) =>
  z
    .string()
    .check(
      z.refine((s) => s.length >= min && s.length <= max, `expected ${min} to ${max} characters`),
    );

/** An integer from `min` to `max`. */
const intIn = (min: number, max: number) =>
  z
    .number()
    .check(
      z.refine(
        (n) => Number.isInteger(n) && n >= min && n <= max,
        `expected an integer from ${min} to ${max}`,
      ),
    );

/** One of `values`. */
const oneOf = <T extends string>(...values: T[]) =>
  z
    .string()
    .check(
      z.refine((v) => (values as string[]).includes(v), `expected ${values.join(' or ')}`),
    ) as unknown as z.ZodMiniType<T, T>;

/**
 * `yyyy-MM-ddThh:mm:ss.SSSZ` of a real date, as the service expects: exactly what
 * `Date#toISOString()` prints (so no 30 February, which `Date.parse` would roll over).
 */
const isIsoUtcMs = (s: string): boolean => {
  const date = new Date(s);
  return !Number.isNaN(date.getTime()) && date.toISOString() === s;
};

/** How many fields of `object` are set. */
const fieldsSet = (object: object) => Object.values(object).filter((v) => v !== undefined).length;

// ---------------------------------------------------------------------------------------------
// Requests: validated strictly, before anything is sent.
// ---------------------------------------------------------------------------------------------

/**
 * Where a transcript page starts: exactly one of an item `Id`, an `AbsoluteTime`, or
 * `MostRecent` (that many items back from the newest). `{}` means "from the newest".
 *
 * @example
 * ```ts
 * StartPositionSchema.safeParse({ Id: 'a', MostRecent: 3 }).success; // false: at most one
 * ```
 */
export const StartPositionSchema = z
  .strictObject({
    Id: z.optional(len(1, 256)),
    AbsoluteTime: z.optional(
      z.string().check(z.refine(isIsoUtcMs, 'expected a UTC time like 2019-11-08T02:41:28.172Z')),
    ),
    MostRecent: z.optional(intIn(0, 100)),
  })
  .check(z.refine((p) => fieldsSet(p) <= 1, 'set at most one of Id, AbsoluteTime, MostRecent'));

/**
 * Request body of GetTranscript (`POST /participant/transcript`), with the wire names.
 *
 * @example
 * ```ts
 * GetTranscriptInputSchema.safeParse({ ScanDirection: 'FORWARD' }).success; // false: needs a StartPosition
 * ```
 */
export const GetTranscriptInputSchema = z
  .strictObject({
    ContactId: z.optional(len(1, 256)),
    MaxResults: z.optional(intIn(0, 100)),
    NextToken: z.optional(len(1, 1000)),
    ScanDirection: z.optional(oneOf('FORWARD', 'BACKWARD')),
    SortOrder: z.optional(oneOf('DESCENDING', 'ASCENDING')),
    StartPosition: z.optional(StartPositionSchema),
  })
  .check(
    z.refine((i) => i.ScanDirection !== 'FORWARD' || fieldsSet(i.StartPosition ?? {}) > 0, {
      message: 'FORWARD needs a StartPosition',
      path: ['ScanDirection'],
    }),
  );

/**
 * Request body of GetAttachment (`POST /participant/attachment`).
 *
 * @example
 * ```ts
 * GetAttachmentInputSchema.safeParse({ AttachmentId: 'a', UrlExpiryInSeconds: 600 }).success; // false
 * ```
 */
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

/**
 * Kind of a transcript item. Open: unknown future values pass through.
 *
 * @example
 * ```ts
 * const isMessage = (type: ChatItemType | undefined) => type === 'MESSAGE';
 * ```
 */
export type ChatItemType = Open<KnownItemType>;
/**
 * Who wrote an item. Open: unknown future values pass through.
 *
 * @example
 * ```ts
 * const mine = (role: ParticipantRole | undefined) => role === 'CUSTOMER';
 * ```
 */
export type ParticipantRole = Open<KnownRole>;
/**
 * Review state of an attachment. Open: unknown future values pass through.
 *
 * @example
 * ```ts
 * const viewable = (status: ArtifactStatus | undefined) => status === 'APPROVED';
 * ```
 */
export type ArtifactStatus = Open<KnownArtifactStatus>;
/**
 * Processing state of a message. Open: unknown future values pass through.
 *
 * @example
 * ```ts
 * const failed = (s: MessageProcessingStatus | undefined) => s === 'FAILED';
 * ```
 */
export type MessageProcessingStatus = Open<KnownProcessingStatus>;

/**
 * One attachment of an `ATTACHMENT` item.
 *
 * @example
 * ```ts
 * const attachment = AttachmentItemSchema.parse({ AttachmentId: 'a', Status: 'APPROVED' });
 * ```
 */
export const AttachmentItemSchema = z.object({
  ContentType: optionalString,
  AttachmentId: optionalString,
  AttachmentName: optionalString,
  Status: optionalOpen<KnownArtifactStatus>(),
});

/**
 * A delivery/read receipt inside `MessageMetadata`.
 *
 * @example
 * ```ts
 * const receipt = ReceiptSchema.parse({ ReadTimestamp: '2024-05-01T10:00:00.000Z' });
 * ```
 */
export const ReceiptSchema = z.object({
  DeliveredTimestamp: optionalString,
  ReadTimestamp: optionalString,
  RecipientParticipantId: optionalString,
});

/**
 * Receipts and processing state of a message.
 *
 * @example
 * ```ts
 * const metadata = MessageMetadataSchema.parse(JSON.parse(event.content).MessageMetadata);
 * ```
 */
export const MessageMetadataSchema = z.object({
  MessageId: optionalString,
  Receipts: z.optional(z.array(ReceiptSchema)),
  MessageProcessingStatus: optionalOpen<KnownProcessingStatus>(),
  // Lex streaming, seen on the wire but not in the service model: kept when well typed, dropped
  // (never an error) otherwise.
  ChunkNumber: dropUnless((v): v is number => typeof v === 'number'),
  MessageCompleted: dropUnless((v): v is boolean => typeof v === 'boolean'),
});

/**
 * One transcript item: a message, an attachment, an event or a control item.
 *
 * @example
 * ```ts
 * // An item that arrived live over the chat websocket, checked like a page's items:
 * const item = ItemSchema.parse(JSON.parse(event.content));
 * ```
 */
export const ItemSchema = z.object({
  AbsoluteTime: optionalString,
  Content: optionalString,
  ContentType: optionalString,
  Id: optionalString,
  Type: optionalOpen<KnownItemType>(),
  ParticipantId: optionalString,
  DisplayName: optionalString,
  ParticipantRole: optionalOpen<KnownRole>(),
  Attachments: z.optional(z.array(AttachmentItemSchema)),
  MessageMetadata: z.optional(MessageMetadataSchema),
  RelatedContactId: optionalString,
  ContactId: optionalString,
});

/**
 * Response of GetTranscript. Like the AWS SDK, fields it does not model are dropped.
 *
 * @example
 * ```ts
 * const page = GetTranscriptOutputSchema.parse(await response.json());
 * ```
 */
export const GetTranscriptOutputSchema = z.object({
  InitialContactId: optionalString,
  Transcript: z.optional(z.array(ItemSchema)),
  NextToken: optionalString,
});

/**
 * Response of GetAttachment.
 *
 * @example
 * ```ts
 * const { Url, UrlExpiry } = GetAttachmentOutputSchema.parse(await response.json());
 * ```
 */
export const GetAttachmentOutputSchema = z.object({
  Url: optionalString,
  UrlExpiry: optionalString,
  AttachmentSizeInBytes: z.optional(z.number()),
});

/**
 * Where a transcript page starts (one of `Id`, `AbsoluteTime`, `MostRecent`).
 *
 * @example
 * ```ts
 * const start: StartPosition = { AbsoluteTime: new Date(timestamp).toISOString() };
 * ```
 */
export type StartPosition = z.input<typeof StartPositionSchema>;
/**
 * Request of `getTranscript`, with the AWS SDK's wire names.
 *
 * @example
 * ```ts
 * const input: GetTranscriptInput = { MaxResults: 30, SortOrder: 'ASCENDING' };
 * ```
 */
export type GetTranscriptInput = z.input<typeof GetTranscriptInputSchema>;
/**
 * Request of `getAttachment`, with the AWS SDK's wire names.
 *
 * @example
 * ```ts
 * const input: GetAttachmentInput = { AttachmentId: attachment.AttachmentId ?? '' };
 * ```
 */
export type GetAttachmentInput = z.input<typeof GetAttachmentInputSchema>;
/**
 * One transcript item as the service sends it (the fields the AWS SDK models).
 *
 * @example
 * ```ts
 * const text = (item: TranscriptItem) => item.Content ?? '';
 * ```
 */
export type TranscriptItem = z.output<typeof ItemSchema>;
/**
 * One attachment of an item.
 *
 * @example
 * ```ts
 * const names = (item.Attachments ?? []).map((a: AttachmentItem) => a.AttachmentName);
 * ```
 */
export type AttachmentItem = z.output<typeof AttachmentItemSchema>;
/**
 * A delivery/read receipt.
 *
 * @example
 * ```ts
 * const readers = (receipts: Receipt[]) => receipts.filter((r) => r.ReadTimestamp);
 * ```
 */
export type Receipt = z.output<typeof ReceiptSchema>;
/**
 * Receipts and processing state of a message.
 *
 * @example
 * ```ts
 * const status = (m: MessageMetadata | undefined) => m?.MessageProcessingStatus;
 * ```
 */
export type MessageMetadata = z.output<typeof MessageMetadataSchema>;
/**
 * A page of transcript. `NextToken` missing or `""` means the end in the scan direction.
 *
 * @example
 * ```ts
 * const page: GetTranscriptOutput = await client.getTranscript({ MaxResults: 30 });
 * ```
 */
export type GetTranscriptOutput = z.output<typeof GetTranscriptOutputSchema>;
/**
 * A short-lived signed URL for one attachment.
 *
 * @example
 * ```ts
 * const { Url }: GetAttachmentOutput = await client.getAttachment({ AttachmentId: 'a' });
 * ```
 */
export type GetAttachmentOutput = z.output<typeof GetAttachmentOutputSchema>;
