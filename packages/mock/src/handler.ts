import type { FaultInjector, FaultSpec, SimOperation } from './faults.js';
import type { Random } from './random.js';
import type { ParticipantService, ServiceResult } from './service.js';
import { parseBody } from './validation.js';

/**
 * A `fetch`-compatible function: what the simulator's `handler` is.
 *
 * @example
 * ```ts
 * const client = createParticipantClient({ endpoint: 'https://sim.local', connectionToken, fetch: sim.handler });
 * ```
 */
export type FetchHandler = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/**
 * One request the simulator answered (or dropped), for assertions.
 *
 * @example
 * ```ts
 * expect(sim.requests.map((r) => r.status)).toEqual([429, 200]);
 * ```
 */
export interface SimRequest {
  readonly operation: SimOperation;
  /** The parsed JSON body (GetAttachmentFile: the attachment id), never the ConnectionToken. */
  readonly input: unknown;
  /** HTTP status of the answer; `0` when the connection was dropped. */
  readonly status: number;
  /** Sim-clock time (epoch ms) the request arrived. */
  readonly at: number;
  /** The `x-amzn-RequestId` of the answer. */
  readonly requestId: string;
  /** The fault injected into this request, if any. */
  readonly fault?: FaultSpec['kind'] | undefined;
  /** The caller aborted the request while it waited (latency); `status` is then `0`. */
  readonly aborted?: true | undefined;
}

/** What the handler needs from its simulator. */
export interface HandlerContext {
  readonly service: ParticipantService;
  readonly faults: FaultInjector;
  readonly random: Random;
  readonly latency: () => number;
  readonly now: () => number;
  readonly attachmentBaseUrl: string | undefined;
  readonly log: (entry: SimRequest) => void;
}

/** Headers a browser may send (CORS preflight). */
export const CORS_ALLOW_HEADERS =
  'X-Amz-Bearer, Content-Type, amz-sdk-invocation-id, amz-sdk-request, x-amz-user-agent, x-amz-date, x-amz-content-sha256, x-amz-security-token, authorization';
/** Headers a browser may read. */
export const CORS_EXPOSE_HEADERS = 'x-amzn-RequestId, x-amzn-ErrorType, Retry-After';

const FALLBACK_ORIGIN = 'http://participant.sim.local';

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Reads a request header, case-insensitively (`Headers` is one). */
export interface HeaderReader {
  get(name: string): string | null;
}

/** A request as the handler's core sees it (the Node server builds one without `Request`). */
export interface RawRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: HeaderReader;
  readonly body: string;
  readonly signal: AbortSignal | undefined;
}

/** An answer of the handler's core, before it becomes a `Response`. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | null;
}

/** The core of a handler: rejects with a `TypeError` for a dropped connection. */
export type RawHandler = (request: RawRequest) => Promise<RawResponse>;

/** Where a handler made by {@link createHandler} keeps its core (for the Node server). */
export const RAW_HANDLER: unique symbol = Symbol.for('@connect-transcript/mock/raw-handler');

type Incoming = RawRequest;

async function readRequest(
  input: Request | string | URL,
  init: RequestInit | undefined,
): Promise<Incoming> {
  if (typeof Request !== 'undefined' && input instanceof Request) {
    const method = (init?.method ?? input.method).toUpperCase();
    return {
      method,
      url: new URL(input.url),
      headers: new Headers(init?.headers ?? input.headers),
      body:
        init?.body !== undefined
          ? await bodyText(init.body)
          : method === 'GET' || method === 'HEAD'
            ? ''
            : await input.text(),
      signal: init?.signal ?? input.signal,
    };
  }
  return {
    method: (init?.method ?? 'GET').toUpperCase(),
    url: new URL(String(input), FALLBACK_ORIGIN),
    headers: new Headers(init?.headers),
    body: await bodyText(init?.body),
    signal: init?.signal ?? undefined,
  };
}

async function bodyText(body: RequestInit['body']): Promise<string> {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  return new Response(body).text();
}

function route(method: string, pathname: string, service: ParticipantService): SimOperation {
  const path = pathname.replace(/\/+$/, '');
  if (method === 'POST' && path.endsWith('/participant/transcript')) return 'GetTranscript';
  if (method === 'POST' && path.endsWith('/participant/attachment')) return 'GetAttachment';
  if ((method === 'GET' || method === 'HEAD') && service.isFilePath(pathname))
    return 'GetAttachmentFile';
  return 'Unknown';
}

const HTML_PAGE =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>The proxy received an invalid response from an upstream server.</p></body></html>\n';

/** Keeps a logged body free of anything that looks like a token. */
function loggable(body: Record<string, unknown>): Record<string, unknown> {
  if (!('ConnectionToken' in body)) return body;
  const { ConnectionToken: _, ...rest } = body;
  return rest;
}

/**
 * Builds the simulator's fetch handler: routes, CORS, latency, faults, auth, validation, the
 * REST-JSON error form and the request log.
 */
