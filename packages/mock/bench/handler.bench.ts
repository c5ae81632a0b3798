/**
 * How long one GetTranscript page takes through the fetch handler, on a 100,000-item chat
 * (request parsing, auth, validation, the indexed page, JSON and the Response included).
 *
 *   node --experimental-transform-types --no-warnings --conditions=@connect-transcript/source \
 *     --import ./src/test/ts-hooks.mjs bench/handler.bench.ts
 */
import { generateTranscript } from '../src/generator.js';
import { createParticipantSimulator } from '../src/simulator.js';

const SIZE = 100_000;
const RUNS = 2_000;

const t0 = performance.now();
const chat = generateTranscript({ seed: 1, size: SIZE });
const sim = createParticipantSimulator({ chats: [chat] });
const setupMs = performance.now() - t0;
const token = sim.issueToken();
const all = sim.items();

async function page(body: unknown): Promise<number> {
  const start = performance.now();
  const response = await sim.handler('https://participant.sim.local/participant/transcript', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-amz-bearer': token },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - start;
  if (response.status !== 200 || !text.includes('NextToken'))
    throw new Error(`bad page: ${response.status}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

const scenarios: Record<string, (i: number) => unknown> = {
  'newest page (BACKWARD, no StartPosition)': () => ({ MaxResults: 100 }),
  'page at an item Id in the middle (FORWARD)': (i) => ({
    MaxResults: 100,
    StartPosition: { Id: all[(i * 7919) % (SIZE - 100)]!.Id },
  }),
  'page at an AbsoluteTime (binary search)': (i) => ({
    MaxResults: 100,
    StartPosition: { AbsoluteTime: all[(i * 7919) % (SIZE - 1000)]!.AbsoluteTime },
  }),
};

console.log(`setup: generated and indexed ${SIZE} items in ${setupMs.toFixed(0)} ms`);
for (const [name, body] of Object.entries(scenarios)) {
  for (let i = 0; i < 200; i++) await page(body(i)); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await page(body(i)));
  console.log(
    `${name}: median ${(median(times) * 1000).toFixed(0)} µs, p95 ${(p95(times) * 1000).toFixed(0)} µs (${RUNS} runs)`,
  );
}
