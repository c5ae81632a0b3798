import type { TranscriptItem } from '@connect-transcript/core';
import type { SimChat } from './chat.js';
import { FaultInjector, type FaultPlan } from './faults.js';
import { type GenerateTranscriptOptions, generateTranscript } from './generator.js';
import { createHandler, type FetchHandler, type SimRequest } from './handler.js';
import { createRandom } from './random.js';
import { DEFAULT_QUIRKS, ParticipantService, type SimulatorQuirks } from './service.js';

/**
 * Options of {@link createParticipantSimulator}. Defaults are merged here and only here.
 *
 * @example
 * ```ts
 * createParticipantSimulator({ seed: 7, scenario: { size: 1000 }, latencyMs: [50, 200], faults: { rate: 0.05 } });
 * ```
 */
export interface ParticipantSimulatorOptions {
  /**
   * Seed of everything random: generated chats, tokens, request ids, latency, fault rates and
   * the NextToken signing key.
   * @default 1
   */
  seed?: number | undefined;
  /** Explicit chats (e.g. from {@link generateTranscript} or hand-written). Wins over `scenario`. */
  chats?: readonly SimChat[] | undefined;
  /**
   * Options of {@link generateTranscript} for one generated chat, used when `chats` is not given
   * (its `seed` defaults to the simulator's).
   * @default { size: 200 }
   */
  scenario?: GenerateTranscriptOptions | undefined;
  /**
   * Wait before every answer, in ms: a number, or `[min, max]` drawn (seeded) per request.
   * @default 0
   */
  latencyMs?: number | readonly [number, number] | undefined;
  /** Faults to inject from the start (see {@link FaultPlan}). @default {} (none) */
  faults?: FaultPlan | undefined;
  /**
   * The simulator's clock (epoch ms), for URL expiry and times of appended items; `advance(ms)`
   * moves it further.
   * @default a clock that starts 1 s after the newest item and moves only with `advance`
   */
  now?: (() => number) | undefined;
  /** Observed behaviours of the real service, switchable (see the README). */
  quirks?: SimulatorQuirks | undefined;
  /**
   * Origin of the signed attachment URLs, e.g. `http://localhost:4010`.
   * @default the origin of the GetAttachment request
   */
  attachmentBaseUrl?: string | undefined;
}

/**
 * An in-memory Amazon Connect Participant Service. See {@link createParticipantSimulator}.
 *
 * @example
 * ```ts
 * const sim = createParticipantSimulator();
 * const token = sim.issueToken();
 * sim.append(sim.defaultContactId, { Type: 'MESSAGE', ContentType: 'text/plain', Content: 'new' });
 * sim.endChat(); // the token now gets 403
 * ```
 */
export interface ParticipantSimulator {
  /** The current contact of the first chat. */
  readonly defaultContactId: string;
  /** Every contact id the simulator knows, per chat: `[current, ...previous newest first]`. */
  readonly contactIds: readonly string[];
  /**
   * The `fetch`-compatible handler: POST /participant/transcript, POST /participant/attachment,
   * GET of the signed attachment URLs, CORS preflight. Honours the request's `AbortSignal`.
   */
  readonly handler: FetchHandler;
  /** Issues a live ConnectionToken for a contact (scope: it and its previous contacts). */
  issueToken(contactId?: string, options?: { token?: string }): string;
  /** Revokes a token: GetTranscript with it answers 403 AccessDeniedException. */
  revokeToken(token: string): void;
  /** Ends a contact: every token of it answers 403 from now on. */
  endChat(contactId?: string): void;
  /**
   * Adds items to the end of a contact's transcript (live growth). Fills a missing `Id` (seeded)
   * and `AbsoluteTime` (the sim clock, never before the newest item). Returns the stored items.
   */
  append(contactId: string, items: TranscriptItem | readonly TranscriptItem[]): TranscriptItem[];
  /** Replaces the fault plan. */
  setFaults(faults: FaultPlan): void;
  /** Every request answered since the start or the last `resetRequests()`. */
  readonly requests: readonly SimRequest[];
  /** Empties `requests`. */
  resetRequests(): void;
  /**
   * The whole stored transcript a reader of `contactId` sees (it and its previous contacts),
   * chronological. Items are frozen.
   * @default contactId = defaultContactId
   */
  items(contactId?: string): TranscriptItem[];
  /** The sim clock (epoch ms). */
  now(): number;
  /** Moves the sim clock forward. */
  advance(ms: number): void;
}

