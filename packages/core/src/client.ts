import type * as z from 'zod/mini';
import { endpointForRegion } from './endpoint.js';
import { isTranscriptError, serviceError, TranscriptError } from './errors.js';
import {
  abortable,
  aborted,
  computeBackoff,
  DEFAULT_RETRY,
  type RetryOptions,
  sleep,
} from './retry.js';
import {
  type GetAttachmentInput,
  GetAttachmentInputSchema,
  type GetAttachmentOutput,
  GetAttachmentOutputSchema,
  type GetTranscriptInput,
  GetTranscriptInputSchema,
  type GetTranscriptOutput,
  GetTranscriptOutputSchema,
} from './schemas.js';
import { invalid, parseOrThrow } from './validate.js';

/**
 * Options of {@link createParticipantClient}.
 *
 * @example
 * ```ts
 * const options: ParticipantClientOptions = {
 *   region: 'eu-west-2',
 *   connectionToken: () => session.connectionToken,
 *   retry: { maxAttempts: 5 },
 *   timeoutMs: 5000,
 * };
 * ```
 */
export interface ParticipantClientOptions {
  /**
   * AWS region of the Connect instance, e.g. `us-east-1`; the endpoint is derived from it with
   * {@link endpointForRegion}. Give this or `endpoint`.
   */
  region?: string | undefined;
  /**
   * Base URL of the Participant Service, e.g. `https://participant.connect.us-east-1.amazonaws.com`
   * or a local simulator. Wins over `region`.
   */
  endpoint?: string | undefined;
  /**
   * The participant's ConnectionToken (from CreateParticipantConnection), or a function returning
   * it. A function is called before every attempt, so a refreshed token is picked up. The token
   * is sent only in the `X-Amz-Bearer` header, never in a URL, error or log.
   */
  connectionToken: string | (() => string | Promise<string>);
  /**
   * The `fetch` to use (a polyfill, an instrumented fetch, or the simulator's handler).
   * @default globalThis.fetch, looked up at call time
   */
  fetch?: ((input: string, init: RequestInit) => Promise<Response>) | undefined;
  /**
   * Retries of throttling, 5xx, network errors and timeouts, with full-jitter exponential backoff
   * and `Retry-After` honoured; `false` turns retries off.
   * @default { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5000 }
   */
  retry?: Partial<RetryOptions> | false | undefined;
  /**
   * Time limit of one attempt (request and body), in milliseconds. `0` means none.
   * @default 10000
   */
  timeoutMs?: number | undefined;
  /**
   * Extra headers for every request (tracing, say). Cannot replace the auth or content type, in
   * any spelling.
   * @default {}
   */
  headers?: Record<string, string> | undefined;
}

/**
 * Per-call options.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const page = client.getTranscript({ MaxResults: 30 }, { signal: controller.signal });
 * controller.abort(); // page rejects with code ABORTED
 * ```
 */
export interface CallOptions {
  /** Aborts the call, including a backoff wait; it then rejects with code `ABORTED`. */
  signal?: AbortSignal | undefined;
}

/**
 * A client of the Participant Service's transcript operations.
 *
 * @example
 * ```ts
 * async function newest(client: ParticipantClient) {
 *   return (await client.getTranscript({ MaxResults: 30 })).Transcript ?? [];
 * }
 * ```
 */
export interface ParticipantClient {
  /**
   * One page of the transcript. Validates `input` before sending (`VALIDATION_ERROR`, nothing
   * sent) and the answer after (`INVALID_RESPONSE` naming the bad field).
   */
  getTranscript(input?: GetTranscriptInput, options?: CallOptions): Promise<GetTranscriptOutput>;
  /** A short-lived signed URL for one attachment. */
  getAttachment(input: GetAttachmentInput, options?: CallOptions): Promise<GetAttachmentOutput>;
}

/**
 * Creates a client for GetTranscript and GetAttachment of the Amazon Connect Participant
 * Service. Requests authenticate with the `X-Amz-Bearer` header; no AWS credentials or SigV4.
 *
 * @example
 * ```ts
 * const client = createParticipantClient({
 *   region: 'us-east-1',
 *   connectionToken: () => session.connectionToken,
 * });
 * const page = await client.getTranscript({ MaxResults: 30, SortOrder: 'ASCENDING' });
 * for (const item of page.Transcript ?? []) console.log(item.DisplayName, item.Content);
 * ```
 */
