import type { AttachmentItem } from '@connect-transcript/core';
import { describe, expect, it } from 'vitest';
import { createParticipantSimulator } from './simulator.js';
import { call } from './test/call.js';

const setup = () => {
  const sim = createParticipantSimulator({ seed: 1, scenario: { size: 3000 } });
  const token = sim.issueToken();
  const all = sim.items().flatMap((i) => i.Attachments ?? []);
  const withStatus = (status: string) => all.find((a) => a.Status === status) as AttachmentItem;
  return { sim, token, withStatus };
};

describe('GetAttachment', () => {
  it('hands out a pre-signed URL that serves the bytes until it expires on the sim clock', async () => {
    const { sim, token, withStatus } = setup();
    const file = withStatus('APPROVED');
    const a = await call(sim.handler, 'attachment', { AttachmentId: file.AttachmentId }, token);
    expect(a.status).toBe(200);
    const { Url, UrlExpiry, AttachmentSizeInBytes } = a.json as {
      Url: string;
      UrlExpiry: string;
      AttachmentSizeInBytes: number;
    };
    expect(Url).toMatch(
      /\/attachments\/[^/]+\/[^?]+\?.*X-Amz-Expires=300.*X-Amz-Signature=[0-9a-f]{64}/,
    );
    expect(Url).not.toContain(token);
    expect(Date.parse(UrlExpiry) - sim.now()).toBeGreaterThan(299_000);
    expect(Date.parse(UrlExpiry) - sim.now()).toBeLessThanOrEqual(300_000);
    const ok = await sim.handler(Url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe(file.ContentType);
    expect((await ok.arrayBuffer()).byteLength).toBe(AttachmentSizeInBytes);
    sim.advance(Date.parse(UrlExpiry) - sim.now());
    const expired = await sim.handler(Url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/<Code>AccessDenied<\/Code>.*expired/);
  });

  it('honours UrlExpiryInSeconds and refuses a tampered URL', async () => {
    const { sim, token, withStatus } = setup();
    const a = await call(
      sim.handler,
      'attachment',
      { AttachmentId: withStatus('APPROVED').AttachmentId, UrlExpiryInSeconds: 5 },
      token,
    );
    const url = a.json.Url as string;
    expect(url).toContain('X-Amz-Expires=5');
    expect(Date.parse(a.json.UrlExpiry as string) - sim.now()).toBeLessThanOrEqual(5_000);
    expect((await sim.handler(url.replace('X-Amz-Expires=5', 'X-Amz-Expires=300'))).status).toBe(
      403,
    );
    sim.advance(5_000);
    expect((await sim.handler(url)).status).toBe(403);
  });

  it('answers 400 for an unknown id, attachments not approved and bad input; 403 without a token', async () => {
    const { sim, token, withStatus } = setup();
    for (const body of [
      { AttachmentId: 'nope' },
      { AttachmentId: withStatus('REJECTED').AttachmentId },
      { AttachmentId: withStatus('IN_PROGRESS').AttachmentId },
      {},
      { AttachmentId: 'x', UrlExpiryInSeconds: 301 },
      { AttachmentId: 'x', UrlExpiryInSeconds: 4 },
    ]) {
      const a = await call(sim.handler, 'attachment', body, token);
      expect(a.status, JSON.stringify(body)).toBe(400);
      expect(a.headers.get('x-amzn-ErrorType')).toBe('ValidationException');
    }
    expect(
      (await call(sim.handler, 'attachment', { AttachmentId: withStatus('APPROVED').AttachmentId }))
        .status,
    ).toBe(403);
  });

  it('serves explicit attachments given by size, and uses attachmentBaseUrl', async () => {
    const sim = createParticipantSimulator({
      attachmentBaseUrl: 'http://files.test/mock/',
      chats: [
        {
          contactId: 'c1',
          items: [
            {
              Id: 'i1',
              AbsoluteTime: '2026-01-01T00:00:00.000Z',
              Type: 'ATTACHMENT',
              Attachments: [
                {
                  AttachmentId: 'a1',
                  AttachmentName: 'big.bin',
                  ContentType: 'application/octet-stream',
                  Status: 'APPROVED',
                },
              ],
            },
          ],
          attachments: [
            { id: 'a1', name: 'big.bin', contentType: 'application/octet-stream', size: 2048 },
          ],
        },
      ],
    });
    const a = await call(sim.handler, 'attachment', { AttachmentId: 'a1' }, sim.issueToken('c1'));
    expect(a.json.AttachmentSizeInBytes).toBe(2048);
    expect(String(a.json.Url).startsWith('http://files.test/mock/attachments/a1/big.bin?')).toBe(
      true,
    );
    const file = await sim.handler(a.json.Url as string);
    expect((await file.arrayBuffer()).byteLength).toBe(2048);
    expect(sim.requests.map((r) => r.operation)).toEqual(['GetAttachment', 'GetAttachmentFile']);
  });
});
