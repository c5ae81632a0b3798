import type { GetTranscriptOutput } from '@connect-transcript/core';
import { ChatLog, type ContactRef, type SimAttachment, type SimChat } from './chat.js';
import { decodeCursor, encodeCursor, type QueryKey } from './cursor.js';
import { createRandom, sign } from './random.js';
import {
  type AttachmentRequest,
  type TranscriptRequest,
  validateAttachmentRequest,
  validateTranscriptRequest,
} from './validation.js';

/**
 * Behaviours of the real service that are observed rather than modelled, switchable in one
 * place. See the README for each.
 *
 * @example
 * ```ts
 * createParticipantSimulator({ quirks: { emptyNextTokenAtEnd: false, foreignContactId: 'accessDenied' } });
 * ```
 */
export interface SimulatorQuirks {
  /**
   * `ScanDirection: FORWARD` without a usable StartPosition: `'reject'` answers 400
   * ValidationException (observed); `'fromStart'` reads from the oldest item.
   * @default 'reject'
   */
  forwardWithoutStartPosition?: 'reject' | 'fromStart' | undefined;
  /**
   * `StartPosition: {}` means "from the newest" (what chatjs sends). `false` answers 400.
   * @default true
   */
  emptyStartPositionMeansNewest?: boolean | undefined;
  /**
   * The last page of a scan carries `NextToken: ""` (observed) instead of no NextToken.
   * @default true
   */
  emptyNextTokenAtEnd?: boolean | undefined;
  /**
   * A `ContactId` outside the token's contact chain: `'emptyTranscript'` answers 200 with
   * `Transcript: []` and `NextToken: ""` (observed); `'accessDenied'` answers 403.
   * @default 'emptyTranscript'
   */
  foreignContactId?: 'emptyTranscript' | 'accessDenied' | undefined;
}

/**
 * The default of every quirk, in one place.
 *
 * @example
 * ```ts
 * const strict = createParticipantSimulator({ quirks: { ...DEFAULT_QUIRKS, emptyStartPositionMeansNewest: false } });
 * ```
 */
export const DEFAULT_QUIRKS: Required<SimulatorQuirks> = {
  forwardWithoutStartPosition: 'reject',
  emptyStartPositionMeansNewest: true,
  emptyNextTokenAtEnd: true,
  foreignContactId: 'emptyTranscript',
};

/** Default `MaxResults` of GetTranscript. */
export const DEFAULT_MAX_RESULTS = 10;
/** Default `UrlExpiryInSeconds` of GetAttachment (the model's maximum, as S3 links from Connect). */
export const DEFAULT_URL_EXPIRY_SECONDS = 300;

/** The outcome of an operation: a JSON body, or a modelled error. */
export type ServiceResult =
  | { readonly status: 200; readonly body: unknown; readonly json?: string }
  | { readonly status: number; readonly error: string; readonly message: string };

const denied = (message = 'You do not have sufficient access to perform this action.') =>
  ({ status: 403, error: 'AccessDeniedException', message }) as const;
const invalid = (message: string) =>
  ({ status: 400, error: 'ValidationException', message }) as const;

interface TokenInfo {
  readonly contactId: string;
  revoked: boolean;
}

/** A file answer of a signed-URL GET. */
export interface FileResult {
  readonly status: number;
  readonly contentType: string;
  readonly body: Uint8Array | string;
  readonly attachmentId?: string | undefined;
}

/** `…/attachments/<id>/<name>`, under any base path (`attachmentBaseUrl` may have one). */
const SIGNED_PATH = /\/attachments\/([^/]+)\/([^/]+)$/;

/** The state and the operations of the simulated Participant Service (no HTTP here). */
export class ParticipantService {
  readonly logs: ChatLog[] = [];
  readonly contacts = new Map<string, ContactRef>();
  readonly ended = new Set<string>();
  private readonly tokens = new Map<string, TokenInfo>();
  private readonly key: string;
  private readonly random;

  constructor(
    chats: readonly SimChat[],
    readonly seed: number,
    readonly quirks: Required<SimulatorQuirks>,
    readonly now: () => number,
  ) {
    this.key = `sim-key-${seed}`;
    this.random = createRandom(seed, 'tokens');
    for (const chat of chats) this.addChat(chat);
  }

  addChat(chat: SimChat): ChatLog {
    const log = new ChatLog(chat);
    log.segments.forEach((segment, index) => {
      if (this.contacts.has(segment.contactId)) {
        throw new Error(`Duplicate contact id ${segment.contactId}`);
      }
      this.contacts.set(segment.contactId, { log, segment: index });
    });
    this.logs.push(log);
    return log;
  }

  ref(contactId: string): ContactRef {
    const ref = this.contacts.get(contactId);
    if (!ref) throw new Error(`Unknown contact id ${contactId}`);
    return ref;
  }

