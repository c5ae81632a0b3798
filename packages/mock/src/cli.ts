#!/usr/bin/env node
/// <reference types="node" />
import { parseArgs } from 'node:util';
import { startSimulatorServer } from './server.js';
import {
  createParticipantSimulator,
  type ParticipantSimulator,
  type ParticipantSimulatorOptions,
} from './simulator.js';

const USAGE = `Usage: connect-transcript-mock [options]

A local Amazon Connect Participant Service (GetTranscript, GetAttachment) for development.

  --port <n>          port to listen on (default 4010; 0 = any free port)
  --host <h>          interface to bind (default 127.0.0.1)
  --seed <n>          seed of the generated chat (default 1)
  --size <n>          number of transcript items (default 500)
  --token <t>         use this ConnectionToken instead of a generated one
  --latency <ms|a-b>  wait before each answer: fixed, or a seeded range like 50-200
  --fault-rate <p>    probability (0-1) of a throttle/500/network-drop fault per request
  --live <ms>         the agent sends a message every <ms> (a live chat to follow)
  --help              show this help
`;

function number(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${value}"`);
  return n;
}

function latency(value: string | undefined): ParticipantSimulatorOptions['latencyMs'] {
  if (value === undefined) return undefined;
  const range = /^(\d+)-(\d+)$/.exec(value);
  if (range) return [Number(range[1]), Number(range[2])];
  return number('latency', value, 0);
}

const LIVE_LINES = [
  'Thanks for waiting, I am still on it.',
  'I can see the order in our system now.',
  'The warehouse confirms it left this morning.',
  'Is there anything else I can check for you?',
];

/** The chat's agent sends a message every `ms` (numbered, so each is new): a chat to follow live. */
function startLiveAgent(
  simulator: ParticipantSimulator,
  ms: number,
): ReturnType<typeof setInterval> {
  const contactId = simulator.defaultContactId;
  const agent = simulator.items(contactId).findLast((i) => i.ParticipantRole === 'AGENT');
  let n = 0;
  return setInterval(() => {
    n++;
    simulator.append(contactId, {
      Type: 'MESSAGE',
      ContentType: 'text/plain',
      Content: `${LIVE_LINES[(n - 1) % LIVE_LINES.length]} (live ${n})`,
      ParticipantRole: 'AGENT',
      ParticipantId: agent?.ParticipantId ?? 'live-agent',
      DisplayName: agent?.DisplayName ?? 'Agent',
    });
  }, ms);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      size: { type: 'string' },
      token: { type: 'string' },
      latency: { type: 'string' },
      'fault-rate': { type: 'string' },
      live: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const faultRate = number('fault-rate', values['fault-rate'], 0);
  const latencyMs = latency(values.latency);
  const simulator = createParticipantSimulator({
    seed: number('seed', values.seed, 1),
    scenario: { size: number('size', values.size, 500) },
    ...(latencyMs === undefined ? {} : { latencyMs }),
    ...(faultRate > 0 ? { faults: { rate: faultRate } } : {}),
  });
  const server = await startSimulatorServer({
    simulator,
    port: number('port', values.port, 4010),
    host: values.host ?? '127.0.0.1',
  });
  // A test tool: printing the simulator's own token is the point.
  const token = simulator.issueToken(
    simulator.defaultContactId,
    values.token ? { token: values.token } : undefined,
  );
  const liveMs = number('live', values.live, 0);
  const live = liveMs > 0 ? startLiveAgent(simulator, liveMs) : undefined;
  process.stdout.write(
    [
      `Participant Service simulator listening on ${server.url}`,
      `  contact id:       ${simulator.defaultContactId}`,
      `  connection token: ${token}`,
      `  items:            ${simulator.items().length}`,
      ...(live ? [`  live:             the agent sends a message every ${liveMs} ms`] : []),
      '',
      'Try:',
      `  curl -s -X POST ${server.url}/participant/transcript \\`,
      `    -H 'Content-Type: application/json' -H 'X-Amz-Bearer: ${token}' \\`,
      `    -d '{"MaxResults":5,"SortOrder":"ASCENDING"}'`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    if (live) clearInterval(live);
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `connect-transcript-mock: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
