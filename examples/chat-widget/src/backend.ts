import {
  createParticipantClient,
  endpointForRegion,
  type ParticipantClient,
} from '@connect-transcript/core';
import type { DemoConfig } from '../demoServer.js';

/** What the widget needs from "the other side": reading (the client) and sending. */
export interface ChatBackend {
  /** Tells one connection from the next (a React key). */
  readonly id: string;
  /** Reads the transcript (GetTranscript, GetAttachment). */
  readonly client: ParticipantClient;
  /** Whose messages are "mine". */
  readonly selfParticipantId: string | undefined;
  /** Who answers, for the header. */
  readonly agentName: string;
  /** Sends a text message as the customer. */
  /** Sends a message; resolves with what SendMessage answers: the stored message's Id and time. */
  sendMessage(text: string): Promise<SentMessage>;
  /** Tells the agent the customer is typing. */
  sendTyping(): Promise<void>;
  /** Sends read receipts for messages the customer has seen. */
  sendRead(messageIds: readonly string[]): Promise<void>;
  /** Uploads a file as an attachment, or `undefined` when this backend cannot. */
  readonly uploadAttachment: ((file: File) => Promise<void>) | undefined;
  /** How often to look for new messages, ms. */
  readonly pollMs: number;
}

/** SendMessage's answer. */
export interface SentMessage {
  readonly Id: string;
  readonly AbsoluteTime: string;
}

async function ok(response: Response): Promise<void> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
}

async function sent(response: Response): Promise<SentMessage> {
  await ok(response);
  const body = (await response.json()) as Partial<SentMessage>;
  if (typeof body.Id !== 'string' || typeof body.AbsoluteTime !== 'string') {
    throw new Error('SendMessage answered without an Id and AbsoluteTime');
  }
  return { Id: body.Id, AbsoluteTime: body.AbsoluteTime };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The simulator started by `pnpm dev`: reads over HTTP, sends through the dev server's /demo API. */
export function simulatorBackend(config: Extract<DemoConfig, { mode: 'simulator' }>): ChatBackend {
  const request = (path: string, body: unknown) =>
    fetch(`/demo/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const post = (path: string, body: unknown) => request(path, body).then(ok);
  return {
    id: `sim:${config.endpoint}`,
    client: createParticipantClient({
      endpoint: config.endpoint,
      connectionToken: config.connectionToken,
    }),
    selfParticipantId: config.self.participantId,
    agentName: config.agentName,
    sendMessage: (text) => request('message', { content: text }).then(sent),
    sendTyping: () => post('typing', {}),
    sendRead: (messageIds) => post('read', { messageIds }),
    uploadAttachment: async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await post('attachment', {
        name: file.name,
        contentType: file.type,
        base64: toBase64(bytes),
      });
    },
    pollMs: 1000,
  };
}

/**
 * A real Amazon Connect chat: GetTranscript through the core client, SendMessage and SendEvent
 * with `fetch`. The token lives in this closure only: never stored, logged or put in a URL.
 */
export function connectBackend(region: string, connectionToken: string): ChatBackend {
  const endpoint = endpointForRegion(region);
  const request = (path: string, body: unknown) =>
    fetch(`${endpoint}/participant/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-amz-bearer': connectionToken },
      body: JSON.stringify({ ...(body as object), ClientToken: crypto.randomUUID() }),
    });
  const post = (path: string, body: unknown) => request(path, body).then(ok);
  return {
    id: `connect:${region}:${crypto.randomUUID()}`,
    client: createParticipantClient({ region, connectionToken }),
    selfParticipantId: undefined,
    agentName: 'Amazon Connect',
    sendMessage: (text) =>
      request('message', { ContentType: 'text/plain', Content: text }).then(sent),
    sendTyping: () =>
      post('event', { ContentType: 'application/vnd.amazonaws.connect.event.typing' }),
    // One SendEvent per message, as Connect's own widget sends them.
    sendRead: async (messageIds) => {
      for (const messageId of messageIds) {
        await post('event', {
          ContentType: 'application/vnd.amazonaws.connect.event.message.read',
          Content: JSON.stringify({ messageId }),
        });
      }
    },
    // Real uploads need StartAttachmentUpload → S3 PUT → CompleteAttachmentUpload; not shown here.
    uploadAttachment: undefined,
    pollMs: 3000,
  };
}
