import { isTranscriptError, type TranscriptError } from '../errors.js';

/**
 * The {@link TranscriptError} a promise rejects with; fails the test when it resolves or rejects
 * with anything else.
 *
 * @example
 * ```ts
 * const error = await rejection(client.getTranscript({ MaxResults: 101 }));
 * expect(error.code).toBe('VALIDATION_ERROR');
 * ```
 */
export async function rejection(promise: Promise<unknown>): Promise<TranscriptError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    if (isTranscriptError(error)) return error;
    throw new Error(`expected a TranscriptError, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
}