export function createParticipantClient(options: ParticipantClientOptions): ParticipantClient {
  const { connectionToken, timeoutMs = 10_000 } = options;
  const base = (options.endpoint ?? endpointForRegion(options.region ?? '')).replace(/\/+$/, '');
  const retry = {
    ...DEFAULT_RETRY,
    ...(options.retry === false ? { maxAttempts: 1 } : options.retry),
  };
  // Header names are case-insensitive: drop any spelling of the two we set ourselves.
  const extraHeaders = Object.fromEntries(
    Object.entries(options.headers ?? {}).filter(
      ([name]) => !/^(x-amz-bearer|content-type)$/i.test(name),
    ),
  );

  async function attemptOnce<T>(
    path: string,
    body: string,
    schema: z.ZodMiniType<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    if (signal?.aborted) throw aborted(signal);
    let token: unknown;
    try {
      token = await (typeof connectionToken === 'function' ? connectionToken() : connectionToken);
    } catch (error) {
      throw new TranscriptError('ACCESS_DENIED', 'connectionToken getter threw', {
        cause: error,
      });
    }
    // A header value: printable ASCII only (fetch would throw, quoting the token, on anything else).
    if (typeof token !== 'string' || !/^[\x20-\x7e]{1,1000}$/.test(token)) {
      const message = 'expected 1 to 1000 printable ASCII characters';
      throw invalid('VALIDATION_ERROR', 'options', 'connectionToken', message);
    }
    const scrub = (text: string) => text.replaceAll(token, '[redacted]');
    const timeout = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    const combined = AbortSignal.any([signal, timeout].filter((s) => s !== undefined));

    let response: Response;
    let text: string;
    try {
      // The global fetch is looked up now, so one patched later (as MSW does) is used.
      [response, text] = await abortable(
        () =>
          (options.fetch ?? fetch)(base + path, {
            method: 'POST',
            headers: { ...extraHeaders, 'content-type': 'application/json', 'x-amz-bearer': token },
            body,
            // Never follow a redirect: it would carry the token to wherever it points.
            redirect: 'manual',
            signal: combined,
          }).then(async (r) => [r, await r.text()] as const),
        combined,
      );
    } catch (error) {
      throw signal?.aborted
        ? aborted(signal)
        : timeout?.aborted
          ? new TranscriptError('TIMEOUT', `Timed out after ${timeoutMs} ms`)
          : // The original error is summarised, not attached: a fetch error may carry the request.
            new TranscriptError('NETWORK_ERROR', `Request failed: ${scrub(String(error))}`);
    }

    const { headers, status } = response;
    const init = { status, requestId: headers.get('x-amzn-requestid') ?? undefined };
    let json: unknown = {};
    try {
      // `null` reads as absent, as the AWS SDK reads it.
      json = JSON.parse(text, (_, v) => v ?? undefined);
    } catch {
      // HTML error pages and empty bodies: for an error answer, the status alone decides.
      if (response.ok) throw invalid('INVALID_RESPONSE', 'response', '(body)', 'not JSON', init);
    }
    if (!response.ok) {
      // `Object()` wraps a JSON primitive, which then has none of the fields read below.
      const body: Record<string, unknown> = Object(json);
      // As the AWS SDK reads it: the header, else `code` (any case), else `__type`; then the part
      // before a `,` or `:`, and after a `#` (`ns#Name:http://…` → `Name`).
      const codeKey = Object.keys(body).find((key) => key.toLowerCase() === 'code');
      const serviceName =
        scrub(
          String(
            headers.get('x-amzn-errortype') ?? (codeKey && body[codeKey]) ?? body.__type ?? '',
          ),
        ).replace(/[,:].*|^[^#,:]*#|#.*/gs, '') || undefined;
      const serviceMessage = [body.message, body.Message].find(
        (v): v is string => !!v && typeof v === 'string',
      );
      throw serviceError(status, serviceName, serviceMessage && scrub(serviceMessage), {
        ...init,
        retryAfterMs: parseRetryAfter(headers.get('retry-after')),
      });
    }
    return parseOrThrow(schema, json, 'INVALID_RESPONSE', 'response', init);
  }

  /** One operation: validates the input, then attempts and retries; only TranscriptErrors escape. */
  const operation =
    <I, O>(name: string, inputSchema: z.ZodMiniType<unknown>, outputSchema: z.ZodMiniType<O>) =>
    async (input?: I, { signal }: CallOptions = {}): Promise<O> => {
      try {
        const body = JSON.stringify(
          parseOrThrow(inputSchema, input ?? {}, 'VALIDATION_ERROR', `Get${name} input`),
        );
        for (let attempt = 1; ; attempt++) {
          try {
            return await attemptOnce(
              `/participant/${name.toLowerCase()}`,
              body,
              outputSchema,
              signal,
            );
          } catch (error) {
            // The service may ask for a longer wait than we allow: no retry then.
            const delay =
              isTranscriptError(error) && error.retryable && attempt < retry.maxAttempts
                ? computeBackoff(attempt, retry, error.retryAfterMs)
                : undefined;
            if (delay === undefined) throw error;
            await sleep(delay, signal);
          }
        }
      } catch (error) {
        throw isTranscriptError(error)
          ? error
          : new TranscriptError('UNKNOWN', 'Unexpected failure', { cause: error });
      }
    };

  return {
    getTranscript: operation<GetTranscriptInput, GetTranscriptOutput>(
      'Transcript',
      GetTranscriptInputSchema,
      GetTranscriptOutputSchema,
    ),
    getAttachment: operation<GetAttachmentInput, GetAttachmentOutput>(
      'Attachment',
      GetAttachmentInputSchema,
      GetAttachmentOutputSchema,
    ),
  };
}

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP date (a date in the past is `0`).
 * `undefined` when absent or unreadable.
 *
 * @example
 * ```ts
 * parseRetryAfter('3'); // 3000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T07:27:58Z')); // 2000
 * ```
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (!value?.trim()) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds < 0 ? undefined : seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
