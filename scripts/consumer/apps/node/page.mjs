// A Node ESM script: pages a whole chat from the simulator's HTTP server with the core client.
// Usage: node page.mjs <endpoint> <connectionToken>; prints { pages, items, newestMessageId } as JSON.
import { createParticipantClient, paginateTranscript } from '@connect-transcript/core';

const [endpoint, connectionToken] = process.argv.slice(2);
const client = createParticipantClient({ endpoint, connectionToken });
let pages = 0;
const ids = new Set();
let newestMessageId;
for await (const page of paginateTranscript(client, { MaxResults: 50, SortOrder: 'DESCENDING' })) {
  pages++;
  for (const item of page.Transcript) {
    ids.add(item.Id);
    if (newestMessageId === undefined && item.Type === 'MESSAGE') newestMessageId = item.Id;
  }
}
process.stdout.write(`${JSON.stringify({ pages, items: ids.size, newestMessageId })}\n`);
