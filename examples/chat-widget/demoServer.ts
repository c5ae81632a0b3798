import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TranscriptItem } from '@connect-transcript/core';
import type * as Mock from '@connect-transcript/mock';
import type * as MockServer from '@connect-transcript/mock/server';
import type { Plugin, ViteDevServer } from 'vite';

/** What the widget learns from `GET /demo/config`. */
export type DemoConfig =
  | {
      readonly mode: 'simulator';
      /** Base URL of the simulator server (CORS enabled): the client's `endpoint`. */
      readonly endpoint: string;
      /** A ConnectionToken the simulator issued for its demo chat (not an AWS secret). */
      readonly connectionToken: string;
      readonly self: { readonly participantId: string; readonly displayName: string };
      readonly agentName: string;
    }
  | { readonly mode: 'real'; readonly region: string; readonly connectionToken: string | null };

/** Options of {@link demoServer}. */
export interface DemoServerOptions {
  /** Port of the simulator server; `0` picks a free one. @default 4010 (or `SIM_PORT`) */
  simulatorPort?: number;
  /** Items in the generated chat. @default 300 (or `SIM_SIZE`) */
  size?: number;
  /** Seed of the generated chat. @default 11 */
  seed?: number;
  /** Wait of every simulator answer, ms. @default [60, 250] */
  latencyMs?: number | readonly [number, number];
  /** Delay of the scripted agent's typing and reply, ms (tests make it short). @default 1 */
  agentPace?: number;
  /** Prints where things run. @default true */
  log?: boolean;
}

const EVENT = 'application/vnd.amazonaws.connect.event.';
/** Uploads land in these pre-registered files (the simulator serves only files it knows). */
const UPLOAD_SLOTS = 50;

const REPLIES = [
  'Thanks for the details! Let me check that for you.',
  'Got it. I can see your order **#48213** — it left our warehouse this morning.',
  'I have sent a new confirmation to your email. Anything else I can help with?',
  'Sure thing. You can also follow it here: [tracking page](https://example.com/track/48213).',
  'Done ✅ — you should see the change within a few minutes.',
];

const INTERACTIVE = 'application/vnd.amazonaws.connect.message.interactive';

/** The scripted agent's questions with options, as Connect's interactive templates. */
const ABOUT_AN_ORDER = JSON.stringify({
  templateType: 'QuickReply',
  version: '1.0',
  data: {
    content: {
      title: 'Is this about an order?',
      elements: [{ title: 'Yes, an order' }, { title: 'Something else' }],
    },
  },
});
const WHICH_ORDER = JSON.stringify({
  templateType: 'ListPicker',
  version: '1.0',
  data: {
    content: {
      title: 'Which order?',
      subtitle: 'Your recent orders',
      elements: [
        { title: 'Order #48213', subtitle: 'Running shoes · 2 days ago' },
        { title: 'Order #47990', subtitle: 'Rain jacket · last week' },
        { title: 'Order #47102', subtitle: 'Water bottle · last month' },
      ],
    },
  },
});
/** What the agent says to each pick. */
const ANSWERS: Record<string, { contentType: string; content: string }> = {
  'Yes, an order': { contentType: INTERACTIVE, content: WHICH_ORDER },
  'Something else': { contentType: 'text/plain', content: 'Sure — tell me more and I will help.' },
  'Order #48213': {
    contentType: 'text/markdown',
    content: 'Order **#48213** is on its way: it arrives on Friday.',
  },
  'Order #47990': {
    contentType: 'text/markdown',
    content: 'Order **#47990** was delivered last Tuesday.',
  },
  'Order #47102': {
    contentType: 'text/markdown',
    content: 'Order **#47102** was delivered last month.',
  },
};

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const value: unknown = text ? JSON.parse(text) : {};
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The example's one-command backend, as a Vite plugin: starts the Participant Service simulator
 * server (`@connect-transcript/mock/server`, with CORS) beside the dev server and serves a small
 * `/demo/*` API that plays the parts the Participant Service's *sending* side would (the widget's
 * own messages, uploads, an agent who types and replies). With `CONNECT_REGION` (and optionally
 * `CONNECT_TOKEN`) in the environment the widget talks to a real Amazon Connect chat instead.
 */
