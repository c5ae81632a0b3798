import { invalid } from './validate.js';

/**
 * Variants of the regional endpoint.
 *
 * @example
 * ```ts
 * const options: EndpointOptions = { fips: true };
 * endpointForRegion('us-east-1', options); // 'https://participant.connect-fips.us-east-1.amazonaws.com'
 * ```
 */
export interface EndpointOptions {
  /**
   * The FIPS endpoint (`participant.connect-fips…`; GovCloud keeps the plain host unless
   * `dualStack` is set too).
   * @default false
   */
  fips?: boolean | undefined;
  /**
   * The dual-stack (IPv4 + IPv6) endpoint (`….api.aws`).
   * @default false
   */
  dualStack?: boolean | undefined;
}

const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d+$/;

/** Partitions other than `aws`: region prefix, DNS suffix, dual-stack DNS suffix. */
const PARTITIONS: [string, string, string][] = [
  ['cn-', 'amazonaws.com.cn', 'api.amazonwebservices.com.cn'],
  ['us-isob-', 'sc2s.sgov.gov', 'api.aws.scloud'],
  ['us-isof-', 'csp.hci.ic.gov', 'api.aws.hci.ic.gov'],
  ['us-iso-', 'c2s.ic.gov', 'api.aws.ic.gov'],
  ['eu-isoe-', 'cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk'],
  ['eusc-', 'amazonaws.eu', 'api.amazonwebservices.eu'],
];

/**
 * The Participant Service endpoint of an AWS region, as the AWS SDK resolves it (every partition:
 * commercial, China, GovCloud, ISO, European Sovereign Cloud).
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
    throw invalid('VALIDATION_ERROR', 'options', 'region', 'expected an AWS region like us-east-1');
  }
  // The commercial partition (`aws`) unless the region is of another.
  const [, dns = 'amazonaws.com', dualStackDns = 'api.aws'] =
    PARTITIONS.find(([prefix]) => region.startsWith(prefix)) ?? [];
  // GovCloud's FIPS endpoint is its plain host, except in dual-stack.
  const fips = options.fips && (options.dualStack || !region.startsWith('us-gov-'));
  return `https://participant.connect${fips ? '-fips' : ''}.${region}.${options.dualStack ? dualStackDns : dns}`;
}
