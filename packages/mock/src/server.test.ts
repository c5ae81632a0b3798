import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulatorServer } from './server.js';
import { createParticipantSimulator } from './simulator.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function serve(options: Parameters<typeof createParticipantSimulator>[0] = {}) {
  const sim = createParticipantSimulator({ seed: 1, scenario: { size: 30 }, ...options });
  const server = await startSimulatorServer({ simulator: sim, port: 0 });
  closers.push(server.close);
  return { sim, server, token: sim.issueToken() };
}

describe('startSimulatorServer', () => {
  it('answers a CORS preflight for the bearer and SDK headers', async () => {
    const { server } = await serve();
    const response = await fetch(`${server.url}/participant/transcript`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers':
          'x-amz-bearer,content-type,amz-sdk-invocation-id,x-amz-user-agent',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['x-amz-bearer', 'content-type', 'amz-sdk-invocation-id', 'x-amz-user-agent']) {
      expect(allowed).toContain(h);
    }
  });

  it('serves GetTranscript over HTTP with the request id and exposed headers', async () => {
    const { server, token, sim } = await serve();
    const response = await fetch(`${server.url}/participant/transcript`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-amz-bearer': token,
        origin: 'http://app.test',
      },
      body: JSON.stringify({ MaxResults: 3, SortOrder: 'ASCENDING' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-amzn-ErrorType');
    const body = (await response.json()) as { Transcript: { Id: string }[] };
    expect(body.Transcript.map((i) => i.Id)).toEqual(
      sim
        .items()
        .slice(-3)
        .map((i) => i.Id),
    );
  });

  it('serves a wrapped handler through fetch semantics (no shortcut past the wrapper)', async () => {
    const sim = createParticipantSimulator({ seed: 1, scenario: { size: 10 } });
    const token = sim.issueToken();
    const wrapped = {
      ...sim,
      handler: async (input: Request | string | URL, init?: RequestInit) => {
        const response = await sim.handler(input, init);
        const headers = new Headers(response.headers);
        headers.set('x-wrapped', 'yes');
        return new Response(response.body, { status: response.status, headers });
      },
    };
    const server = await startSimulatorServer({ simulator: wrapped, port: 0 });
    closers.push(server.close);
    const response = await fetch(`${server.url}/participant/transcript`, {
      method: 'POST',
      headers: { 'x-amz-bearer': token },
      body: '{"MaxResults":2}',
    });
    expect(response.headers.get('x-wrapped')).toBe('yes');
    expect(((await response.json()) as { Transcript: unknown[] }).Transcript.length).toBe(2);
  });

  it('destroys the socket for a network drop, so fetch fails', async () => {
    const { server, token } = await serve({ faults: { next: ['networkDrop'] } });
    await expect(
      fetch(`${server.url}/participant/transcript`, {
        method: 'POST',
        headers: { 'x-amz-bearer': token },
        body: '{}',
      }),
    ).rejects.toThrow(TypeError);
    const after = await fetch(`${server.url}/participant/transcript`, {
      method: 'POST',
      headers: { 'x-amz-bearer': token },
      body: '{}',
    });
    expect(after.status).toBe(200);
  });

  it('hands out attachment URLs on its own origin and serves the bytes', async () => {
    const { server, token, sim } = await serve({ scenario: { size: 3000 } });
    const approved = sim
      .items()
      .flatMap((i) => i.Attachments ?? [])
      .find((a) => a.Status === 'APPROVED' && a.ContentType === 'image/png')!;
    const response = await fetch(`${server.url}/participant/attachment`, {
      method: 'POST',
      headers: { 'x-amz-bearer': token },
      body: JSON.stringify({ AttachmentId: approved.AttachmentId }),
    });
    const { Url, AttachmentSizeInBytes } = (await response.json()) as {
      Url: string;
      AttachmentSizeInBytes: number;
    };
    expect(Url.startsWith(`${server.url}/attachments/`)).toBe(true);
    const file = await fetch(Url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect((await file.arrayBuffer()).byteLength).toBe(AttachmentSizeInBytes);
  });
});

/** Starts the CLI from source with `args`; resolves with what it printed once it is ready. */
async function startCli(args: string[]): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      '--experimental-transform-types',
      '--no-warnings',
      '--conditions=@connect-transcript/source',
      '--import',
      './src/test/ts-hooks.mjs',
      'src/cli.ts',
      ...args,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  closers.push(async () => {
    child.kill('SIGTERM');
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ctrl+C')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return out;
}

describe('connect-transcript-mock CLI', () => {
  it('with --live, has the agent send a new message again and again', async () => {
    const out = await startCli([
      '--port',
      '0',
      '--size',
      '30',
      '--token',
      'live-token',
      '--live',
      '40',
    ]);
    expect(out).toContain('the agent sends a message every 40 ms');
    const url = /listening on (http:\/\/\S+)/.exec(out)![1]!;
    const newest = async () => {
      const response = await fetch(`${url}/participant/transcript`, {
        method: 'POST',
        headers: { 'x-amz-bearer': 'live-token' },
        body: JSON.stringify({ MaxResults: 1, SortOrder: 'DESCENDING' }),
      });
      return (
        (await response.json()) as { Transcript: { Content?: string; ParticipantRole?: string }[] }
      ).Transcript[0];
    };
    await new Promise((r) => setTimeout(r, 200));
    const first = await newest();
    await new Promise((r) => setTimeout(r, 200));
    const second = await newest();
    expect(first?.Content).toMatch(/\(live \d+\)$/);
    expect(first?.ParticipantRole).toBe('AGENT');
    expect(second?.Content).not.toBe(first?.Content);
  }, 20_000);

  it('starts a server and prints its URL, a working token, the contact id and a curl example', async () => {
    const out = await startCli([
      '--port',
      '0',
      '--seed',
      '3',
      '--size',
      '40',
      '--token',
      'cli-token',
      '--latency',
      '1-2',
    ]);
    const url = /listening on (http:\/\/\S+)/.exec(out)![1]!;
    expect(out).toContain('connection token: cli-token');
    expect(out).toMatch(/contact id: +[0-9a-f-]{36}/);
    expect(out).toContain(`curl -s -X POST ${url}/participant/transcript`);
    const response = await fetch(`${url}/participant/transcript`, {
      method: 'POST',
      headers: { 'x-amz-bearer': 'cli-token' },
      body: JSON.stringify({ MaxResults: 100 }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { Transcript: unknown[] }).Transcript.length).toBe(40);
  }, 20_000);
});
