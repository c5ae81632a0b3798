import {
  AccessDeniedException,
  ConnectParticipantClient,
  GetAttachmentCommand,
  GetTranscriptCommand,
  type GetTranscriptCommandInput,
  type GetTranscriptCommandOutput,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-connectparticipant';
import {
  createParticipantClient,
  type GetTranscriptInput,
  isTranscriptError,
} from '@connect-transcript/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatorServer, startSimulatorServer } from './server.js';
import { createParticipantSimulator, type ParticipantSimulator } from './simulator.js';

// The official AWS SDK is the oracle: pointed at the simulator over real HTTP, it must read every
// item back and map every error to its modelled exception.

let sim: ParticipantSimulator;
let server: SimulatorServer;
let token: string;
let sdk: ConnectParticipantClient;

beforeAll(async () => {
  sim = createParticipantSimulator({ seed: 2024, scenario: { size: 1000 } });
  server = await startSimulatorServer({ simulator: sim, port: 0 });
  token = sim.issueToken();
  sdk = new ConnectParticipantClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
  });
});
afterAll(async () => {
  sdk.destroy();
  await server.close();
});

type Page = { ids: string[]; next: string | undefined };

async function readWithSdk(
  input: Omit<GetTranscriptCommandInput, 'ConnectionToken'>,
): Promise<Page[]> {
  const pages: Page[] = [];
  let next: string | undefined;
  do {
    const out: GetTranscriptCommandOutput = await sdk.send(
      new GetTranscriptCommand({
        ...input,
        ConnectionToken: token,
        ...(next ? { NextToken: next } : {}),
      }),
    );
    next = out.NextToken || undefined;
    pages.push({ ids: (out.Transcript ?? []).map((i) => i.Id!), next: out.NextToken });
  } while (next);
  return pages;
}

/** Chronological ids from pages of any direction and order, checking the order inside pages. */
function chronological(pages: Page[], input: GetTranscriptInput): string[] {
  const ascending = input.SortOrder === 'ASCENDING';
  const index = new Map(sim.items().map((item, i) => [item.Id!, i]));
  const normalized = pages.map((p) => {
    const positions = p.ids.map((id) => index.get(id)!);
    const sorted = [...positions].sort((a, b) => (ascending ? a - b : b - a));
    expect(positions).toEqual(sorted);
    return ascending ? p.ids : [...p.ids].reverse();
  });
  if (input.ScanDirection !== 'FORWARD') normalized.reverse();
  return normalized.flat();
}

const FROM_THE_START = { AbsoluteTime: '2000-01-01T00:00:00.000Z' };

