import { isTranscriptError, serviceError, TranscriptError } from './errors.js';
import type { TranscriptSource } from './paginate.js';
import { abortable } from './retry.js';
import {
  type GetTranscriptOutput,
  GetTranscriptOutputSchema,
  type TranscriptItem,
} from './schemas.js';

/**
 * The arguments of chatjs's `session.getTranscript` (camelCase, unlike the wire names).
 *
 * @example
 * ```ts
 * await session.getTranscript({ maxResults: 30, scanDirection: 'BACKWARD' });
 * ```
 */
export interface ChatSessionTranscriptArgs {
  contactId?: string | undefined;
  maxResults?: number | undefined;
  nextToken?: string | undefined;
  scanDirection?: 'FORWARD' | 'BACKWARD' | undefined;
  sortOrder?: 'ASCENDING' | 'DESCENDING' | undefined;
  startPosition?: { id?: string; absoluteTime?: string; mostRecent?: number };
}

/**
 * A chatjs event: `{ chatDetails, data }`, where `data` is a transcript item.
 *
 * @example
 * ```ts
 * session.onMessage((event: ChatSessionEvent) => addItems([chatEventItem(event)!]));
 * ```
 */
export interface ChatSessionEvent {
  readonly data?: unknown | undefined;
}

type On = (handler: (event: ChatSessionEvent) => void) => void;

/**
 * The part of an amazon-connect-chatjs `ChatSession` this package uses, typed structurally (no
 * dependency on chatjs). A real `connect.ChatSession.create(...)` session fits it.
 *
 * @example
 * ```ts
 * const session: ChatSessionLike = connect.ChatSession.create(options);
 * ```
 */
export interface ChatSessionLike {
  /** Resolves to `{ data: GetTranscriptResult }`; rejects with `{ type, message, statusCode }`. */
  getTranscript(args: ChatSessionTranscriptArgs): Promise<{ data?: unknown } | undefined>;
  onMessage?: On | undefined;
  onTyping?: On | undefined;
  onReadReceipt?: On | undefined;
  onDeliveredReceipt?: On | undefined;
  onParticipantIdle?: On | undefined;
  onParticipantReturned?: On | undefined;
  onParticipantInvited?: On | undefined;
  onAutoDisconnection?: On | undefined;
  /** Fires when the websocket is (re)established, after a network drop too. */
  onConnectionEstablished?: ((handler: () => void) => void) | undefined;
  /** SendEvent as the session's participant (typing, receipts). */
  sendEvent?(args: { contentType: string; content?: string }): Promise<unknown>;
}

/**
 * A chatjs rejection as a TranscriptError. chatjs rejects with the AWS SDK's error as
 * `{ type, message, statusCode }`, read as the core client reads the service's own answers; or
 * with a bare string when the session is not connected (any more).
 */
function toTranscriptError(reason: unknown): TranscriptError {
  if (typeof reason === 'string') return new TranscriptError('ACCESS_DENIED', reason);
  const { type, message, statusCode } = Object(reason) as {
    type?: string | undefined;
    message?: string | undefined;
    statusCode?: number | undefined;
  };
  return serviceError(statusCode, type, message);
}

/** Wire names to chatjs's camelCase (`MaxResults` → `maxResults`, nested too). */
function camel(value: object): ChatSessionTranscriptArgs {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined)
      out[k[0]?.toLowerCase() + k.slice(1)] = typeof v === 'object' ? camel(v) : v;
  }
  return out;
}

const sources = new WeakMap<ChatSessionLike, TranscriptSource>();

