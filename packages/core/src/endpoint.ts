import { TranscriptError } from './errors.js';

/** Variants of the regional endpoint. */
export interface EndpointOptions {
  /** The FIPS endpoint (`participant.connect-fips…`; GovCloud keeps the plain host). */
  fips?: boolean;
  /** The dual-stack (IPv4 + IPv6) endpoint (`….api.aws`). */
  dualStack?: boolean;
}

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/**
 * The Participant Service endpoint of an AWS region, as the AWS SDK resolves it.
 *
 * @example
 * ```ts
 * endpointForRegion('eu-west-2'); // 'https://participant.connect.eu-west-2.amazonaws.com'
 * endpointForRegion('cn-north-1'); // 'https://participant.connect.cn-north-1.amazonaws.com.cn'
 * endpointForRegion('us-east-1', { fips: true, dualStack: true });
 * // 'https://participant.connect-fips.us-east-1.api.aws'
 * ```
 */
export function endpointForRegion(region: string, options: EndpointOptions = {}): string {
  if (!REGION.test(region)) {
    throw new TranscriptError('VALIDATION_ERROR', 'Invalid region: expected e.g. "us-east-1"', {
      issues: [{ path: 'region', message: 'expected an AWS region such as us-east-1' }],
    });
  }
  const china = region.startsWith('cn-');
  const service = options.fips && !region.startsWith('us-gov-') ? 'connect-fips' : 'connect';
  const suffix = options.dualStack
    ? china
      ? 'api.amazonwebservices.com.cn'
      : 'api.aws'
    : china
      ? 'amazonaws.com.cn'
      : 'amazonaws.com';
  return `https://participant.${service}.${region}.${suffix}`;
}
