import {
  type GetTranscriptInput,
  GetTranscriptInputSchema,
  type GetTranscriptOutput,
  GetTranscriptOutputSchema,
  TranscriptError,
  type TranscriptErrorCode,
  type TranscriptItem,
  type TranscriptSource,
} from '@connect-transcript/core';

/** The arguments of chatjs's `session.getTranscript` (camelCase, unlike the wire names). */
export interface ChatSessionTranscriptArgs {
  contactId?: string;
  maxResults?: number;
  nextToken?: string;
  scanDirection?: 'FORWARD' | 'BACKWARD';
  sortOrder?: 'ASCENDING' | 'DESCENDING';
  startPosition?: { id?: string; absoluteTime?: string; mostRecent?: number };
}

/** A chatjs event: `{ chatDetails, data }`, where `data` is a transcript item. */
export interface ChatSessionEvent {
  readonly data?: unknown;
}

type On = (handler: (event: ChatSessionEvent) => void) => void;

/**
 * The part of an amazon-connect-chatjs `ChatSession` this package uses, typed structurally (no
 * dependency on chatjs). A real `connect.ChatSession.create(...)` session fits it.
 */
export interface ChatSessionLike {
  /** Resolves to `{ data: GetTranscriptResult }`; rejects with `{ type, message, statusCode }`. */
  getTranscript(args: ChatSessionTranscriptArgs): Promise<{ data?: unknown } | undefined>;
  onMessage?: On;
  onTyping?: On;
  onReadReceipt?: On;
  onDeliveredReceipt?: On;
  onParticipantIdle?: On;
  onParticipantReturned?: On;
  onParticipantInvited?: On;
  onAutoDisconnection?: On;
}

const CODE_BY_NAME: Record<string, TranscriptErrorCode> = {
  ValidationException: 'VALIDATION_ERROR',
  AccessDeniedException: 'ACCESS_DENIED',
  ThrottlingException: 'THROTTLING',
  InternalServerException: 'INTERNAL_SERVER_ERROR',
};

/** A chatjs rejection (`{ type, message, statusCode }`, or a bare string) as a TranscriptError. */
function toTranscriptError(reason: unknown): TranscriptError {
  const r = (typeof reason === 'object' && reason !== null ? reason : {}) as Record<
    string,
    unknown
  >;
  const name = typeof r.type === 'string' ? r.type : undefined;
  const status = typeof r.statusCode === 'number' ? r.statusCode : undefined;
  const message =
    typeof reason === 'string' ? reason : typeof r.message === 'string' ? r.message : 'failed';
  const code: TranscriptErrorCode =
    (name && CODE_BY_NAME[name]) ||
    (status === 429
      ? 'THROTTLING'
      : status !== undefined && status >= 500
        ? 'INTERNAL_SERVER_ERROR'
        : status === 403
          ? 'ACCESS_DENIED'
          : status === 400
            ? 'VALIDATION_ERROR'
            : typeof reason === 'string'
              ? 'ACCESS_DENIED' // "No active connection": the session is not connected (any more)
              : 'UNKNOWN');
  return new TranscriptError(code, `chatjs getTranscript: ${message}`, {
    status,
    serviceName: name,
  });
}

function args(input: GetTranscriptInput): ChatSessionTranscriptArgs {
  const sp = input.StartPosition;
  const out: ChatSessionTranscriptArgs = {};
  if (input.ContactId !== undefined) out.contactId = input.ContactId;
  if (input.MaxResults !== undefined) out.maxResults = input.MaxResults;
  if (input.NextToken !== undefined) out.nextToken = input.NextToken;
  if (input.ScanDirection !== undefined) out.scanDirection = input.ScanDirection;
  if (input.SortOrder !== undefined) out.sortOrder = input.SortOrder;
  if (sp) {
    out.startPosition = {};
    if (sp.Id !== undefined) out.startPosition.id = sp.Id;
    if (sp.AbsoluteTime !== undefined) out.startPosition.absoluteTime = sp.AbsoluteTime;
    if (sp.MostRecent !== undefined) out.startPosition.mostRecent = sp.MostRecent;
  }
  return out;
}

