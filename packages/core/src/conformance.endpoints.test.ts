import { Readable } from 'node:stream';
import { ConnectParticipantClient, GetTranscriptCommand } from '@aws-sdk/client-connectparticipant';
import { describe, expect, it } from 'vitest';
import { endpointForRegion } from './endpoint.js';

// Where the AWS SDK sends a request for a region, captured by a request handler that records the
// request and answers `{}` itself (no network).

interface HttpRequest {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
}

async function sdkEndpoint(region: string, fips: boolean, dualStack: boolean): Promise<string> {
  let seen: HttpRequest | undefined;
  const sdk = new ConnectParticipantClient({
    region,
    useFipsEndpoint: fips,
    useDualstackEndpoint: dualStack,
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: HttpRequest) => {
        seen = request;
        return { response: { statusCode: 200, headers: {}, body: Readable.from(['{}']) } };
      },
    },
  });
  await sdk.send(new GetTranscriptCommand({ ConnectionToken: 't' }));
  if (!seen) throw new Error('the SDK sent nothing');
  expect(seen.path).toBe('/participant/transcript');
  return `${seen.protocol}//${seen.hostname}${seen.port ? `:${seen.port}` : ''}`;
}

const regions = [
  'us-east-1', // commercial
  'eu-west-2',
  'ap-southeast-7',
  'cn-north-1', // China
  'cn-northwest-1',
  'us-gov-west-1', // GovCloud
  'us-gov-east-1',
  'us-iso-east-1', // isolated partitions
  'us-isob-east-1',
  'us-isof-south-1',
  'eu-isoe-west-1',
  'eusc-de-east-1', // European Sovereign Cloud
];

const variants = [
  { fips: false, dualStack: false },
  { fips: true, dualStack: false },
  { fips: false, dualStack: true },
  { fips: true, dualStack: true },
];

describe('endpointForRegion resolves what the AWS SDK resolves', () => {
  for (const region of regions) {
    it.each(variants)(`${region} fips=$fips dualStack=$dualStack`, async ({ fips, dualStack }) => {
      expect(endpointForRegion(region, { fips, dualStack })).toBe(
        await sdkEndpoint(region, fips, dualStack),
      );
    });
  }

  it('a client built from a region sends to that endpoint', async () => {
    let url = '';
    const { createParticipantClient } = await import('./client.js');
    const client = createParticipantClient({
      region: 'us-gov-west-1',
      connectionToken: 't',
      fetch: async (input) => {
        url = input;
        return new Response('{}');
      },
    });
    await client.getTranscript();
    expect(url).toBe(`${await sdkEndpoint('us-gov-west-1', false, false)}/participant/transcript`);
  });
});
