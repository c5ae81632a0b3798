import { describe, expect, it } from 'vitest';
import { endpointForRegion } from './endpoint.js';
import { TranscriptError } from './errors.js';

describe('endpointForRegion', () => {
  it.each([
    ['us-east-1', {}, 'https://participant.connect.us-east-1.amazonaws.com'],
    ['cn-north-1', {}, 'https://participant.connect.cn-north-1.amazonaws.com.cn'],
    ['us-east-1', { fips: true }, 'https://participant.connect-fips.us-east-1.amazonaws.com'],
    ['us-gov-west-1', { fips: true }, 'https://participant.connect.us-gov-west-1.amazonaws.com'],
    ['eu-west-2', { dualStack: true }, 'https://participant.connect.eu-west-2.api.aws'],
    [
      'cn-northwest-1',
      { dualStack: true },
      'https://participant.connect.cn-northwest-1.api.amazonwebservices.com.cn',
    ],
  ])('%s %o → %s', (region, options, expected) => {
    expect(endpointForRegion(region, options)).toBe(expected);
  });

  it('rejects a malformed region with a VALIDATION_ERROR', () => {
    expect(() => endpointForRegion('https://evil.example/')).toThrow(TranscriptError);
    expect(() => endpointForRegion('')).toThrow(/region/);
  });
});