export function demoServer(options: DemoServerOptions = {}): Plugin {
  const log = options.log ?? true;
  let stop: (() => Promise<void>) | undefined;
  return {
    name: 'connect-transcript-demo-server',
    apply: 'serve',
    async configureServer(server: ViteDevServer) {
      const region = process.env.CONNECT_REGION;
      if (region) {
        // Real mode: nothing to simulate. The token is kept in memory only and never printed.
        const config: DemoConfig = {
          mode: 'real',
          region,
          connectionToken: process.env.CONNECT_TOKEN ?? null,
        };
        server.middlewares.use('/demo/config', (_req, res) => send(res, 200, config));
        return;
      }

      const mock = (await server.ssrLoadModule('@connect-transcript/mock')) as typeof Mock;
      const { startSimulatorServer } = (await server.ssrLoadModule(
        '@connect-transcript/mock/server',
      )) as typeof MockServer;
      const seed = options.seed ?? 11;
      const size = options.size ?? Number(process.env.SIM_SIZE ?? 300);

      // Generate once to learn where the chat ends, then again shifted so it ends a minute ago:
      // live messages then continue it with the real clock.
      const probe = mock.generateTranscript({ seed, size });
      const newest = Math.max(
        ...[probe, ...(probe.previousContacts ?? [])]
          .flatMap((c) => c.items)
          .map((i) => Date.parse(i.AbsoluteTime ?? '') || 0),
      );
      const startTime = Date.parse('2026-01-05T09:00:00.000Z') + (Date.now() - 60_000 - newest);
      const chat = mock.generateTranscript({ seed, size, startTime });

      const uploads = new Map<string, { name: string; contentType: string; bytes: Uint8Array }>();
      const slots: Mock.SimAttachment[] = Array.from({ length: UPLOAD_SLOTS }, (_, n) => {
        const id = `upload-${n + 1}`;
        return {
          id,
          get name() {
            return uploads.get(id)?.name ?? 'pending';
          },
          get contentType() {
            return uploads.get(id)?.contentType ?? 'application/octet-stream';
          },
          get bytes() {
            return uploads.get(id)?.bytes ?? new Uint8Array();
          },
        };
      });
      const simulator = mock.createParticipantSimulator({
        seed,
        chats: [{ ...chat, attachments: [...(chat.attachments ?? []), ...slots] }],
        latencyMs: options.latencyMs ?? [60, 250],
        now: () => Date.now(),
      });
      const port = options.simulatorPort ?? Number(process.env.SIM_PORT ?? 4010);
      const simServer = await startSimulatorServer({ simulator, port });
      let closing: Promise<void> | undefined;
      stop = () => {
        closing ??= simServer.close();
        return closing;
      };

      const participants = chat.participants ?? [];
      const customer = participants.find((p) => p.role === 'CUSTOMER');
      const agent = participants.filter((p) => p.role === 'AGENT').at(-1);
      if (!customer || !agent) throw new Error('The generated chat has no customer or agent');
      const contactId = simulator.defaultContactId;
      const token = simulator.issueToken(contactId);
      const who = (p: Mock.SimParticipant) => ({
        ParticipantId: p.participantId,
        DisplayName: p.displayName,
        ParticipantRole: p.role,
      });
      const pace = options.agentPace ?? 1;
      const timers = new Set<ReturnType<typeof setTimeout>>();
      const later = (ms: number, fn: () => void) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          fn();
        }, ms * pace);
        timers.add(timer);
      };
      let replies = 0;
      const agentAnswers = (messageId: string | undefined, content?: string) => {
        later(500, () => {
          if (messageId) {
            simulator.append(contactId, {
              Type: 'MESSAGE_READ',
              ContentType: `${EVENT}message.read`,
              ...who(agent),
              MessageMetadata: {
                MessageId: messageId,
                Receipts: [
                  {
                    ReadTimestamp: new Date().toISOString(),
                    RecipientParticipantId: agent.participantId,
                  },
                ],
              },
            });
          }
          simulator.append(contactId, {
            Type: 'EVENT',
            ContentType: `${EVENT}typing`,
            ...who(agent),
          });
        });
        // A pick of one of its options gets its answer; the first message, a reply and a question.
        const answer = content === undefined ? undefined : ANSWERS[content];
        const first = replies === 0 && !answer;
        later(2200, () => {
          simulator.append(contactId, {
            Type: 'MESSAGE',
            ContentType: answer?.contentType ?? 'text/markdown',
            Content: answer?.content ?? REPLIES[replies++ % REPLIES.length],
            ...who(agent),
          });
        });
        if (first) {
          later(2600, () => {
            simulator.append(contactId, {
              Type: 'MESSAGE',
              ContentType: INTERACTIVE,
              Content: ABOUT_AN_ORDER,
              ...who(agent),
            });
          });
        }
      };

      const config: DemoConfig = {
        mode: 'simulator',
        endpoint: simServer.url,
        connectionToken: token,
        self: { participantId: customer.participantId, displayName: customer.displayName },
        agentName: agent.displayName,
      };

      server.middlewares.use('/demo', (req, res, next) => {
        const route = `${req.method} ${(req.url ?? '/').split('?')[0]}`;
        void (async () => {
          if (route === 'GET /config') return send(res, 200, config);
          if (route === 'POST /message') {
            const body = await readJson(req);
            const content = typeof body.content === 'string' ? body.content.slice(0, 16_384) : '';
            if (!content.trim()) return send(res, 400, { message: 'content is empty' });
            const [item] = simulator.append(contactId, {
              Type: 'MESSAGE',
              ContentType: 'text/plain',
              Content: content,
              ...who(customer),
            });
            agentAnswers(item?.Id, content);
            // What SendMessage answers.
            return send(res, 200, { Id: item?.Id, AbsoluteTime: item?.AbsoluteTime });
          }
          if (route === 'POST /read') {
            const body = await readJson(req);
            const ids = Array.isArray(body.messageIds) ? body.messageIds.slice(0, 100) : [];
            for (const id of ids) {
              if (typeof id !== 'string') continue;
              simulator.append(contactId, {
                Type: 'MESSAGE_READ',
                ContentType: `${EVENT}message.read`,
                ...who(customer),
                MessageMetadata: {
                  MessageId: id,
                  Receipts: [
                    {
                      ReadTimestamp: new Date().toISOString(),
                      RecipientParticipantId: customer.participantId,
                    },
                  ],
                },
              });
            }
            return send(res, 200, {});
          }
          if (route === 'POST /typing') {
            simulator.append(contactId, {
              Type: 'EVENT',
              ContentType: `${EVENT}typing`,
              ...who(customer),
            });
            return send(res, 200, {});
          }
          if (route === 'POST /attachment') {
            const body = await readJson(req);
            const id = `upload-${uploads.size + 1}`;
            if (uploads.size >= UPLOAD_SLOTS) return send(res, 429, { message: 'no upload slot' });
            const name = typeof body.name === 'string' ? body.name.slice(0, 200) : 'file';
            const contentType =
              typeof body.contentType === 'string' && body.contentType
                ? body.contentType
                : 'application/octet-stream';
            const data = typeof body.base64 === 'string' ? body.base64 : '';
            uploads.set(id, { name, contentType, bytes: Buffer.from(data, 'base64') });
            const [item] = simulator.append(contactId, {
              Type: 'ATTACHMENT',
              ...who(customer),
              Attachments: [
                {
                  AttachmentId: id,
                  AttachmentName: name,
                  ContentType: contentType,
                  Status: 'APPROVED',
                },
              ],
            } satisfies TranscriptItem);
            agentAnswers(item?.Id);
            return send(res, 200, { id: item?.Id });
          }
          next();
        })().catch((error: unknown) => {
          send(res, 500, { message: error instanceof Error ? error.message : 'failed' });
        });
      });

      server.httpServer?.once('listening', () => {
        if (!log) return;
        const address = server.httpServer?.address();
        const appPort = typeof address === 'object' && address ? address.port : '?';
        console.log(
          `\n  connect-transcript chat widget\n` +
            `  ➜ open http://localhost:${appPort}/\n` +
            `  ➜ Participant Service simulator at ${simServer.url} (${simulator.items().length} items)\n`,
        );
      });
      server.httpServer?.once('close', () => {
        for (const timer of timers) clearTimeout(timer);
        void stop?.();
      });
    },
    async buildEnd() {
      await stop?.();
    },
  };
}
