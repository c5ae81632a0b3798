import { describe, expect, it, vi } from 'vitest';
import {
  isTranscriptError,
  serviceError,
  TranscriptError,
  type TranscriptErrorCode,
} from './errors.js';

describe('TranscriptError', () => {
  it('is an Error with a literal name, a code, and its cause kept', () => {
    const cause = new Error('socket hang up');
    const error = new TranscriptError('NETWORK_ERROR', 'The request failed', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TranscriptError');
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toBe('The request failed');
    expect(error.cause).toBe(cause);
    expect(error.issues).toEqual([]);
    expect(String(error)).toBe('TranscriptError: The request failed');
  });

  it('has no cause property when given none', () => {
    expect('cause' in new TranscriptError('UNKNOWN', 'x')).toBe(false);
  });

  it('keeps status, requestId, serviceName, issues and retryAfterMs', () => {
    const error = new TranscriptError('THROTTLING', 'slow down', {
      status: 429,
      requestId: 'r-1',
      serviceName: 'ThrottlingException',
      retryAfterMs: 2000,
      issues: [{ path: 'a', message: 'b' }],
    });
    expect(error).toMatchObject({
      status: 429,
      requestId: 'r-1',
      serviceName: 'ThrottlingException',
      retryAfterMs: 2000,
      issues: [{ path: 'a', message: 'b' }],
    });
  });

  it.each<[TranscriptErrorCode, number | undefined, boolean]>([
    ['THROTTLING', 429, true],
    ['NETWORK_ERROR', undefined, true],
    ['TIMEOUT', undefined, true],
    ['INTERNAL_SERVER_ERROR', 500, true],
    ['INTERNAL_SERVER_ERROR', 502, true],
    ['INTERNAL_SERVER_ERROR', 503, true],
    ['INTERNAL_SERVER_ERROR', 504, true],
    ['INTERNAL_SERVER_ERROR', undefined, true],
    ['INTERNAL_SERVER_ERROR', 501, false],
    ['INTERNAL_SERVER_ERROR', 505, false],
    ['VALIDATION_ERROR', 400, false],
    ['ACCESS_DENIED', 403, false],
    ['ABORTED', undefined, false],
    ['INVALID_RESPONSE', 200, false],
    ['UNKNOWN', 409, false],
  ])('%s with status %s is retryable: %s', (code, status, retryable) => {
    expect(new TranscriptError(code, 'm', { status }).retryable).toBe(retryable);
  });
});

describe('isTranscriptError', () => {
  it('recognises a TranscriptError', () => {
    expect(isTranscriptError(new TranscriptError('UNKNOWN', 'x'))).toBe(true);
  });

  it('recognises one from a second copy of the package (instanceof says no)', async () => {
    vi.resetModules();
    const copy = (await import('./errors.js')) as typeof import('./errors.js');
    expect(copy.TranscriptError).not.toBe(TranscriptError);
    const foreign = new copy.TranscriptError('THROTTLING', 'from the other copy');
    expect(foreign instanceof TranscriptError).toBe(false);
    expect(isTranscriptError(foreign)).toBe(true);
    expect(copy.isTranscriptError(new TranscriptError('UNKNOWN', 'x'))).toBe(true);
  });

  it('recognises an object with the brand and name, built without the class', () => {
    const lookalike = Object.assign(new Error('x'), { name: 'TranscriptError', code: 'UNKNOWN' });
    Object.defineProperty(lookalike, Symbol.for('@connect-transcript/core/TranscriptError'), {
      value: true,
    });
    expect(isTranscriptError(lookalike)).toBe(true);
  });

  it.each([
    [
      'an Error merely named TranscriptError',
      Object.assign(new Error('x'), { name: 'TranscriptError' }),
    ],
    [
      'a branded object with another name',
      { name: 'Other', [Symbol.for('@connect-transcript/core/TranscriptError')]: true },
    ],
    ['a plain Error', new Error('x')],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'TranscriptError'],
    ['a number', 42],
  ])('rejects %s', (_, value) => {
    expect(isTranscriptError(value)).toBe(false);
  });
});

describe('serviceError', () => {
  it.each<[number, string | undefined, TranscriptErrorCode]>([
    [400, 'ValidationException', 'VALIDATION_ERROR'],
    [403, 'AccessDeniedException', 'ACCESS_DENIED'],
    [429, 'ThrottlingException', 'THROTTLING'],
    [500, 'InternalServerException', 'INTERNAL_SERVER_ERROR'],
    // The name wins over the status.
    [400, 'ThrottlingException', 'THROTTLING'],
    // Unknown names: 429 and 5xx keep their meaning, anything else is UNKNOWN.
    [429, 'SlowDown', 'THROTTLING'],
    [503, 'ServiceUnavailable', 'INTERNAL_SERVER_ERROR'],
    [409, 'ConflictException', 'UNKNOWN'],
    [402, 'ServiceQuotaExceededException', 'UNKNOWN'],
    [400, 'SomethingNew', 'UNKNOWN'],
    // No name: by status.
    [400, undefined, 'VALIDATION_ERROR'],
    [401, undefined, 'ACCESS_DENIED'],
    [403, undefined, 'ACCESS_DENIED'],
    [404, undefined, 'UNKNOWN'],
    [502, undefined, 'INTERNAL_SERVER_ERROR'],
    // A name that is an Object.prototype key is not a known name.
    [400, 'constructor', 'UNKNOWN'],
    [403, 'toString', 'UNKNOWN'],
    [500, '__proto__', 'INTERNAL_SERVER_ERROR'],
  ])('%i %s → %s', (status, name, code) => {
    expect(serviceError(status, name).code).toBe(code);
  });

  it('reads as the service answered: name (or status), message, and the init fields', () => {
    const error = serviceError(429, 'ThrottlingException', 'Rate exceeded', {
      requestId: 'req-1',
      retryAfterMs: 2000,
    });
    expect(error).toBeInstanceOf(TranscriptError);
    expect(error).toMatchObject({
      code: 'THROTTLING',
      message: 'ThrottlingException: Rate exceeded',
      status: 429,
      serviceName: 'ThrottlingException',
      requestId: 'req-1',
      retryAfterMs: 2000,
      retryable: true,
    });
    expect(serviceError(503).message).toBe('HTTP 503');
    expect(serviceError(503).retryable).toBe(true);
    expect(serviceError(403, undefined, 'Expired').message).toBe('HTTP 403: Expired');
  });

  it('without a status or a name (a transport that lost them), is UNKNOWN and says so', () => {
    const error = serviceError(undefined, undefined, 'socket closed');
    expect(error).toMatchObject({ code: 'UNKNOWN', message: 'Error: socket closed' });
    expect(error.status).toBeUndefined();
    expect(error.retryable).toBe(false);
  });
});
