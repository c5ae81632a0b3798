import { createParticipantClient, type ParticipantClient } from '@connect-transcript/core';
import {
  createParticipantSimulator,
  type FaultPlan,
  type ParticipantSimulator,
  type ParticipantSimulatorOptions,
} from '@connect-transcript/mock';
import { useMemo } from 'react';
import { getSimulator, registerSimulator, reserveSimulator } from './simulatorRegistry.js';

/** What a story asks of its simulator; everything a control can change is plain data. */
export interface StorySimulatorOptions {
  /** Seed of the generated chat. @default 7 */
  seed?: number;
  /** Items in the generated chat (previous contacts included). @default 200 */
  size?: number;
  /** Wait before every answer, ms. @default 0 */
  latencyMs?: number | readonly [number, number];
  /** Probability (0–1) of a throttle/5xx/network fault per request. @default 0 */
  faultRate?: number;
  /** Faults to inject from the start (wins over `faultRate`'s plan when both are set). */
  faults?: FaultPlan;
  /** Any other simulator option (explicit chats, quirks…). */
  simulator?: Omit<ParticipantSimulatorOptions, 'seed' | 'latencyMs' | 'faults'>;
}

/** A story's own simulator, its fake origin and a client that reaches it through MSW. */
export interface StorySimulator {
  readonly sim: ParticipantSimulator;
  readonly endpoint: string;
  readonly client: ParticipantClient;
}

/** Builds a simulator, puts it behind its own origin and makes a client for it. */
export function createStorySimulator(options: StorySimulatorOptions = {}): StorySimulator {
  const faults: FaultPlan = {
    ...(options.faultRate ? { rate: options.faultRate } : {}),
    ...options.faults,
  };
  const { id, endpoint, filesBaseUrl } = reserveSimulator();
  const sim = createParticipantSimulator({
    seed: options.seed ?? 7,
    scenario: { size: options.size ?? 200 },
    attachmentBaseUrl: filesBaseUrl,
    ...options.simulator,
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
    faults,
  });
  registerSimulator(id, sim);
  const token = sim.issueToken(sim.defaultContactId);
  const client = createParticipantClient({
    endpoint,
    connectionToken: token,
    // Quick retries keep fault stories snappy; the backoff maths is core's to test.
    retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 400 },
  });
  return { sim, endpoint, client };
}

/**
 * A simulator for the story being rendered, rebuilt when its options change (a control moved).
 * The story's root carries `data-sim-endpoint`, so a play function finds it with
 * {@link simulatorIn}.
 */
export function useStorySimulator(options: StorySimulatorOptions): StorySimulator {
  const key = JSON.stringify(options);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised options are the identity
  return useMemo(() => createStorySimulator(options), [key]);
}

/** The simulator of the story rendered inside `canvasElement`. */
export function simulatorIn(canvasElement: HTMLElement): ParticipantSimulator {
  const endpoint = canvasElement
    .querySelector<HTMLElement>('[data-sim-endpoint]')
    ?.getAttribute('data-sim-endpoint');
  const sim = endpoint ? getSimulator(endpoint) : undefined;
  if (!sim) throw new Error('This story renders no simulator ([data-sim-endpoint] is missing)');
  return sim;
}
