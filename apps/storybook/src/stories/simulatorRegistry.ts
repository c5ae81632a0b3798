import type { ParticipantSimulator } from '@connect-transcript/mock';
import { HttpResponse, http } from 'msw';

/**
 * Stories talk to the Participant Service simulator over real `fetch`, intercepted by MSW's
 * service worker. Every story gets its own simulator behind its own fake origin, so a story that
 * re-renders (new args) never reads another story's chat. Its signed attachment URLs live on the
 * book's own origin under `/__sim/N/`, so a link opened in a new tab is still answered by MSW.
 */
const HOST_SUFFIX = '.sim.connect-transcript.test';
const HOST = /^sim-(\d+)\.sim\.connect-transcript\.test$/;
const FILES = /^\/__sim\/(\d+)\//;

const simulators = new Map<string, ParticipantSimulator>();
let counter = 0;

/** A fresh simulator id, its API origin and the base URL of its attachment files. */
export function reserveSimulator(): { id: string; endpoint: string; filesBaseUrl: string } {
  counter += 1;
  const id = String(counter);
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  return { id, endpoint: `https://sim-${id}${HOST_SUFFIX}`, filesBaseUrl: `${origin}/__sim/${id}` };
}

/** Puts a simulator behind a reserved id (see {@link reserveSimulator}). */
export function registerSimulator(id: string, sim: ParticipantSimulator): void {
  simulators.set(id, sim);
}

function idOf(url: URL): string | undefined {
  return (
    HOST.exec(url.hostname)?.[1] ??
    (typeof location !== 'undefined' && url.origin === location.origin
      ? FILES.exec(url.pathname)?.[1]
      : undefined)
  );
}

/** The simulator behind an endpoint made by {@link reserveSimulator}. */
export function getSimulator(endpoint: string): ParticipantSimulator | undefined {
  const id = idOf(new URL(endpoint));
  return id === undefined ? undefined : simulators.get(id);
}

/**
 * The one MSW handler of the book: every request to a `sim-N` origin (GetTranscript,
 * GetAttachment, CORS preflight) or to `/__sim/N/…` (the signed attachment files) goes to
 * simulator N's own fetch handler.
 */
export const simulatorHandler = http.all(
  ({ request }) => idOf(new URL(request.url)) !== undefined,
  async ({ request }) => {
    const sim = simulators.get(idOf(new URL(request.url)) ?? '');
    if (!sim) return new HttpResponse('No simulator behind this URL', { status: 502 });
    try {
      return await sim.handler(request);
    } catch (error) {
      // The simulator drops the connection by rejecting as fetch does: a network error here too.
      if (error instanceof TypeError) return HttpResponse.error();
      throw error;
    }
  },
);
