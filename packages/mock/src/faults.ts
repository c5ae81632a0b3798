import { createRandom, type Random } from './random.js';

/**
 * The operations the simulator tells apart (`Unknown` for anything else it was sent).
 *
 * @example
 * ```ts
 * const transcriptCalls = sim.requests.filter((r) => r.operation === 'GetTranscript');
 * ```
 */
export type SimOperation = 'GetTranscript' | 'GetAttachment' | 'GetAttachmentFile' | 'Unknown';

/**
 * What can go wrong:
 * - `throttle`: 429 ThrottlingException with `Retry-After`;
 * - `internal`: 500 InternalServerException; `unavailable`: 503 ServiceUnavailableException;
 * - `networkDrop`: no answer (the handler rejects with a `TypeError` as `fetch` does; the Node
 *   server destroys the socket);
 * - `latencySpike`: a long wait, then the normal answer;
 * - `htmlBody`, `truncatedJson`, `wrongTypes`: a malformed body (an HTML page, JSON cut in half,
 *   `Transcript` as an object) with status 200 unless `status` says otherwise;
 * - `accessDenied`: 403 AccessDeniedException, as for an expired token.
 *
 * @example
 * ```ts
 * sim.setFaults({ rate: 0.1, kinds: ['throttle', 'networkDrop'] });
 * ```
 */
export type FaultKind =
  | 'throttle'
  | 'internal'
  | 'unavailable'
  | 'networkDrop'
  | 'latencySpike'
  | 'htmlBody'
  | 'truncatedJson'
  | 'wrongTypes'
  | 'accessDenied';

/**
 * A fault with its details.
 *
 * @example
 * ```ts
 * sim.setFaults({ next: [{ kind: 'throttle', retryAfterSeconds: 2, operation: 'GetTranscript' }] });
 * ```
 */
export interface FaultSpec {
  readonly kind: FaultKind;
  /** Only requests of this operation take this fault. @default GetTranscript or GetAttachment */
  readonly operation?: SimOperation | undefined;
  /** `Retry-After` in seconds, for `throttle`. @default 1 */
  readonly retryAfterSeconds?: number | undefined;
  /** Wait of a `latencySpike`, in ms. @default 1500 */
  readonly latencyMs?: number | undefined;
  /** HTTP status of a malformed body. @default 200 */
  readonly status?: number | undefined;
}

/**
 * A fault: a kind, or a kind with details.
 *
 * @example
 * ```ts
 * sim.setFaults({ next: ['internal', { kind: 'latencySpike', latencyMs: 3000 }] });
 * ```
 */
export type Fault = FaultKind | FaultSpec;

/**
 * Which faults the simulator injects. Set with the `faults` option or `setFaults`.
 *
 * @example
 * ```ts
 * createParticipantSimulator({ faults: { next: ['throttle'], expireTokenAfterCalls: 20 } });
 * ```
 */
export interface FaultPlan {
  /** A queue: each matching request takes (and removes) the first fault whose operation fits. */
  readonly next?: readonly Fault[] | undefined;
  /** Probability (0–1) that a request of `operations` gets a fault of `kinds` (seeded). */
  readonly rate?: number | undefined;
  /** The kinds drawn when `rate` hits. @default ['throttle', 'internal', 'networkDrop'] */
  readonly kinds?: readonly FaultKind[] | undefined;
  /** Operations `rate` applies to. @default ['GetTranscript', 'GetAttachment'] */
  readonly operations?: readonly SimOperation[] | undefined;
  /**
   * The ConnectionToken "expires" after this many more API calls: from then on every call's
   * token is revoked and answered with 403 AccessDeniedException.
   */
  readonly expireTokenAfterCalls?: number | undefined;
}

const API_OPERATIONS: readonly SimOperation[] = ['GetTranscript', 'GetAttachment'];
const DEFAULT_KINDS: readonly FaultKind[] = ['throttle', 'internal', 'networkDrop'];

/** The fault state of one simulator: picks the fault (if any) of each request. */
export class FaultInjector {
  private queue: FaultSpec[] = [];
  private plan: FaultPlan = {};
  private random: Random;
  private calls = 0;

  constructor(seed: number, plan: FaultPlan = {}) {
    this.random = createRandom(seed, 'faults');
    this.set(plan);
  }

  /** Replaces the plan (the queue, the rate and the token-expiry counter start over). */
  set(plan: FaultPlan): void {
    this.plan = plan;
    this.queue = (plan.next ?? []).map((f) => (typeof f === 'string' ? { kind: f } : f));
    this.calls = 0;
  }

  /** The fault of a request of `operation`, or `undefined`. */
  take(operation: SimOperation): FaultSpec | undefined {
    const index = this.queue.findIndex((f) =>
      f.operation === undefined ? API_OPERATIONS.includes(operation) : f.operation === operation,
    );
    if (index >= 0) return this.queue.splice(index, 1)[0];
    const rate = this.plan.rate ?? 0;
    if (rate > 0 && (this.plan.operations ?? API_OPERATIONS).includes(operation)) {
      if (this.random.next() < rate)
        return { kind: this.random.pick(this.plan.kinds ?? DEFAULT_KINDS) };
    }
    return undefined;
  }

  /** Counts an API call; `true` once the token-expiry point has passed. */
  tokenExpired(operation: SimOperation): boolean {
    const limit = this.plan.expireTokenAfterCalls;
    if (limit === undefined || !API_OPERATIONS.includes(operation)) return false;
    this.calls++;
    return this.calls > limit;
  }
}