  issueToken(contactId: string, token?: string): string {
    this.ref(contactId);
    const value = token ?? `QVFJREFI${this.random.base64url(152)}`;
    this.tokens.set(value, { contactId, revoked: false });
    return value;
  }

  revokeToken(token: string): void {
    const info = this.tokens.get(token);
    if (info) info.revoked = true;
  }

  /** The live token's contact, or `undefined` (missing, unknown, revoked, chat ended). */
  authenticate(token: string | null): TokenInfo | undefined {
    const info = token === null ? undefined : this.tokens.get(token);
    if (!info || info.revoked || this.ended.has(info.contactId)) return undefined;
    return info;
  }

  getTranscript(token: string | null, body: Record<string, unknown>): ServiceResult {
    const auth = this.authenticate(token);
    if (!auth) return denied();
    const checked = validateTranscriptRequest(body);
    if (!checked.ok) return invalid(checked.message);
    const req: TranscriptRequest = checked.value;
    const own = this.ref(auth.contactId);
    const targetId = req.ContactId ?? auth.contactId;
    const target = this.contacts.get(targetId);
    if (!target || target.log !== own.log || target.segment > own.segment) {
      return this.quirks.foreignContactId === 'accessDenied'
        ? denied()
        : { status: 200, body: { InitialContactId: targetId, Transcript: [], NextToken: '' } };
    }
    const { log } = target;
    const end = log.viewEnd(target.segment);

    const sp = req.StartPosition;
    const hasStart =
      sp !== undefined &&
      (sp.Id !== undefined || sp.AbsoluteTime !== undefined || sp.MostRecent !== undefined);
    if (sp !== undefined && !hasStart && !this.quirks.emptyStartPositionMeansNewest) {
      return invalid(
        'Validation exception due to invalid parameter: startPosition must set one of id, absoluteTime, mostRecent',
      );
    }
    const direction = req.ScanDirection ?? (hasStart ? 'FORWARD' : 'BACKWARD');
    if (
      direction === 'FORWARD' &&
      !hasStart &&
      this.quirks.forwardWithoutStartPosition === 'reject'
    ) {
      return invalid(
        'Validation exception due to invalid parameter: scanDirection FORWARD requires a startPosition',
      );
    }
    const sortOrder = req.SortOrder ?? 'DESCENDING';
    const maxResults = req.MaxResults ?? DEFAULT_MAX_RESULTS;
    const query: QueryKey = {
      contactId: targetId,
      scanDirection: direction,
      sortOrder,
      start: hasStart ? JSON.stringify([sp.Id, sp.AbsoluteTime, sp.MostRecent]) : '',
    };

    let position: number;
    if (req.NextToken !== undefined) {
      const cursor = decodeCursor(this.key, query, req.NextToken);
      if ('problem' in cursor) {
        return invalid(
          cursor.problem === 'other-query'
            ? 'Validation exception due to invalid parameter: nextToken does not belong to this query (contactId, scanDirection, sortOrder and startPosition must not change between pages)'
            : 'Validation exception due to invalid parameter: nextToken is not valid',
        );
      }
      position = Math.min(cursor.position, end);
    } else if (sp?.Id !== undefined) {
      const index = log.ids.get(sp.Id);
      if (index === undefined || index >= end) {
        return invalid(
          'Validation exception due to invalid parameter: startPosition.id does not name an item of this transcript',
        );
      }
      position = direction === 'BACKWARD' ? index + 1 : index;
    } else if (sp?.AbsoluteTime !== undefined) {
      const t = Date.parse(sp.AbsoluteTime);
      position = direction === 'BACKWARD' ? log.upperBound(t, end) : log.lowerBound(t, end);
    } else if (sp?.MostRecent !== undefined) {
      position = Math.max(0, end - sp.MostRecent);
    } else {
      position = direction === 'BACKWARD' ? end : 0;
    }

    let from: number;
    let to: number;
    let next: number | undefined;
    if (direction === 'BACKWARD') {
      from = Math.max(0, position - maxResults);
      to = position;
      next = from > 0 ? from : undefined;
    } else {
      from = position;
      to = Math.min(end, position + maxResults);
      next = to < end ? to : undefined;
    }
    const page = log.items.slice(from, to);
    if (sortOrder === 'DESCENDING') page.reverse();
    const initial = log.segments[target.segment]!.initialContactId;
    const nextToken =
      next !== undefined
        ? encodeCursor(this.key, query, next)
        : this.quirks.emptyNextTokenAtEnd
          ? ''
          : undefined;
    const out: GetTranscriptOutput = { InitialContactId: initial, Transcript: page };
    if (nextToken !== undefined) out.NextToken = nextToken;
    const json =
      `{"InitialContactId":${JSON.stringify(initial)},"Transcript":[${log.jsonOf(from, to, sortOrder === 'DESCENDING')}]` +
      `${nextToken === undefined ? '' : `,"NextToken":${JSON.stringify(nextToken)}`}}`;
    return { status: 200, body: out, json };
  }

