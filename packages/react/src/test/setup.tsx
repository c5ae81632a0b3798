import { createParticipantClient, type ParticipantClient } from '@connect-transcript/core';
import {
  createParticipantSimulator,
  type ParticipantSimulator,
  type ParticipantSimulatorOptions,
} from '@connect-transcript/mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';

/** One fetch call seen by the recording wrapper around the simulator's handler. */
export interface SeenCall {
  readonly url: string;
  readonly token: string | null;
  readonly signal: AbortSignal | undefined;
  readonly body: Record<string, unknown>;
}

/** A simulator, a core client on it (short retry delays), and every fetch the client made. */
export interface Harness {
  readonly sim: ParticipantSimulator;
  readonly token: string;
  readonly client: ParticipantClient;
  readonly calls: SeenCall[];
  readonly queryClient: QueryClient;
  readonly wrapper: (props: { children: ReactNode }) => ReactNode;
  /** GetTranscript requests the simulator answered. */
  transcriptRequests(): readonly { input: unknown; status: number }[];
}

export function setup(
  options: ParticipantSimulatorOptions & {
    strict?: boolean;
    connectionToken?: () => string;
  } = {},
): Harness {
  const { strict, connectionToken, ...simOptions } = options;
  const sim = createParticipantSimulator({ seed: 1, scenario: { size: 200 }, ...simOptions });
  const token = sim.issueToken(sim.defaultContactId);
  const calls: SeenCall[] = [];
  const client = createParticipantClient({
    endpoint: 'https://participant.sim.local',
    connectionToken: connectionToken ?? token,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    fetch: (url, init) => {
      const headers = new Headers(init.headers);
      calls.push({
        url,
        token: headers.get('x-amz-bearer'),
        signal: init.signal ?? undefined,
        body: JSON.parse(String(init.body)) as Record<string, unknown>,
      });
      return sim.handler(url, init);
    },
  });
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return {
    sim,
    token,
    client,
    calls,
    queryClient,
    wrapper,
    transcriptRequests: () => sim.requests.filter((r) => r.operation === 'GetTranscript'),
  };
}
