import type { ParticipantSimulator } from '@connect-transcript/mock';
import { HttpResponse, http } from 'msw';

/**
 * Stories talk to the Participant Service simulator over real `fetch`, intercepted by MSW's
 * service worker. Every story gets its own simulator behind its own fake origin, so a story that
 * re-renders (new args) never reads another story's chat.
 */
const HOST_SUFFIX = '.sim.connect-transcript.test';
const HOST = /^sim-(\d+)\.sim\.connect-transcript\.test$/;

const simulators = new Map<string, ParticipantSimulator>();
let counter = 0;

/** Puts a simulator behind a fresh origin and returns that origin (the client's `endpoint`). */
export function registerSimulator(sim: ParticipantSimulator): string {
  counter += 1;
  const id = String(counter);
  simulators.set(id, sim);
  return `https://sim-${id}${HOST_SUFFIX}`;
}

/** The simulator behind an origin made by {@link registerSimulator}. */
export function getSimulator(endpoint: string): ParticipantSimulator | undefined {
  const id = HOST.exec(new URL(endpoint).hostname)?.[1];
  return id === undefined ? undefined : simulators.get(id);
}

/** Forgets a simulator (its origin then answers 502). */
export function unregisterSimulator(endpoint: string): void {
  const id = HOST.exec(new URL(endpoint).hostname)?.[1];
  if (id !== undefined) simulators.delete(id);
}

/**
 * The one MSW handler of the book: every request to a `sim-N` origin goes to simulator N's own
 * fetch handler (GetTranscript, GetAttachment, the signed attachment files, CORS preflight).
 */
export const simulatorHandler = http.all(
  ({ request }) => HOST.test(new URL(request.url).hostname),
  async ({ request }) => {
    const id = HOST.exec(new URL(request.url).hostname)?.[1] ?? '';
    const sim = simulators.get(id);
    if (!sim) return new HttpResponse('No simulator behind this origin', { status: 502 });
    try {
      return await sim.handler(request);
    } catch (error) {
      // The simulator drops the connection by rejecting as fetch does: a network error here too.
      if (error instanceof TypeError) return HttpResponse.error();
      throw error;
    }
  },
);