  getAttachment(
    token: string | null,
    body: Record<string, unknown>,
    origin: string,
  ): ServiceResult {
    const auth = this.authenticate(token);
    if (!auth) return denied();
    const checked = validateAttachmentRequest(body);
    if (!checked.ok) return invalid(checked.message);
    const req: AttachmentRequest = checked.value;
    const own = this.ref(auth.contactId);
    const file = own.log.attachments.get(req.AttachmentId);
    const ref = own.log.attachmentRefs.get(req.AttachmentId);
    if (!file || (ref && ref.position >= own.log.viewEnd(own.segment))) {
      return invalid(
        'Validation exception due to invalid parameter: attachmentId does not name an attachment of this chat',
      );
    }
    if (ref?.status !== undefined && ref.status !== 'APPROVED') {
      return invalid(
        `Validation exception due to invalid parameter: the attachment is ${ref.status.toLowerCase()}, not approved`,
      );
    }
    const seconds = req.UrlExpiryInSeconds ?? DEFAULT_URL_EXPIRY_SECONDS;
    const issued = Math.floor(this.now() / 1000) * 1000;
    const amzDate = new Date(issued).toISOString().replace(/[-:]|\.\d{3}/g, '');
    const signature = this.urlSignature(file.id, amzDate, seconds);
    const query = [
      'X-Amz-Algorithm=AWS4-HMAC-SHA256',
      `X-Amz-Credential=SIMULATOR%2F${amzDate.slice(0, 8)}%2Fus-east-1%2Fs3%2Faws4_request`,
      `X-Amz-Date=${amzDate}`,
      `X-Amz-Expires=${seconds}`,
      'X-Amz-SignedHeaders=host',
      `X-Amz-Signature=${signature}`,
    ].join('&');
    return {
      status: 200,
      body: {
        Url: `${origin}/attachments/${encodeURIComponent(file.id)}/${encodeURIComponent(file.name)}?${query}`,
        UrlExpiry: new Date(issued + seconds * 1000).toISOString(),
        AttachmentSizeInBytes: sizeOf(file),
      },
    };
  }

  private urlSignature(id: string, amzDate: string, seconds: number): string {
    const text = `${id}\n${amzDate}\n${seconds}`;
    return sign(`${this.key}/s3`, text) + sign(`${this.key}/s3/2`, text);
  }

  /** The attachment id of a signed attachment path, or `undefined`. */
  fileId(pathname: string): string | undefined {
    const match = SIGNED_PATH.exec(pathname);
    if (!match) return undefined;
    try {
      return decodeURIComponent(match[1]!);
    } catch {
      return undefined;
    }
  }

  /** Whether `pathname` is a signed attachment path (GET). */
  isFilePath(pathname: string): boolean {
    return SIGNED_PATH.test(pathname);
  }

  /** Serves a signed URL: the bytes until it expires (sim clock), then 403 as S3 does. */
  getFile(url: URL): FileResult {
    const id = this.fileId(url.pathname);
    const s3Error = (
      status: number,
      code: string,
      message: string,
      attachmentId?: string,
    ): FileResult => ({
      status,
      contentType: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
      ...(attachmentId === undefined ? {} : { attachmentId }),
    });
    if (id === undefined) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    const file = this.findFile(id);
    if (!file) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', id);
    const amzDate = url.searchParams.get('X-Amz-Date') ?? '';
    const seconds = Number(url.searchParams.get('X-Amz-Expires'));
    const signature = url.searchParams.get('X-Amz-Signature');
    if (signature !== this.urlSignature(id, amzDate, seconds)) {
      return s3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
        id,
      );
    }
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
    const issued = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN;
    if (!(this.now() < issued + seconds * 1000)) {
      return s3Error(403, 'AccessDenied', 'Request has expired', id);
    }
    return { status: 200, contentType: file.contentType, body: bytesOf(file), attachmentId: id };
  }

  private findFile(id: string): SimAttachment | undefined {
    for (const log of this.logs) {
      const file = log.attachments.get(id);
      if (file) return file;
    }
    return undefined;
  }
}

function sizeOf(file: SimAttachment): number {
  return file.bytes?.length ?? Math.max(1, file.size ?? 1);
}

function bytesOf(file: SimAttachment): Uint8Array {
  if (file.bytes) return file.bytes;
  const bytes = new Uint8Array(sizeOf(file));
  for (let i = 0; i < bytes.length; i++) bytes[i] = 32 + (i % 95);
  return bytes;
}
