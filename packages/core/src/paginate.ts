import type { CallOptions, ParticipantClient } from './client.js';
import { abortable } from './retry.js';
import type { GetTranscriptInput, GetTranscriptOutput } from './schemas.js';
import { invalid } from './validate.js';

/**
 * The `NextToken` to send for the page after `page`, or `undefined` at the end. The service
 * ends with no token or with `""` (which must never be sent back).
 *
 * @example
 * ```ts
 * const older = nextPageToken(page);
 * if (older) await client.getTranscript({ MaxResults: 30, NextToken: older });
 * ```
 */
export function nextPageToken(page: GetTranscriptOutput): string | undefined {
  return page.NextToken || undefined;
}

/**
 * Anything with the client's `getTranscript` (a client, or an adapter such as chatjs's).
 *
 * @example
 * ```ts
 * const source: TranscriptSource = { getTranscript: (input) => client.getTranscript(input) };
 * for await (const page of paginateTranscript(source)) render(page);
 * ```
 */
export type TranscriptSource = Pick<ParticipantClient, 'getTranscript'>;

/**
 * Pages through a transcript, following `NextToken` until the service says there is no more.
 * Stops cleanly at the end; abort with `signal` (the pending page rejects with `ABORTED`).
 *
 * @example
 * ```ts
 * const all = [];
 * for await (const page of paginateTranscript(client, { MaxResults: 100 })) {
 *   all.push(...(page.Transcript ?? []));
 * }
 * ```
 */
export async function* paginateTranscript(
  source: TranscriptSource,
  input: GetTranscriptInput = {},
  options: CallOptions = {},
): AsyncGenerator<GetTranscriptOutput, void, undefined> {
  let token = input.NextToken;
  const seen = new Set([token]);
  for (;;) {
    // Raced here too: a source other than our client may not look at the signal.
    const page = await abortable(
      () => source.getTranscript({ ...input, NextToken: token }, options),
      options.signal,
    );
    yield page;
    token = nextPageToken(page);
    if (token === undefined) return;
    if (seen.has(token)) {
      throw invalid(
        'INVALID_RESPONSE',
        'response',
        'NextToken',
        'repeated: paging would never end',
      );
    }
    seen.add(token);
  }
}