/**
 * Creates an in-memory Amazon Connect Participant Service with GetTranscript and GetAttachment,
 * bearer-token auth, opaque query-bound NextTokens, persistent-chat history, faults and latency.
 *
 * @example
 * ```ts
 * import { createParticipantClient } from '@connect-transcript/core';
 * import { createParticipantSimulator } from '@connect-transcript/mock';
 *
 * const sim = createParticipantSimulator({ seed: 1, scenario: { size: 200 } });
 * const client = createParticipantClient({
 *   endpoint: 'https://participant.sim.local',
 *   connectionToken: sim.issueToken(sim.defaultContactId),
 *   fetch: sim.handler,
 * });
 * const page = await client.getTranscript({ MaxResults: 50, SortOrder: 'ASCENDING' });
 * ```
 */
export function createParticipantSimulator(
  options: ParticipantSimulatorOptions = {},
): ParticipantSimulator {
  const seed = options.seed ?? 1;
  const chats = options.chats ?? [generateTranscript({ seed, size: 200, ...options.scenario })];
  if (chats.length === 0) throw new Error('createParticipantSimulator needs at least one chat');
  const quirks = { ...DEFAULT_QUIRKS, ...options.quirks };

  let offset = 0;
  let base: () => number;
  if (options.now) {
    base = options.now;
  } else {
    const newest = chats
      .flatMap((chat) => [chat, ...(chat.previousContacts ?? [])])
      .flatMap((contact) => contact.items)
      .reduce(
        (max, item) => {
          const t = item.AbsoluteTime === undefined ? Number.NaN : Date.parse(item.AbsoluteTime);
          return Number.isNaN(t) ? max : Math.max(max, t);
        },
        Date.UTC(2026, 0, 1),
      );
    const start = newest + 1000;
    base = () => start;
  }
  const now = () => base() + offset;

  const service = new ParticipantService(chats, seed, quirks, now);
  const faults = new FaultInjector(seed, options.faults);
  const latencyRandom = createRandom(seed, 'latency');
  const idRandom = createRandom(seed, 'items');
  const latency = options.latencyMs;
  const requests: SimRequest[] = [];

  const handler = createHandler({
    service,
    faults,
    random: createRandom(seed, 'requests'),
    latency:
      latency === undefined
        ? () => 0
        : typeof latency === 'number'
          ? () => latency
          : () => latencyRandom.int(latency[0], latency[1]),
    now,
    attachmentBaseUrl: options.attachmentBaseUrl?.replace(/\/+$/, ''),
    log: (entry) => requests.push(entry),
  });

  const defaultContactId = service.logs[0]!.current.contactId;

  return {
    defaultContactId,
    contactIds: service.logs.flatMap((log) => log.segments.map((s) => s.contactId).reverse()),
    handler,
    issueToken: (contactId = defaultContactId, opts) => service.issueToken(contactId, opts?.token),
    revokeToken: (token) => service.revokeToken(token),
    endChat: (contactId = defaultContactId) => {
      service.ref(contactId);
      service.ended.add(contactId);
    },
    append(contactId, input) {
      const { log, segment } = service.ref(contactId);
      if (segment !== log.segments.length - 1) {
        throw new Error(`Contact ${contactId} is a previous contact; append to the current one`);
      }
      const list = Array.isArray(input) ? input : [input as TranscriptItem];
      return list.map((item) => {
        const newest = log.newestTime();
        const time = item.AbsoluteTime ?? new Date(Math.max(now(), newest ?? now())).toISOString();
        return log.push({
          ...item,
          Id: item.Id ?? idRandom.uuid(),
          AbsoluteTime: time,
          ContactId: item.ContactId ?? contactId,
        });
      });
    },
    setFaults: (plan) => faults.set(plan),
    requests,
    resetRequests: () => {
      requests.length = 0;
    },
    items: (contactId = defaultContactId) => {
      const { log, segment } = service.ref(contactId);
      return log.items.slice(0, log.viewEnd(segment));
    },
    now,
    advance: (ms) => {
      offset += ms;
    },
  };
}
