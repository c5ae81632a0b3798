import { describe, expect, it } from 'vitest';
import { createParticipantSimulator } from './simulator.js';
import { call } from './test/call.js';

const make = (options: Parameters<typeof createParticipantSimulator>[0] = {}) => {
  const sim = createParticipantSimulator({ seed: 1, scenario: { size: 30 }, ...options });
  return { sim, token: sim.issueToken() };
};

describe('faults', () => {
  it('answers queued faults in order, then normally again', async () => {
    const { sim, token } = make();
    sim.setFaults({ next: ['throttle', 'internal', 'unavailable'] });
    const throttled = await call(sim.handler, 'transcript', {}, token);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('x-amzn-ErrorType')).toBe('ThrottlingException');
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(throttled.headers.get('x-amzn-RequestId')).toBeTruthy();
    const internal = await call(sim.handler, 'transcript', {}, token);
    expect([internal.status, internal.headers.get('x-amzn-ErrorType')]).toEqual([
      500,
      'InternalServerException',
    ]);
    expect(typeof internal.json.message).toBe('string');
    expect((await call(sim.handler, 'transcript', {}, token)).status).toBe(503);
    expect((await call(sim.handler, 'transcript', {}, token)).status).toBe(200);
    expect(sim.requests.map((r) => r.fault)).toEqual([
      'throttle',
      'internal',
      'unavailable',
      undefined,
    ]);
  });

  it('filters queued faults by operation', async () => {
    const { sim, token } = make();
    sim.setFaults({ next: [{ kind: 'internal', operation: 'GetAttachment' }] });
    expect((await call(sim.handler, 'transcript', {}, token)).status).toBe(200);
    expect((await call(sim.handler, 'attachment', { AttachmentId: 'x' }, token)).status).toBe(500);
  });

  it('drops the connection like fetch does: a TypeError, logged with status 0', async () => {
    const { sim, token } = make({ faults: { next: ['networkDrop'] } });
    await expect(call(sim.handler, 'transcript', {}, token)).rejects.toThrow(TypeError);
    expect(sim.requests[0]!.status).toBe(0);
  });

  it('sends malformed bodies: an HTML page, truncated JSON, Transcript as an object', async () => {
    const { sim, token } = make({ faults: { next: ['htmlBody', 'truncatedJson', 'wrongTypes'] } });
    const html = await call(sim.handler, 'transcript', {}, token);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(String(html.json.raw)).toMatch(/<html>/);
    const truncated = await call(sim.handler, 'transcript', {}, token);
    expect(truncated.status).toBe(200);
    expect(truncated.json.raw).toBeDefined(); // not parseable
    const wrong = await call(sim.handler, 'transcript', {}, token);
    expect(Array.isArray(wrong.json.Transcript)).toBe(false);
    expect(typeof wrong.json.Transcript).toBe('object');
  });

  it('expires the token after N calls: 403 from then on, even after the plan changes', async () => {
    const { sim, token } = make({ faults: { expireTokenAfterCalls: 2 } });
    expect((await call(sim.handler, 'transcript', {}, token)).status).toBe(200);
    expect((await call(sim.handler, 'transcript', {}, token)).status).toBe(200);
    const third = await call(sim.handler, 'transcript', {}, token);
    expect([third.status, third.headers.get('x-amzn-ErrorType')]).toEqual([
      403,
      'AccessDeniedException',
    ]);
    sim.setFaults({});
    expect((await call(sim.handler, 'transcript', {}, token)).status).toBe(403);
    expect((await call(sim.handler, 'transcript', {}, sim.issueToken())).status).toBe(200);
  });

  it('injects faults by seeded probability: same seed, same sequence', async () => {
    const run = async () => {
      const { sim, token } = make({
        seed: 5,
        faults: { rate: 0.3, kinds: ['throttle', 'internal'] },
      });
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++)
        statuses.push((await call(sim.handler, 'transcript', {}, token)).status);
      return statuses;
    };
    const a = await run();
    expect(await run()).toEqual(a);
    const faulted = a.filter((s) => s !== 200).length;
    expect(faulted).toBeGreaterThan(5);
    expect(faulted).toBeLessThan(35);
    expect(new Set(a)).toEqual(new Set([200, 429, 500]));
  });

  it('waits out latency and a latency spike, and rejects with an AbortError when aborted meanwhile', async () => {
    const { sim, token } = make({ latencyMs: [20, 30] });
    const started = performance.now();
    expect((await call(sim.handler, 'transcript', {}, token)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(19);
    sim.setFaults({ next: [{ kind: 'latencySpike', latencyMs: 5_000 }] });
    const controller = new AbortController();
    const pending = call(sim.handler, 'transcript', {}, token, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(sim.requests.at(-1)).toMatchObject({ status: 0, aborted: true, fault: 'latencySpike' });
  });

  it('rejects at once for an already aborted signal, also from a Request (as MSW passes it)', async () => {
    const { sim, token } = make();
    const request = new Request('https://participant.sim.local/participant/transcript', {
      method: 'POST',
      headers: { 'x-amz-bearer': token },
      body: '{}',
      signal: AbortSignal.abort(),
    });
    await expect(sim.handler(request)).rejects.toMatchObject({ name: 'AbortError' });
    const ok = await sim.handler(
      new Request('https://participant.sim.local/participant/transcript', {
        method: 'POST',
        headers: { 'x-amz-bearer': token },
        body: '{"MaxResults":2}',
      }),
    );
    expect(((await ok.json()) as { Transcript: unknown[] }).Transcript.length).toBe(2);
  });
});
