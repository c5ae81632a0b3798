import type { GetTranscriptOutput, TranscriptItem } from '@connect-transcript/core';
import type { FetchHandler } from '../handler.js';

/** An answer of the simulator, read. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly json: Record<string, unknown>;
}

/** POSTs `body` to an operation of the handler with a bearer token and reads the answer. */
export async function call(
  handler: FetchHandler,
  operation: 'transcript' | 'attachment',
  body: unknown,
  token?: string,
  init: RequestInit = {},
): Promise<Answer> {
  const response = await handler(`https://participant.sim.local/participant/${operation}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { 'x-amz-bearer': token }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { raw: text };
  }
  return { status: response.status, headers: response.headers, json };
}

/**
 * Pages through a whole transcript with the raw handler, following NextToken, and returns the
 * items in the order read plus the number of pages.
 */
export async function readAll(
  handler: FetchHandler,
  token: string,
  input: Record<string, unknown>,
  between?: (page: number) => void,
  onPage?: (items: TranscriptItem[]) => void,
): Promise<{ items: TranscriptItem[]; pages: number }> {
  const items: TranscriptItem[] = [];
  let next: string | undefined;
  let pages = 0;
  do {
    const answer = await call(
      handler,
      'transcript',
      { ...input, ...(next ? { NextToken: next } : {}) },
      token,
    );
    if (answer.status !== 200)
      throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.json)}`);
    const page = answer.json as GetTranscriptOutput;
    items.push(...(page.Transcript ?? []));
    onPage?.(page.Transcript ?? []);
    next = page.NextToken || undefined;
    pages++;
    between?.(pages);
  } while (next);
  return { items, pages };
}