function abortError(signal: AbortSignal): TranscriptError {
  return new TranscriptError('ABORTED', 'The request was aborted', { cause: signal.reason });
}

const sources = new WeakMap<ChatSessionLike, TranscriptSource>();

/**
 * A `TranscriptSource` over an amazon-connect-chatjs `ChatSession`, so apps already on chatjs
 * get `useTranscript` without a second client. The same session always gives the same source
 * (one query-cache identity).
 *
 * Requests are validated first (`VALIDATION_ERROR`, nothing sent); answers are validated
 * leniently like the core client's; chatjs rejections become `TranscriptError`s. chatjs cannot
 * cancel a request: an abort rejects at once with `ABORTED` and the late answer is dropped.
 *
 * @example
 * ```tsx
 * const session = connect.ChatSession.create({ chatDetails, type: 'CUSTOMER' });
 * await session.connect();
 * const transcript = useTranscript({ source: fromChatSession(session) });
 * ```
 */
export function fromChatSession(session: ChatSessionLike): TranscriptSource {
  let source = sources.get(session);
  if (source) return source;
  source = {
    async getTranscript(input = {}, { signal } = {}): Promise<GetTranscriptOutput> {
      const checked = GetTranscriptInputSchema.safeParse(input);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const path = issue?.path.join('.') || '(root)';
        throw new TranscriptError('VALIDATION_ERROR', `Invalid GetTranscript input: ${path}`, {
          issues: [{ path, message: issue?.message ?? 'invalid' }],
        });
      }
      if (signal?.aborted) throw abortError(signal);
      let response: { data?: unknown } | undefined;
      try {
        response = await new Promise((resolve, reject) => {
          const onAbort = () => reject(abortError(signal as AbortSignal));
          signal?.addEventListener('abort', onAbort, { once: true });
          session
            .getTranscript(args(input))
            .then(resolve, reject)
            .finally(() => signal?.removeEventListener('abort', onAbort));
        });
      } catch (error) {
        if (error instanceof TranscriptError) throw error;
        throw toTranscriptError(error);
      }
      const parsed = GetTranscriptOutputSchema.safeParse(response?.data ?? {});
      if (!parsed.success) {
        const path = parsed.error.issues[0]?.path.join('.') || '(body)';
        throw new TranscriptError('INVALID_RESPONSE', `Invalid GetTranscript response: ${path}`, {
          issues: [{ path, message: parsed.error.issues[0]?.message ?? 'invalid' }],
        });
      }
      return parsed.data;
    },
  };
  sources.set(session, source);
  return source;
}

/** A chatjs event's item, cleaned: chatjs's empty `Id`/`AbsoluteTime` (`""`) become absent. */
export function chatEventItem(event: ChatSessionEvent): TranscriptItem | undefined {
  const data = event?.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const item = { ...(data as TranscriptItem) };
  if (item.Id === '') delete item.Id;
  if (item.AbsoluteTime === '') delete item.AbsoluteTime;
  return item;
}

const EVENTS = [
  'onMessage',
  'onTyping',
  'onReadReceipt',
  'onDeliveredReceipt',
  'onParticipantIdle',
  'onParticipantReturned',
  'onParticipantInvited',
  'onAutoDisconnection',
] as const;

/**
 * Feeds a chatjs session's live events (messages, events, typing, receipts) into
 * `useTranscript`'s `addItems`. Returns a function that stops it. chatjs has no way to remove
 * one handler, so the handlers stay registered but do nothing once stopped.
 *
 * @example
 * ```tsx
 * const transcript = useTranscript({ source: fromChatSession(session) });
 * useEffect(() => subscribeChatSession(session, transcript.addItems), [transcript.addItems]);
 * ```
 */
export function subscribeChatSession(
  session: ChatSessionLike,
  addItems: (items: readonly TranscriptItem[]) => void,
): () => void {
  let active = true;
  const handler = (event: ChatSessionEvent) => {
    const item = active ? chatEventItem(event) : undefined;
    if (item) addItems([item]);
  };
  for (const name of EVENTS) session[name]?.(handler);
  return () => {
    active = false;
  };
}