/**
 * A `TranscriptSource` over an amazon-connect-chatjs `ChatSession`, so apps already on chatjs
 * get `useTranscript` without a second client. The same session always gives the same source
 * (one query-cache identity).
 *
 * Answers are validated leniently like the core client's (`INVALID_RESPONSE` on a wrong type);
 * chatjs rejections become `TranscriptError`s (the service validates requests). chatjs cannot
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
      const response = await abortable(
        () =>
          session.getTranscript(camel(input)).catch((error: unknown) => {
            throw isTranscriptError(error) ? error : toTranscriptError(error);
          }),
        signal,
      );
      try {
        return GetTranscriptOutputSchema.parse(response?.data ?? {});
      } catch (cause) {
        throw new TranscriptError('INVALID_RESPONSE', 'Bad GetTranscript response', { cause });
      }
    },
  };
  sources.set(session, source);
  return source;
}

/**
 * A chatjs event's item, cleaned: chatjs's empty `Id`/`AbsoluteTime` (`""`, on its synthetic
 * chat-ended event) become absent. `undefined` when the event carries no item.
 *
 * @example
 * ```ts
 * session.onMessage((event) => {
 *   const item = chatEventItem(event);
 *   if (item) transcript.addItems([item]);
 * });
 * ```
 */
export function chatEventItem({ data }: ChatSessionEvent): TranscriptItem | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { Id, AbsoluteTime, ...rest } = data as TranscriptItem;
  return Object.assign(rest, Id && { Id }, AbsoluteTime && { AbsoluteTime });
}

/** The chatjs subscriptions whose events are transcript items (`on${name}`). */
const EVENTS =
  'Message Typing ReadReceipt DeliveredReceipt ParticipantIdle ParticipantReturned ParticipantInvited AutoDisconnection'.split(
    ' ',
  );

/**
 * Feeds a chatjs session's live events (messages, events, typing, receipts) into
 * `useTranscript`'s `addItems`. Returns a function that stops it. chatjs has no way to remove
 * one handler, so the handlers stay registered but do nothing once stopped.
 *
 * A websocket replays nothing it missed while down: pass `onReconnect` (`refreshNewest` of
 * `useTranscript`) and every time chatjs re-establishes the connection the gap is filled.
 *
 * @example
 * ```tsx
 * const transcript = useTranscript({ source: fromChatSession(session) });
 * const { addItems, refreshNewest } = transcript;
 * useEffect(
 *   () => subscribeChatSession(session, addItems, { onReconnect: refreshNewest }),
 *   [addItems, refreshNewest],
 * );
 * ```
 */
export function subscribeChatSession(
  session: ChatSessionLike,
  addItems: (items: readonly TranscriptItem[]) => void,
  options: { readonly onReconnect?: (() => unknown) | undefined } = {},
): () => void {
  let active = true;
  const handler = (event: ChatSessionEvent) => {
    const item = active ? chatEventItem(event) : undefined;
    if (item) addItems([item]);
  };
  for (const name of EVENTS) session[`on${name}` as keyof ChatSessionLike]?.(handler as never);
  const { onReconnect } = options;
  if (onReconnect) {
    session.onConnectionEstablished?.(() => {
      if (active) onReconnect();
    });
  }
  return () => {
    active = false;
  };
}

const MESSAGE_READ = 'application/vnd.amazonaws.connect.event.message.read';

/**
 * Read receipts through a chatjs session: a function that sends one `MESSAGE_READ` event per
 * message id (`{"messageId": …}`, what Connect's own widget sends), one after another. Pass it to
 * `<TranscriptView onMessagesSeen>`, which reports each message once it was really seen. Rejects
 * with the session's error; ids already sent are not sent again by the view.
 *
 * @example
 * ```tsx
 * const markRead = useMemo(() => sendReadReceipts(session), [session]);
 * <TranscriptView transcript={t} onMessagesSeen={markRead} />;
 * ```
 */
export function sendReadReceipts(
  session: ChatSessionLike,
): (messageIds: readonly string[]) => Promise<void> {
  return async (messageIds) => {
    if (!session.sendEvent) {
      throw new TranscriptError('VALIDATION_ERROR', 'The chat session has no sendEvent');
    }
    for (const messageId of messageIds) {
      await session.sendEvent({
        contentType: MESSAGE_READ,
        content: JSON.stringify({ messageId }),
      });
    }
  };
}