describe('the AWS SDK against the simulator', () => {
  const combos: GetTranscriptInput[] = [];
  for (const ScanDirection of ['BACKWARD', 'FORWARD'] as const) {
    for (const SortOrder of ['ASCENDING', 'DESCENDING'] as const) {
      for (const MaxResults of [1, 7, 100]) {
        combos.push({
          ScanDirection,
          SortOrder,
          MaxResults,
          ...(ScanDirection === 'FORWARD' ? { StartPosition: FROM_THE_START } : {}),
        });
      }
    }
  }

  it.each(combos)(
    'reads all 1,000 items exactly once, in order: %j',
    async (input) => {
      const pages = await readWithSdk(input);
      expect(pages.length).toBe(Math.ceil(1000 / input.MaxResults!));
      expect(chronological(pages, input)).toEqual(sim.items().map((i) => i.Id));
      // The service's observed end marker reaches the SDK as "".
      expect(pages.at(-1)!.next).toBe('');
    },
    90_000,
  );

  it('starts at an Id, an AbsoluteTime and MostRecent', async () => {
    const all = sim.items();
    const byId = await sdk.send(
      new GetTranscriptCommand({
        ConnectionToken: token,
        StartPosition: { Id: all[500]!.Id },
        MaxResults: 3,
        SortOrder: 'ASCENDING',
      }),
    );
    expect(byId.Transcript!.map((i) => i.Id)).toEqual(all.slice(500, 503).map((i) => i.Id));
    const byTime = await sdk.send(
      new GetTranscriptCommand({
        ConnectionToken: token,
        StartPosition: { AbsoluteTime: all[700]!.AbsoluteTime! },
        ScanDirection: 'BACKWARD',
        MaxResults: 2,
        SortOrder: 'ASCENDING',
      }),
    );
    const lastAtOrBefore = all.findLastIndex((i) => i.AbsoluteTime! <= all[700]!.AbsoluteTime!);
    expect(byTime.Transcript!.map((i) => i.Id)).toEqual(
      all.slice(lastAtOrBefore - 1, lastAtOrBefore + 1).map((i) => i.Id),
    );
    const recent = await sdk.send(
      new GetTranscriptCommand({
        ConnectionToken: token,
        StartPosition: { MostRecent: 5 },
        SortOrder: 'ASCENDING',
      }),
    );
    expect(recent.Transcript!.map((i) => i.Id)).toEqual(all.slice(-5).map((i) => i.Id));
  });

  it('gets the modelled ValidationException for bad input, forged and reused NextTokens', async () => {
    const send = (input: Omit<GetTranscriptCommandInput, 'ConnectionToken'>) =>
      sdk.send(new GetTranscriptCommand({ ...input, ConnectionToken: token }));
    await expect(send({ MaxResults: 101 })).rejects.toBeInstanceOf(ValidationException);
    await expect(send({ MaxResults: 101 })).rejects.toMatchObject({
      message: expect.stringMatching(/maxResults/),
    });
    await expect(send({ NextToken: 'forged.0000' })).rejects.toBeInstanceOf(ValidationException);
    const first = await send({ MaxResults: 5 });
    await expect(
      send({ MaxResults: 5, NextToken: first.NextToken!, SortOrder: 'ASCENDING' }),
    ).rejects.toBeInstanceOf(ValidationException);
    await expect(send({ ScanDirection: 'FORWARD' })).rejects.toBeInstanceOf(ValidationException);
    await expect(send({ StartPosition: { Id: 'x', MostRecent: 1 } })).rejects.toBeInstanceOf(
      ValidationException,
    );
  });

  it('gets AccessDeniedException for a revoked token', async () => {
    const dead = sim.issueToken();
    sim.revokeToken(dead);
    const error = await sdk
      .send(new GetTranscriptCommand({ ConnectionToken: dead }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedException);
    expect((error as AccessDeniedException).$metadata.httpStatusCode).toBe(403);
    expect((error as AccessDeniedException).$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gets ThrottlingException after the SDK retried it (3 attempts in all)', async () => {
    sim.resetRequests();
    sim.setFaults({
      next: [0, 1, 2].map(() => ({ kind: 'throttle' as const, retryAfterSeconds: 0 })),
    });
    const error = await sdk
      .send(new GetTranscriptCommand({ ConnectionToken: token }))
      .catch((e: unknown) => e);
    sim.setFaults({});
    expect(error).toBeInstanceOf(ThrottlingException);
    expect((error as ThrottlingException).$metadata.attempts).toBe(3);
    expect(sim.requests.map((r) => r.status)).toEqual([429, 429, 429]);
  });

  it('gets a signed attachment URL the SDK can read and that serves the file', async () => {
    const approved = sim
      .items()
      .flatMap((i) => i.Attachments ?? [])
      .find((a) => a.Status === 'APPROVED')!;
    const out = await sdk.send(
      new GetAttachmentCommand({ ConnectionToken: token, AttachmentId: approved.AttachmentId! }),
    );
    expect(out.AttachmentSizeInBytes).toBeGreaterThan(0);
    expect(Date.parse(out.UrlExpiry!)).toBeGreaterThan(sim.now());
    const file = await fetch(out.Url!);
    expect(file.headers.get('content-type')).toBe(approved.ContentType);
    expect((await file.arrayBuffer()).byteLength).toBe(out.AttachmentSizeInBytes);
  });
});

describe('our core client against the same server', () => {
  it.each([
    { MaxResults: 7, SortOrder: 'ASCENDING' },
    {
      MaxResults: 100,
      ScanDirection: 'FORWARD',
      SortOrder: 'DESCENDING',
      StartPosition: FROM_THE_START,
    },
  ] satisfies GetTranscriptInput[])('gets the same pages as the SDK: %j', async (input) => {
    const client = createParticipantClient({ endpoint: server.url, connectionToken: token });
    const ours: Page[] = [];
    let next: string | undefined;
    do {
      const page = await client.getTranscript({ ...input, ...(next ? { NextToken: next } : {}) });
      next = page.NextToken || undefined;
      ours.push({ ids: (page.Transcript ?? []).map((i) => i.Id!), next: page.NextToken });
    } while (next);
    expect(ours).toEqual(await readWithSdk(input));
  });

  it('gets the same error classes as the SDK', async () => {
    const client = createParticipantClient({
      endpoint: server.url,
      connectionToken: token,
      retry: { baseDelayMs: 1 },
    });
    const first = await client.getTranscript({ MaxResults: 5 });
    const reused = await client
      .getTranscript({ MaxResults: 5, NextToken: first.NextToken!, SortOrder: 'ASCENDING' })
      .catch((e: unknown) => e);
    expect(isTranscriptError(reused) && reused.code).toBe('VALIDATION_ERROR');
    expect(isTranscriptError(reused) && reused.status).toBe(400);
    const dead = sim.issueToken();
    sim.revokeToken(dead);
    const denied = await createParticipantClient({ endpoint: server.url, connectionToken: dead })
      .getTranscript()
      .catch((e: unknown) => e);
    expect(isTranscriptError(denied) && denied.code).toBe('ACCESS_DENIED');
    sim.setFaults({ next: ['throttle', 'throttle', 'throttle'] });
    const throttled = await client.getTranscript().catch((e: unknown) => e);
    sim.setFaults({});
    expect(isTranscriptError(throttled) && throttled.code).toBe('THROTTLING');
  });
});
