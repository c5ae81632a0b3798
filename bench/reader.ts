/**
 * `pnpm --filter @connect-transcript/bench reader`: what the reader tools cost on a 10,000-item
 * chat in Node (no browser): `exportTranscript` in each format, `searchTranscript` and
 * `unreadFromItems`, median of 9 runs after a warm-up, with the heap each call allocates
 * (measured between two forced collections: the most the call can have held at once). Set
 * against `JSON.stringify` of the same items (what "save the items" costs) in the same run.
 * Writes results/reader.md and results/reader.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  exportTranscript,
  searchTranscript,
  type TranscriptItem,
  unreadFromItems,
} from '@connect-transcript/core';
import { createParticipantSimulator, generateTranscript } from '@connect-transcript/mock';

const here = dirname(fileURLToPath(import.meta.url));
const SIZE = Number(process.env.BENCH_READER_SIZE ?? 10_000);
const REPS = Number(process.env.BENCH_READER_REPS ?? 9);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc (the script in package.json does)');

const chat = generateTranscript({ seed: 11, size: SIZE, persistentHistory: 2, ended: true });
const items: TranscriptItem[] = createParticipantSimulator({ seed: 11, chats: [chat] }).items();

interface Row {
  readonly name: string;
  readonly ms: number;
  readonly heapMiB: number;
  readonly outKiB: number;
}

function measure(name: string, run: () => unknown, fresh?: () => void): Row {
  fresh?.();
  run(); // warm-up
  const times: number[] = [];
  let heap = 0;
  let out = 0;
  for (let i = 0; i < REPS; i++) {
    fresh?.();
    gc!();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const result = run();
    times.push(performance.now() - t0);
    // Nothing collected since `before` (a forced collection first): what the call allocated.
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    out = typeof result === 'string' ? result.length : out;
  }
  times.sort((a, b) => a - b);
  return { name, ms: times[Math.floor(REPS / 2)]!, heapMiB: heap / 2 ** 20, outKiB: out / 1024 };
}

let cold: TranscriptItem[] = items;
const rows = [
  measure('JSON.stringify(items) (the reference)', () => JSON.stringify(items)),
  measure("exportTranscript(items, { format: 'text' })", () =>
    exportTranscript(items, { locale: 'en-GB', timeZone: 'UTC' }),
  ),
  measure("exportTranscript(items, { format: 'markdown' })", () =>
    exportTranscript(items, { format: 'markdown', locale: 'en-GB', timeZone: 'UTC' }),
  ),
  measure("exportTranscript(items, { format: 'html' })", () =>
    exportTranscript(items, { format: 'html', locale: 'en-GB', timeZone: 'UTC' }),
  ),
  // The first search folds every item's texts; later ones (the reader typing on) reuse them.
  measure(
    "searchTranscript(items, 'order'), first search",
    () => searchTranscript(cold, 'order'),
    () => {
      cold = structuredClone(items);
    },
  ),
  measure("searchTranscript(items, 'order'), typing on", () => searchTranscript(items, 'order')),
  measure("searchTranscript(items, 'zzz-not-there')", () =>
    searchTranscript(items, 'zzz-not-there'),
  ),
  measure('unreadFromItems(items, customer)', () =>
    unreadFromItems(
      items,
      items.find((i) => i.ParticipantRole === 'CUSTOMER')?.ParticipantId ?? '',
    ),
  ),
];

const ref = rows[0]!;
const lines = [
  `# Reader tools bench (${new Date().toISOString().slice(0, 10)})`,
  '',
  `A ${items.length.toLocaleString('en')}-item chat (generated, seed 11: messages, events, attachments, interactive messages, receipts, two earlier contacts), Node ${process.version}, median of ${REPS} runs; heap: the most one call allocated (between forced collections).`,
  '',
  '| call | ms | ÷ JSON.stringify | heap (MiB) | output (KiB) |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.ms.toFixed(1)} | ${(r.ms / ref.ms).toFixed(2)}× | ${r.heapMiB.toFixed(1)} | ${r.outKiB ? r.outKiB.toFixed(0) : '—'} |`,
  ),
  '',
];
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'reader.md'), lines.join('\n'));
writeFileSync(
  join(here, 'results', 'reader.json'),
  `${JSON.stringify({ size: items.length, rows }, null, 2)}\n`,
);
console.log(lines.join('\n'));
