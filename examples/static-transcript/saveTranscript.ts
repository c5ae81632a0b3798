// How src/transcript.json was made: once a chat has ended, page through the whole transcript with
// the core client and save the items. Here the chat is the simulator's (seeded, so the file is
// reproducible); with a real chat, pass `region` and the ConnectionToken instead of
// `endpoint`/`fetch` — and save the file before the token expires.
//
//   node --experimental-transform-types --conditions=@connect-transcript/source \
//     --import ../../packages/mock/src/test/ts-hooks.mjs saveTranscript.ts > src/transcript.json

import type { TranscriptItem } from '@connect-transcript/core';
import { createParticipantClient, paginateTranscript } from '@connect-transcript/core';
import { createParticipantSimulator, generateTranscript } from '@connect-transcript/mock';

const chat = generateTranscript({
  seed: 21,
  size: 80,
  attachments: false,
  persistentHistory: false,
  ended: true,
  startTime: '2026-11-20T14:02:00.000Z',
});
const sim = createParticipantSimulator({ chats: [chat] });
const client = createParticipantClient({
  endpoint: 'https://participant.sim.local',
  connectionToken: sim.issueToken(),
  fetch: sim.handler,
});

const items: TranscriptItem[] = [];
for await (const page of paginateTranscript(client, {
  MaxResults: 100,
  SortOrder: 'ASCENDING',
  ScanDirection: 'BACKWARD',
})) {
  items.push(...(page.Transcript ?? []));
}
process.stdout.write(
  `${JSON.stringify({ InitialContactId: chat.contactId, Transcript: items }, null, 2)}\n`,
);
