import { createParticipantClient, isTranscriptError } from '@connect-transcript/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParticipantSimulator } from './simulator.js';

const sim = createParticipantSimulator({ seed: 12, scenario: { size: 3000 } });
// MSW answers a resolver that throws with a 500; a dropped connection is `Response.error()`.
const resolve = async ({ request }: { request: Request }) => {
  try {
    return await sim.handler(request);
  } catch (error) {
    if (error instanceof TypeError) return HttpResponse.error();
    throw error;
  }
};
const server = setupServer(
  http.post('*/participant/*', resolve),
  http.get('*/attachments/*', resolve),
  http.all('*', () => HttpResponse.error()),
);
beforeAll(() => server.listen());
afterAll(() => server.close());

describe('behind MSW', () => {
  it('serves the real endpoint URL to a client using the global fetch, attachments included', async () => {
    const client = createParticipantClient({
      region: 'eu-west-2',
      connectionToken: sim.issueToken(),
    });
    const page = await client.getTranscript({ MaxResults: 100, SortOrder: 'ASCENDING' });
    expect(page.Transcript?.map((i) => i.Id)).toEqual(
      sim
        .items()
        .slice(-100)
        .map((i) => i.Id),
    );
    const approved = sim
      .items()
      .flatMap((i) => i.Attachments ?? [])
      .find((a) => a.Status === 'APPROVED')!;
    const { Url } = await client.getAttachment({ AttachmentId: approved.AttachmentId! });
    expect(
      Url!.startsWith('https://participant.connect.eu-west-2.amazonaws.com/attachments/'),
    ).toBe(true);
    const file = await fetch(Url!);
    expect(file.headers.get('content-type')).toBe(approved.ContentType);
  });

  it('passes faults through, as the client sees them', async () => {
    const client = createParticipantClient({
      region: 'eu-west-2',
      connectionToken: sim.issueToken(),
      retry: false,
    });
    sim.setFaults({ next: ['networkDrop', 'throttle'] });
    const dropped = await client.getTranscript().catch((e: unknown) => e);
    expect(isTranscriptError(dropped) && dropped.code).toBe('NETWORK_ERROR');
    const throttled = await client.getTranscript().catch((e: unknown) => e);
    expect(isTranscriptError(throttled) && [throttled.code, throttled.retryAfterMs]).toEqual([
      'THROTTLING',
      1000,
    ]);
  });
});
