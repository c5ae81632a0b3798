import {
  chatEventItem,
  fromChatSession,
  isRowItem,
  mergeItems,
  paginateTranscript,
  sendReadReceipts,
  subscribeChatSession,
  type TranscriptItem,
} from '@connect-transcript/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeChatSession } from './test/fakeChatSession.js';
import { setup } from './test/setup.js';
import { useTranscript } from './useTranscript.js';

describe('fromChatSession', () => {
  it('reads the whole transcript through a chatjs-shaped session', async () => {
    const h = setup();
    const { session, calls } = fakeChatSession(h.client);
    const source = fromChatSession(session);
    const pages = [];
    for await (const page of paginateTranscript(source, {
      MaxResults: 50,
      SortOrder: 'ASCENDING',
    })) {
      pages.push(page.Transcript ?? []);
    }
    expect(mergeItems(...pages.reverse()).map((i) => i.Id)).toEqual(h.sim.items().map((i) => i.Id));
    expect(calls[0]).toEqual({ maxResults: 50, sortOrder: 'ASCENDING' });
    expect(calls[1]?.nextToken).toEqual(expect.any(String));
  });

  it('gives one source per session, so the query cache sees one identity', () => {
    const { session } = fakeChatSession(setup().client);
    expect(fromChatSession(session)).toBe(fromChatSession(session));
  });

  it('passes a jump position in chatjs names', async () => {
    const h = setup();
    const { session, calls } = fakeChatSession(h.client);
    const id = h.sim.items()[10]?.Id as string;
    const page = await fromChatSession(session).getTranscript({
      ScanDirection: 'FORWARD',
      StartPosition: { Id: id },
      MaxResults: 5,
    });
    expect(calls[0]).toEqual({ scanDirection: 'FORWARD', startPosition: { id }, maxResults: 5 });
    expect(page.Transcript?.[0]?.Id).toBe(id);
  });

  it('turns chatjs rejections into TranscriptErrors with codes', async () => {
    const h = setup();
    const { session } = fakeChatSession(h.client);
    const source = fromChatSession(session);
    h.sim.endChat(h.sim.defaultContactId);
    await expect(source.getTranscript({})).rejects.toMatchObject({
      name: 'TranscriptError',
      code: 'ACCESS_DENIED',
      status: 403,
    });
    const offline = fromChatSession({
      getTranscript: () => Promise.reject('Failed to call getTranscript, No active connection'),
    });
    await expect(offline.getTranscript({})).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    const throttled = fromChatSession({
      getTranscript: () =>
        Promise.reject({ type: 'ThrottlingException', message: 'slow down', statusCode: 429 }),
    });
    await expect(throttled.getTranscript({})).rejects.toMatchObject({
      code: 'THROTTLING',
      retryable: true,
      // Read as the core client reads the service's own answer.
      message: 'ThrottlingException: slow down',
      serviceName: 'ThrottlingException',
    });
    // The SDK's network failure (a TypeError with no status) is not a service answer.
    const dropped = fromChatSession({
      getTranscript: () => Promise.reject({ type: 'TypeError', message: 'Failed to fetch' }),
    });
    await expect(dropped.getTranscript({})).rejects.toMatchObject({
      code: 'UNKNOWN',
      status: undefined,
      message: 'TypeError: Failed to fetch',
    });
  });

  it('validates what comes back (a wrong type is INVALID_RESPONSE, unknown types pass)', async () => {
    let data: unknown = { Transcript: { not: 'a list' } };
    const source = fromChatSession({ getTranscript: () => Promise.resolve({ data }) });
    await expect(source.getTranscript({})).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
    });
    data = { Transcript: [{ Id: 'a', Type: 'FUTURE_TYPE' }], NextToken: '' };
    await expect(source.getTranscript({})).resolves.toMatchObject({
      Transcript: [{ Id: 'a', Type: 'FUTURE_TYPE' }],
    });
  });

  it('rejects with ABORTED as soon as the signal fires (chatjs cannot cancel)', async () => {
    const source = fromChatSession({ getTranscript: () => new Promise(() => {}) });
    const controller = new AbortController();
    const pending = source.getTranscript({}, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('does not call chatjs when the signal has already fired', async () => {
    let calls = 0;
    const source = fromChatSession({
      getTranscript: () => {
        calls++;
        return Promise.resolve({ data: {} });
      },
    });
    await expect(source.getTranscript({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'ABORTED',
    });
    expect(calls).toBe(0);
  });
});

describe('subscribeChatSession', () => {
  const message = (over: Partial<TranscriptItem> = {}): TranscriptItem => ({
    Id: 'm-live',
    Type: 'MESSAGE',
    ContentType: 'text/plain',
    Content: 'hello',
    ParticipantId: 'agent-1',
    ParticipantRole: 'AGENT',
    AbsoluteTime: new Date().toISOString(),
    ...over,
  });

  it('fills the gap through useTranscript when chatjs re-establishes the connection', async () => {
    const h = setup();
    const { session, emit } = fakeChatSession(h.client);
    const view = renderHook(() => useTranscript({ source: fromChatSession(session) }), {
      wrapper: h.wrapper,
    });
    await waitFor(() => expect(view.result.current.status).toBe('success'));
    const stop = subscribeChatSession(session, view.result.current.addItems, {
      onReconnect: view.result.current.refreshNewest,
    });
    h.sim.advance(1000);
    const [missed] = h.sim.append(
      h.sim.defaultContactId,
      message({ Id: undefined, AbsoluteTime: undefined }),
    );
    await act(async () => emit('CONNECTION_ESTABLISHED'));
    await waitFor(() => expect(view.result.current.items.at(-1)?.Id).toBe(missed!.Id));
    // Once stopped, a reconnect asks for nothing.
    stop();
    h.sim.resetRequests();
    await act(async () => emit('CONNECTION_ESTABLISHED'));
    expect(h.transcriptRequests()).toHaveLength(0);
  });

  it('sends one MESSAGE_READ event per seen message with sendReadReceipts', async () => {
    const { session, events } = fakeChatSession(setup().client);
    await sendReadReceipts(session)(['m-1', 'm-2']);
    expect(events).toEqual([
      {
        contentType: 'application/vnd.amazonaws.connect.event.message.read',
        content: '{"messageId":"m-1"}',
      },
      {
        contentType: 'application/vnd.amazonaws.connect.event.message.read',
        content: '{"messageId":"m-2"}',
      },
    ]);
    await expect(
      sendReadReceipts({ getTranscript: session.getTranscript })(['m-3']),
    ).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
    });
  });

  it('feeds messages, typing and receipts to addItems until stopped', () => {
    const { session, emit } = fakeChatSession(setup().client);
    const added: TranscriptItem[] = [];
    const stop = subscribeChatSession(session, (items) => added.push(...items));
    emit('INCOMING_MESSAGE', message());
    emit(
      'INCOMING_TYPING',
      message({
        Id: 't1',
        Type: 'EVENT',
        ContentType: 'application/vnd.amazonaws.connect.event.typing',
      }),
    );
    emit('INCOMING_READ_RECEIPT', message({ Id: 'r1', Type: 'MESSAGE_READ' }));
    expect(added.map((i) => i.Id)).toEqual(['m-live', 't1', 'r1']);
    stop();
    emit('INCOMING_MESSAGE', message({ Id: 'late' }));
    expect(added).toHaveLength(3);
  });

  it("drops chatjs's empty Id and time of its synthetic chat-ended event", () => {
    const item = chatEventItem({
      data: {
        Id: '',
        AbsoluteTime: '',
        Type: 'EVENT',
        ContentType: 'application/vnd.amazonaws.connect.event.chat.ended',
      },
    });
    expect(item).toEqual({
      Type: 'EVENT',
      ContentType: 'application/vnd.amazonaws.connect.event.chat.ended',
    });
    expect(chatEventItem({})).toBeUndefined();
  });

  it('drives useTranscript: history from getTranscript, live items from the events', async () => {
    const h = setup();
    const { session, emit } = fakeChatSession(h.client);
    const view = renderHook(() => useTranscript({ source: fromChatSession(session) }), {
      wrapper: h.wrapper,
    });
    await waitFor(() => expect(view.result.current.status).toBe('success'));
    const history = h.sim
      .items()
      .slice(-30)
      .filter(isRowItem)
      .map((i) => i.Id);
    expect(view.result.current.items.map((i) => i.Id)).toEqual(history);
    const stop = subscribeChatSession(session, view.result.current.addItems);
    await act(async () => {
      emit('INCOMING_MESSAGE', message());
      emit(
        'INCOMING_TYPING',
        message({
          Id: 't2',
          Type: 'TYPING',
          ContentType: 'application/vnd.amazonaws.connect.event.typing',
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(view.result.current.items.at(-1)?.Id).toBe('m-live');
    expect(view.result.current.typing.map((t) => t.participantId)).toEqual(['agent-1']);
    stop();
  });
});
