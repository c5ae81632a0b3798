import type {
  ChatSessionEvent,
  ChatSessionTranscriptArgs,
  ParticipantClient,
  TranscriptError,
  TranscriptItem,
} from '@connect-transcript/core';

type Handler = (event: ChatSessionEvent) => void;

/**
 * A plain object shaped like an amazon-connect-chatjs 5 `ChatSession`, delegating GetTranscript
 * to a core client (pointed at the simulator). It mirrors what chatjs does: defaults (`maxResults`
 * 15, `sortOrder` ASCENDING, `startPosition` `{}`), camelCase → wire names, `{ data }` answers,
 * `{ type, message, statusCode }` rejections, and `onX(handler)` subscriptions with no unsubscribe.
 */
export function fakeChatSession(client: ParticipantClient) {
  const handlers = new Map<string, Handler[]>();
  const on = (event: string) => (handler: Handler) => {
    handlers.set(event, [...(handlers.get(event) ?? []), handler]);
  };
  const calls: ChatSessionTranscriptArgs[] = [];
  const events: { contentType: string; content?: string }[] = [];
  const session = {
    getTranscript(args: ChatSessionTranscriptArgs = {}) {
      calls.push(args);
      const sp = args.startPosition ?? {};
      const input = {
        MaxResults: args.maxResults || 15,
        ScanDirection: args.scanDirection ?? 'BACKWARD',
        SortOrder: args.sortOrder ?? 'ASCENDING',
        StartPosition: { Id: sp.id, AbsoluteTime: sp.absoluteTime, MostRecent: sp.mostRecent },
        ...(args.nextToken ? { NextToken: args.nextToken } : {}),
        ...(args.contactId ? { ContactId: args.contactId } : {}),
      };
      return client.getTranscript(input).then(
        (data) => ({ data: { ...data, $metadata: { httpStatusCode: 200 } }, metadata: null }),
        (e: TranscriptError) =>
          Promise.reject({
            type: e.serviceName,
            message: e.message,
            stack: [],
            statusCode: e.status,
            metadata: null,
          }),
      );
    },
    onMessage: on('INCOMING_MESSAGE'),
    onTyping: on('INCOMING_TYPING'),
    onReadReceipt: on('INCOMING_READ_RECEIPT'),
    onDeliveredReceipt: on('INCOMING_DELIVERED_RECEIPT'),
    onParticipantIdle: on('PARTICIPANT_IDLE'),
    onEnded: on('CHAT_ENDED'),
    onConnectionEstablished: on('CONNECTION_ESTABLISHED'),
    sendMessage: () => Promise.resolve({ data: {} }),
    sendEvent: (args: { contentType: string; content?: string }) => {
      events.push(args);
      return Promise.resolve({ data: {} });
    },
  };
  return {
    session,
    calls,
    /** What `sendEvent` was called with. */
    events,
    /** Delivers a websocket item as chatjs does: `{ chatDetails, data }` to every handler. */
    emit(event: string, data?: TranscriptItem) {
      for (const handler of handlers.get(event) ?? []) {
        handler({ chatDetails: { contactId: 'c', participantId: 'p' }, data } as ChatSessionEvent);
      }
    },
  };
}
