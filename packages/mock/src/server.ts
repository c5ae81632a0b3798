/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { RAW_HANDLER, type RawHandler } from './handler.js';
import type { ParticipantSimulator } from './simulator.js';

/**
 * Options of {@link startSimulatorServer}.
 *
 * @example
 * ```ts
 * await startSimulatorServer({ simulator: sim, port: 4010, host: '0.0.0.0' });
 * ```
 */
export interface SimulatorServerOptions {
  /** The simulator to serve. */
  simulator: ParticipantSimulator;
  /** Port to listen on; `0` picks a free one. @default 0 */
  port?: number | undefined;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string | undefined;
}

/**
 * A running simulator server.
 *
 * @example
 * ```ts
 * const server = await startSimulatorServer({ simulator: sim });
 * const sdk = new ConnectParticipantClient({ endpoint: server.url, region: 'us-east-1', credentials });
 * await server.close();
 * ```
 */
export interface SimulatorServer {
  /** Base URL, e.g. `http://127.0.0.1:4010` — use it as the client's `endpoint`. */
  readonly url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Serves a simulator over real HTTP (node:http) with CORS, through the same fetch handler: a
 * network drop fault destroys the socket, and a client that goes away aborts the handler's wait.
 *
 * @example
 * ```ts
 * import { createParticipantSimulator } from '@connect-transcript/mock';
 * import { startSimulatorServer } from '@connect-transcript/mock/server';
 *
 * const simulator = createParticipantSimulator({ seed: 1, scenario: { size: 500 } });
 * const server = await startSimulatorServer({ simulator, port: 4010 });
 * console.log(server.url, simulator.issueToken());
 * await server.close();
 * ```
 */
export async function startSimulatorServer(
  options: SimulatorServerOptions,
): Promise<SimulatorServer> {
  const { simulator } = options;
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void serve(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const body = (await readBody(req)).toString('utf8');
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
      const raw = (simulator.handler as Partial<Record<typeof RAW_HANDLER, RawHandler>>)[
        RAW_HANDLER
      ];
      let status: number;
      let headers: Record<string, string>;
      let out: Uint8Array | string;
      if (raw) {
        // The handler's own core, minus the Request/Response round trip.
        const answer = await raw({
          method,
          url,
          headers: { get: (name) => headerValue(req, name) },
          body: method === 'GET' || method === 'HEAD' ? '' : body,
          signal: controller.signal,
        });
        ({ status, headers } = answer);
        out = answer.body ?? '';
      } else {
        const fetchHeaders = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value !== undefined)
            fetchHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const response = await simulator.handler(url, {
          method,
          headers: fetchHeaders,
          ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
          signal: controller.signal,
        });
        status = response.status;
        headers = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
        });
        out = new Uint8Array(await response.arrayBuffer());
      }
      const bytes = typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
      res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
      res.end(bytes);
    } catch {
      // A network-drop fault (TypeError) or a client that went away: no answer at all.
      req.socket.destroy();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
