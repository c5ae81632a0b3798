import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the test server received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The raw body text. */
  readonly body: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  readonly json: unknown;
  /** 1-based number of this request since the last `reset()`. */
  readonly attempt: number;
}

/** How the server answers one request. Write to `res` yourself, or return a {@link Reply}. */
export type Handler = (
  req: RecordedRequest,
  res: ServerResponse,
) => Reply | undefined | Promise<Reply | undefined>;

/** A canned answer. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Wait this long before answering (the server notices a client that went away). */
  delayMs?: number;
  /** Destroy the socket instead of answering (a network drop). */
  drop?: boolean;
}

/** A real `node:http` server on a random local port that records every request. */
export interface TestServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Answer the next requests with these, in order; after the list, `fallback`. */
  queue(...replies: (Reply | Handler)[]): void;
  /** How requests are answered once the queue is empty. Default: 200 `{}`. */
  setFallback(reply: Reply | Handler): void;
  /** Resolves once the server has received `count` requests since the last `reset()`. */
  waitForRequests(count: number): Promise<void>;
  /** Forget requests and queued replies; fallback back to 200 `{}`. */
  reset(): void;
  close(): Promise<void>;
}

const json = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body));

/**
 * Starts a {@link TestServer}.
 *
 * @example
 * ```ts
 * const server = await startTestServer();
 * server.queue({ status: 503 }, { body: { Transcript: [] } });
 * ```
 */
export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let queued: (Reply | Handler)[] = [];
  let fallback: Reply | Handler = { body: {} };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = undefined;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        json: parsed,
        attempt: requests.length + 1,
      };
      requests.push(recorded);
      const next = queued.shift() ?? fallback;
      const reply = typeof next === 'function' ? await next(recorded, res) : next;
      if (!reply) return; // the handler answered itself
      const send = () => {
        if (reply.drop) {
          req.socket.destroy();
          return;
        }
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, {
          'content-type': 'application/json',
          ...reply.headers,
        });
        res.end(reply.body === undefined ? '' : json(reply.body));
      };
      if (reply.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t);
          send();
        }, reply.delayMs);
        timers.add(t);
      } else send();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    queue: (...replies) => {
      queued.push(...replies);
    },
    setFallback: (reply) => {
      fallback = reply;
    },
    waitForRequests: async (count) => {
      while (requests.length < count) await new Promise((r) => setTimeout(r, 5));
    },
    reset: () => {
      requests.length = 0;
      queued = [];
      fallback = { body: {} };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
