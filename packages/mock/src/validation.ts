/**
 * Request validation as the service does it: every constraint of the model checked, all
 * violations in one AWS-style message naming the fields in lowerCamelCase
 * (`1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: …`).
 */

/** A validated GetTranscript request. */
export interface TranscriptRequest {
  ContactId?: string | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
  ScanDirection?: 'FORWARD' | 'BACKWARD' | undefined;
  SortOrder?: 'ASCENDING' | 'DESCENDING' | undefined;
  StartPosition?: { Id?: string; AbsoluteTime?: string; MostRecent?: number };
}

/** A validated GetAttachment request. */
export interface AttachmentRequest {
  AttachmentId: string;
  UrlExpiryInSeconds?: number | undefined;
}

/** The validation outcome: the value, or a message for a 400 ValidationException. */
export type Validated<T> = { ok: true; value: T } | { ok: false; message: string };

const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const show = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null'));

class Checker {
  readonly errors: string[] = [];
  fail(value: unknown, at: string, constraint: string): void {
    this.errors.push(
      `Value '${show(value)}' at '${at}' failed to satisfy constraint: ${constraint}`,
    );
  }
  str(value: unknown, at: string, min: number, max: number): value is string {
    if (typeof value !== 'string') {
      this.fail(value, at, 'Member must be a string');
      return false;
    }
    if (value.length < min)
      this.fail(value, at, `Member must have length greater than or equal to ${min}`);
    else if (value.length > max)
      this.fail(value, at, `Member must have length less than or equal to ${max}`);
    else return true;
    return false;
  }
  int(value: unknown, at: string, min: number, max: number): value is number {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.fail(value, at, 'Member must be an integer');
      return false;
    }
    if (value < min) this.fail(value, at, `Member must have value greater than or equal to ${min}`);
    else if (value > max)
      this.fail(value, at, `Member must have value less than or equal to ${max}`);
    else return true;
    return false;
  }
  oneOf<T extends string>(value: unknown, at: string, values: readonly T[]): value is T {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return true;
    this.fail(value, at, `Member must satisfy enum value set: [${values.join(', ')}]`);
    return false;
  }
  known(obj: Record<string, unknown>, prefix: string, fields: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!fields.includes(key)) this.errors.push(`Unknown field '${prefix}${lowerFirst(key)}'`);
    }
  }
  result<T>(value: T): Validated<T> {
    if (this.errors.length === 0) return { ok: true, value };
    const n = this.errors.length;
    return {
      ok: false,
      message: `${n} validation error${n > 1 ? 's' : ''} detected: ${this.errors.join('; ')}`,
    };
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a request body: `''` is an empty request; anything but a JSON object is refused. */
export function parseBody(text: string): Validated<Record<string, unknown>> {
  if (text.trim() === '') return { ok: true, value: {} };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'request body is not valid json' };
  }
  if (!isObject(json)) return { ok: false, message: 'request body must be a json object' };
  return { ok: true, value: json };
}

/** Checks a GetTranscript body against the model's constraints. */
export function validateTranscriptRequest(
  body: Record<string, unknown>,
): Validated<TranscriptRequest> {
  const c = new Checker();
  c.known(body, '', [
    'ContactId',
    'MaxResults',
    'NextToken',
    'ScanDirection',
    'SortOrder',
    'StartPosition',
  ]);
  const { ContactId, MaxResults, NextToken, ScanDirection, SortOrder, StartPosition } = body;
  if (ContactId !== undefined) c.str(ContactId, 'contactId', 1, 256);
  if (MaxResults !== undefined) c.int(MaxResults, 'maxResults', 0, 100);
  if (NextToken !== undefined) c.str(NextToken, 'nextToken', 1, 1000);
  if (ScanDirection !== undefined) c.oneOf(ScanDirection, 'scanDirection', ['BACKWARD', 'FORWARD']);
  if (SortOrder !== undefined) c.oneOf(SortOrder, 'sortOrder', ['DESCENDING', 'ASCENDING']);
  if (StartPosition !== undefined) {
    if (!isObject(StartPosition)) {
      c.fail(StartPosition, 'startPosition', 'Member must be a structure');
    } else {
      c.known(StartPosition, 'startPosition.', ['Id', 'AbsoluteTime', 'MostRecent']);
      const { Id, AbsoluteTime, MostRecent } = StartPosition;
      if (Id !== undefined) c.str(Id, 'startPosition.id', 1, 256);
      if (AbsoluteTime !== undefined && c.str(AbsoluteTime, 'startPosition.absoluteTime', 1, 100)) {
        if (!ISO_UTC_MS.test(AbsoluteTime) || Number.isNaN(Date.parse(AbsoluteTime))) {
          c.fail(
            AbsoluteTime,
            'startPosition.absoluteTime',
            'Member must be an ISO-8601 UTC time in the format yyyy-MM-ddThh:mm:ss.SSSZ',
          );
        }
      }
      if (MostRecent !== undefined) c.int(MostRecent, 'startPosition.mostRecent', 0, 100);
      const set = [Id, AbsoluteTime, MostRecent].filter((v) => v !== undefined).length;
      if (set > 1) {
        c.errors.push(
          "Value at 'startPosition' failed to satisfy constraint: Member must set only one of id, absoluteTime, mostRecent",
        );
      }
    }
  }
  return c.result(body as TranscriptRequest);
}

/** Checks a GetAttachment body against the model's constraints. */
export function validateAttachmentRequest(
  body: Record<string, unknown>,
): Validated<AttachmentRequest> {
  const c = new Checker();
  c.known(body, '', ['AttachmentId', 'UrlExpiryInSeconds']);
  if (body.AttachmentId === undefined) {
    c.errors.push(
      "Value null at 'attachmentId' failed to satisfy constraint: Member must not be null",
    );
  } else {
    c.str(body.AttachmentId, 'attachmentId', 1, 256);
  }
  if (body.UrlExpiryInSeconds !== undefined)
    c.int(body.UrlExpiryInSeconds, 'urlExpiryInSeconds', 5, 300);
  return c.result(body as unknown as AttachmentRequest);
}
