import { TranscriptError, type TranscriptItem } from '@connect-transcript/core';
import { useSyncExternalStore } from 'react';
import type { TranscriptState } from '../TranscriptView/seam.js';

const WORDS =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(
    ' ',
  );

/** A deterministic message: varied length (1–4 lines at 320 px), alternating sides. */
export function makeMessage(n: number, overrides: Partial<TranscriptItem> = {}): TranscriptItem {
  const words = 3 + ((n * 7) % 29);
  const text = Array.from({ length: words }, (_, i) => WORDS[(n + i) % WORDS.length]).join(' ');
  const agent = n % 3 !== 0;
  return {
    Id: `m${n}`,
    Type: 'MESSAGE',
    ContentType: 'text/plain',
    Content: `#${n} ${text}`,
    AbsoluteTime: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    ParticipantId: agent ? 'agent-1' : 'customer-1',
    ParticipantRole: agent ? 'AGENT' : 'CUSTOMER',
    DisplayName: agent ? 'Ana' : 'Cy',
    ...overrides,
  };
}

/** Messages `from`..`to-1`. */
export const messages = (from: number, to: number): TranscriptItem[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => makeMessage(from + i));

interface Deferred {
  resolve: (items: TranscriptItem[]) => void;
  reject: (error: TranscriptError) => void;
  promise: Promise<unknown>;
}

/**
 * A tiny data layer for view tests: a `TranscriptState` held in an external store, with an older
 * page that stays pending until the test settles it (or `autoOlder` serves it after `delayMs`).
 */
export interface TestTranscript {
  get(): TranscriptState;
  /** How many times `fetchOlder` started a request (not counting calls deduped onto one). */
  readonly olderRequests: number;
  /** The most requests in flight at once. */
  readonly maxOlderInFlight: number;
  /** Calls of `fetchOlder` while a request was already pending (a careful view makes none). */
  readonly duplicateOlderCalls: number;
  /** Whether an older page is pending. */
  readonly olderPending: boolean;
  resolveOlder(items: TranscriptItem[], hasOlder?: boolean): Promise<void>;
  rejectOlder(error?: TranscriptError): Promise<void>;
  append(...items: TranscriptItem[]): void;
  set(patch: Partial<TranscriptState>): void;
  subscribe(listener: () => void): () => void;
  /** Serve older pages of `pageSize` down to `floor`, after `delayMs`. */
  autoOlder(options: { pageSize: number; floor: number; delayMs: number }): void;
}

export function createTestTranscript(init: {
  items?: TranscriptItem[];
  hasOlder?: boolean;
  status?: TranscriptState['status'];
  error?: TranscriptError | null;
}): TestTranscript {
  const listeners = new Set<() => void>();
  let pending: Deferred | null = null;
  let inFlight = 0;
  let auto: { pageSize: number; floor: number; delayMs: number } | null = null;
  const store = {
    olderRequests: 0,
    maxOlderInFlight: 0,
    duplicateOlderCalls: 0,
  };
  let state: TranscriptState;
  const emit = (patch: Partial<TranscriptState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const fetchOlder = (): Promise<unknown> => {
    if (pending) {
      store.duplicateOlderCalls++;
      return pending.promise;
    }
    store.olderRequests++;
    inFlight++;
    store.maxOlderInFlight = Math.max(store.maxOlderInFlight, inFlight);
    let resolve!: Deferred['resolve'];
    let reject!: Deferred['reject'];
    const promise = new Promise<TranscriptItem[]>((res, rej) => {
      resolve = res;
      reject = rej;
    }).then(
      (items) => {
        inFlight--;
        pending = null;
        emit({ items: [...items, ...state.items], isFetchingOlder: false });
      },
      (error: TranscriptError) => {
        inFlight--;
        pending = null;
        emit({ isFetchingOlder: false, olderError: error });
      },
    );
    pending = { resolve, reject, promise };
    emit({ isFetchingOlder: true, olderError: null });
    if (auto) {
      const { pageSize, floor, delayMs } = auto;
      const first = Number((state.items[0]?.Id ?? 'm0').slice(1));
      const from = Math.max(floor, first - pageSize);
      const page = messages(from, first);
      const d = pending;
      setTimeout(() => {
        if (from <= floor) emit({ hasOlder: false });
        d.resolve(page);
      }, delayMs);
    }
    return promise;
  };
  const noop = () => Promise.resolve();
  state = {
    items: init.items ?? [],
    status: init.status ?? 'success',
    error: init.error ?? null,
    hasOlder: init.hasOlder ?? true,
    fetchOlder,
    isFetchingOlder: false,
    olderError: null,
    hasNewer: false,
    fetchNewer: noop,
    isFetchingNewer: false,
    newerError: null,
    refetch: noop,
    typing: [],
    receipts: new Map(),
  };
  const settle = () => new Promise<void>((r) => setTimeout(r, 0));
  return {
    get: () => state,
    get olderRequests() {
      return store.olderRequests;
    },
    get maxOlderInFlight() {
      return store.maxOlderInFlight;
    },
    get duplicateOlderCalls() {
      return store.duplicateOlderCalls;
    },
    get olderPending() {
      return pending !== null;
    },
    async resolveOlder(items, hasOlder = true) {
      const d = pending;
      if (!d) throw new Error('no older page pending');
      if (!hasOlder) state = { ...state, hasOlder: false };
      d.resolve(items);
      await d.promise;
      await settle();
    },
    async rejectOlder(error = new TranscriptError('NETWORK_ERROR', 'offline')) {
      const d = pending;
      if (!d) throw new Error('no older page pending');
      d.reject(error);
      await d.promise;
      await settle();
    },
    append(...items) {
      emit({ items: [...state.items, ...items] });
    },
    set: emit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    autoOlder(options) {
      auto = options;
    },
  };
}

/** Subscribes a component to a test transcript. */
export function useTestTranscript(store: TestTranscript): TranscriptState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