export function createHandler(ctx: HandlerContext): FetchHandler {
  const raw: RawHandler = async (req) => {
    if (req.signal?.aborted) throw abortReason(req.signal);
    const requestId = ctx.random.uuid();
    const origin = req.headers.get('origin');
    const baseHeaders: Record<string, string> = {
      'x-amzn-RequestId': requestId,
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Expose-Headers': CORS_EXPOSE_HEADERS,
      ...(origin ? { Vary: 'Origin' } : {}),
    };
    if (req.method === 'OPTIONS') {
      return {
        status: 204,
        body: null,
        headers: {
          ...baseHeaders,
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers':
            req.headers.get('access-control-request-headers') ?? CORS_ALLOW_HEADERS,
          'Access-Control-Max-Age': '600',
        },
      };
    }

    const at = ctx.now();
    const operation = route(req.method, req.url.pathname, ctx.service);
    const parsed =
      operation === 'GetTranscript' || operation === 'GetAttachment'
        ? parseBody(req.body)
        : undefined;
    const logged: unknown =
      operation === 'GetAttachmentFile'
        ? { AttachmentId: ctx.service.fileId(req.url.pathname) }
        : parsed?.ok
          ? loggable(parsed.value)
          : req.body || undefined;

    const fault = ctx.faults.take(operation);
    const record = (status: number) =>
      ctx.log({
        operation,
        input: logged,
        status,
        at,
        requestId,
        ...(fault ? { fault: fault.kind } : {}),
      });

    try {
      await wait(
        ctx.latency() + (fault?.kind === 'latencySpike' ? (fault.latencyMs ?? 1500) : 0),
        req.signal,
      );
    } catch (reason) {
      ctx.log({
        operation,
        input: logged,
        status: 0,
        at,
        requestId,
        aborted: true,
        ...(fault ? { fault: fault.kind } : {}),
      });
      throw reason;
    }

    const json = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      record(status);
      return {
        status,
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers: { ...baseHeaders, 'Content-Type': 'application/json', ...extra },
      };
    };
    const error = (
      status: number,
      name: string,
      message: string,
      extra: Record<string, string> = {},
    ) => json(status, { message }, { 'x-amzn-ErrorType': name, ...extra });

    switch (fault?.kind) {
      case 'networkDrop':
        record(0);
        throw new TypeError('fetch failed');
      case 'throttle':
        return error(429, 'ThrottlingException', 'rate exceeded', {
          'Retry-After': String(fault.retryAfterSeconds ?? 1),
        });
      case 'internal':
        return error(500, 'InternalServerException', 'an internal error occurred');
      case 'unavailable':
        return error(503, 'ServiceUnavailableException', 'service unavailable');
      case 'accessDenied':
        return error(
          403,
          'AccessDeniedException',
          'You do not have sufficient access to perform this action.',
        );
      case 'htmlBody':
        record(fault.status ?? 200);
        return {
          status: fault.status ?? 200,
          body: HTML_PAGE,
          headers: { ...baseHeaders, 'Content-Type': 'text/html; charset=utf-8' },
        };
    }

    if (operation === 'GetAttachmentFile') {
      const file = ctx.service.getFile(req.url);
      record(file.status);
      return {
        status: file.status,
        body: req.method === 'HEAD' ? null : file.body,
        headers: { ...baseHeaders, 'Content-Type': file.contentType },
      };
    }
    if (operation === 'Unknown') {
      return error(
        404,
        'UnknownOperationException',
        `no operation at ${req.method} ${req.url.pathname}`,
      );
    }

    const token = req.headers.get('x-amz-bearer');
    if (ctx.faults.tokenExpired(operation)) {
      if (token !== null) ctx.service.revokeToken(token);
      return error(
        403,
        'AccessDeniedException',
        'You do not have sufficient access to perform this action.',
      );
    }
    let result: ServiceResult;
    if (!parsed?.ok) {
      result = ctx.service.authenticate(token)
        ? {
            status: 400,
            error: 'ValidationException',
            message: parsed?.message ?? 'invalid request',
          }
        : {
            status: 403,
            error: 'AccessDeniedException',
            message: 'You do not have sufficient access to perform this action.',
          };
    } else if (operation === 'GetTranscript') {
      result = ctx.service.getTranscript(token, parsed.value);
    } else {
      result = ctx.service.getAttachment(
        token,
        parsed.value,
        ctx.attachmentBaseUrl ?? req.url.origin,
      );
    }
    if ('error' in result) return error(result.status, result.error, result.message);

    if (fault?.kind === 'truncatedJson') {
      const text = JSON.stringify(result.body);
      return json(fault.status ?? 200, text.slice(0, Math.max(1, Math.floor(text.length / 2))));
    }
    if (fault?.kind === 'wrongTypes') {
      const body = result.body as Record<string, unknown>;
      const wrong =
        operation === 'GetTranscript'
          ? {
              ...body,
              Transcript: Object.fromEntries(((body.Transcript as unknown[]) ?? []).entries()),
            }
          : { ...body, AttachmentSizeInBytes: String(body.AttachmentSizeInBytes), Url: 42 };
      return json(fault.status ?? 200, wrong);
    }
    return json(200, 'json' in result && result.json !== undefined ? result.json : result.body);
  };
  const handler: FetchHandler = async (input, init) => {
    const answer = await raw(await readRequest(input, init));
    return new Response(answer.body as BodyInit | null, {
      status: answer.status,
      headers: answer.headers,
    });
  };
  return Object.assign(handler, { [RAW_HANDLER]: raw });
}
