import type { Stat } from './stats.js';

export interface BenchResult {
  readonly date: string;
  readonly durationS: number;
  readonly rounds: number;
  readonly machine: { cpus: number; cpuModel: string; memGiB: number; node: string };
  readonly chromium: string;
  readonly commit: string;
  readonly versions: Record<string, string>;
  readonly errors: readonly string[];
  readonly contenders: Record<string, Record<string, Stat>>;
}

/** The view's contender key; every other one is a peer (or the naive baseline). */
const OURS = 'transcript-view';

const NAMES: Record<string, string> = {
  'transcript-view': 'TranscriptView',
  virtuoso: 'react-virtuoso',
  tanstack: 'TanStack Virtual',
  virtua: 'virtua',
  'message-scroller': 'shadcn MessageScroller',
  naive: 'naive map',
};

/** The figures in the table: key, label, decimals. Lower is better for all of them. */
const ROWS: readonly [string, string, number][] = [
  ['mount1kMs', 'mount → bottom painted, 1,000 items (ms)', 1],
  ['mount10kMs', 'mount → bottom painted, 10,000 items (ms)', 1],
  ['mountLongTaskMs', 'long tasks during 10k mount (ms)', 0],
  ['prependMs', 'prepend 100 → final frame painted (ms)', 1],
  ['prependFrames', 'prepend 100 → frames until final', 0],
  ['prependSyncMs', 'prepend 100 → commit + layout, sync (ms)', 2],
  ['prependDriftMiddle', 'prepend 100: middle-row drift (px)', 1],
  ['wheelMaxDrift', 'wheel scroll-back + page loads: max drift (px)', 1],
  ['wheelSumDrift', 'wheel scroll-back + page loads: total drift (px)', 1],
  ['wheelPageLoads', 'wheel scroll-back: pages loaded', 0],
  ['wheelLongTaskMs', 'long tasks during wheel scroll-back (ms)', 0],
  ['growDriftTop', 'late growth: top-row drift (px)', 1],
  ['growDriftMiddle', 'late growth: middle-row drift (px)', 1],
  ['appendUpDriftTop', 'live appends scrolled up: top-row drift (px)', 1],
  ['appendUpDriftMiddle', 'live appends scrolled up: middle-row drift (px)', 1],
  ['appendBottomGapFirstFrame', 'live appends at bottom: gap, first frame (px)', 1],
  ['appendBottomGap', 'live appends at bottom: gap, settled (px)', 1],
  ['domElements', 'DOM elements, 10,000 items (document)', 0],
  ['rowsInDom', 'rows in the DOM, 10,000 items', 0],
  [
    'heapMB',
    'JS heap + ArrayBuffers the view keeps, 10,000 items (MiB, after GC, minus before mount)',
    2,
  ],
  ['mount100kMs', 'mount → bottom painted, 100,000 items (ms; windowed contenders)', 1],
  ['mountLongTaskMs100k', 'long tasks during 100k mount (ms)', 0],
  ['domElements100k', 'DOM elements, 100,000 items (document)', 0],
  ['heap100kMB', 'JS heap + ArrayBuffers the view keeps, 100,000 items (MiB)', 2],
  ['prepend100kMs', 'prepend 100 at 100,000 loaded → final frame (ms)', 1],
  ['prepend100kSyncMs', 'prepend 100 at 100,000 loaded → sync (ms)', 2],
  ['prepend100kDriftMiddle', 'prepend 100 at 100,000 loaded: middle-row drift (px)', 1],
  ['flickDrift', 'flick scroll-back (8 fast wheel steps): drift after the input (px)', 1],
  ['pageUpDrift', 'PageUp ×10 scroll-back: drift after the input (px)', 1],
  ['streamBottomGap', 'reply streaming in at the bottom: gap from the end (px)', 1],
  ['streamAboveDriftTop', 'reply streaming in above the view: top-row drift (px)', 1],
  ['streamAboveDriftMiddle', 'reply streaming in above the view: middle-row drift (px)', 1],
  ['hostileMountMs', 'hostile content (1,000 items, every 10th 16 KiB): mount → painted (ms)', 1],
  ['hostileMountLongTaskMs', 'hostile content: long tasks during mount (ms)', 0],
  ['hostileScrollLongTaskMs', 'hostile content: long tasks scrolling through it (ms)', 0],
  ['jsGzipKiB', 'JS, gzip (KiB, page total incl. React)', 1],
  ['cssGzipKiB', 'CSS, gzip (KiB)', 2],
];

const DRIFTS = [
  'prependDriftMiddle',
  'wheelMaxDrift',
  'growDriftTop',
  'growDriftMiddle',
  'appendUpDriftTop',
  'appendUpDriftMiddle',
  'appendBottomGap',
  'prepend100kDriftMiddle',
  'flickDrift',
  'pageUpDrift',
  'streamBottomGap',
  'streamAboveDriftTop',
  'streamAboveDriftMiddle',
];

const fmt = (v: number | null | undefined, d: number) =>
  v === null || v === undefined ? '—' : v === Number.POSITIVE_INFINITY ? 'lost' : v.toFixed(d);

function cell(s: Stat | undefined, d: number): string {
  if (!s) return '—';
  if (s.median === null) return s.lost > 0 ? 'lost' : '—';
  const spread = s.min !== s.max ? ` (${fmt(s.min, d)}–${fmt(s.max, d)})` : '';
  const lost = s.lost > 0 ? `, lost in ${s.lost}/${s.values.length}` : '';
  return `${fmt(s.median, d)}${spread}${lost}`;
}

const med = (r: BenchResult, c: string, k: string): number | null =>
  r.contenders[c]?.[k]?.median ?? null;
const worst = (r: BenchResult, c: string, k: string): number | null => {
  const s = r.contenders[c]?.[k];
  if (s && s.lost > 0) return Number.POSITIVE_INFINITY;
  if (!s || s.min === null || s.max === null) return null;
  return Math.max(Math.abs(s.min), Math.abs(s.max));
};

/** The peer with the lowest median of `k` (the naive list is a baseline, not a peer). */
function fastestPeer(r: BenchResult, k: string): { name: string; value: number } | null {
  let best: { name: string; value: number } | null = null;
  for (const c of Object.keys(r.contenders)) {
    if (c === OURS || c === 'naive') continue;
    const v = med(r, c, k);
    if (v !== null && (best === null || v < best.value)) best = { name: c, value: v };
  }
  return best;
}

function ratio(a: number | null, b: number | null): string {
  if (a === null || b === null) return '—';
  if (b === 0) return a === 0 ? '1.00×' : '∞';
  return `${(a / b).toFixed(2)}×`;
}

/**
 * How a timing goal reads round by round: ours ÷ the peer's in each round (the two were measured
 * minutes apart, in the same state of the machine), and in how many rounds the goal held. Empty
 * when a round of either lacks the figure (the values would not pair up).
 */
function perRound(r: BenchResult, k: string, peer: string | undefined, limit: number): string {
  const a = r.contenders[OURS]?.[k]?.values ?? [];
  const b = (peer && r.contenders[peer]?.[k]?.values) || [];
  if (a.length < 2 || a.length !== r.rounds || b.length !== r.rounds) return '';
  const ratios: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || x === undefined || y === null || y === undefined || y <= 0) return '';
    ratios.push(x / y);
  }
  ratios.sort((p, q) => p - q);
  const held = ratios.filter((x) => x <= limit).length;
  return ` (per round ${ratios[0]!.toFixed(2)}–${ratios[ratios.length - 1]!.toFixed(2)}×, within the goal in ${held} of ${ratios.length})`;
}

/** In how many rounds our figure `k` was 0 (no long task at all, say). */
function roundsWithout(r: BenchResult, k: string): string {
  const v = r.contenders[OURS]?.[k]?.values.filter((x) => x !== null) ?? [];
  return v.length > 1 ? ` (none in ${v.filter((x) => x === 0).length} of ${v.length} rounds)` : '';
}

/** The markdown report: context, the figures table with ratios, and the goals. */
export function renderMarkdown(r: BenchResult): string {
  const cols = Object.keys(r.contenders);
  const lines: string[] = [];
  lines.push(`## Benchmark — ${r.date.slice(0, 16).replace('T', ' ')} UTC`);
  lines.push('');
  lines.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memGiB} GiB · Node ${r.machine.node} · Chromium ${r.chromium} (headless) · commit ${r.commit} · ${r.rounds} rounds, interleaved, fresh context per measurement · ${r.durationS} s`,
  );
  lines.push('');
  lines.push(
    `Versions: ${Object.entries(r.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
  );
  lines.push('');
  lines.push(
    'Median of the rounds (min–max). Lower is better everywhere. Drifts are absolute px; "lost": the anchor row left the DOM (it was moved out of the rendered range).',
  );
  lines.push('');
  const head = ['figure', ...cols.map((c) => NAMES[c] ?? c)];
  const hasOurs = cols.includes(OURS);
  if (hasOurs) head.push('ours ÷ virtuoso', 'ours ÷ TanStack', 'ours ÷ best peer');
  lines.push(`| ${head.join(' | ')} |`);
  lines.push(`|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const [key, label, d] of ROWS) {
    if (!cols.some((c) => r.contenders[c]?.[key])) continue;
    const row = [label, ...cols.map((c) => cell(r.contenders[c]?.[key], d))];
    if (hasOurs) {
      row.push(
        ratio(med(r, OURS, key), med(r, 'virtuoso', key)),
        ratio(med(r, OURS, key), med(r, 'tanstack', key)),
        (() => {
          const best = fastestPeer(r, key);
          return best
            ? `${ratio(med(r, OURS, key), best.value)} (${NAMES[best.name] ?? best.name})`
            : '—';
        })(),
      );
    }
    lines.push(`| ${row.join(' | ')} |`);
  }
  if (hasOurs) {
    lines.push('');
    lines.push('### Goals');
    lines.push('');
    const goal = (ok: boolean | null, text: string) =>
      lines.push(`- ${ok === null ? '❔' : ok ? '✅' : '❌'} ${text}`);
    const m = med(r, OURS, 'mount10kMs');
    const mb = fastestPeer(r, 'mount10kMs');
    goal(
      m !== null && mb ? m <= 0.8 * mb.value : null,
      `mount → paint at 10,000 items ≤ 0.8× the fastest peer (${mb ? NAMES[mb.name] : '—'}): ${ratio(m, mb?.value ?? null)}${perRound(r, 'mount10kMs', mb?.name, 0.8)}`,
    );
    const lt = med(r, OURS, 'mountLongTaskMs');
    goal(
      lt === null ? null : lt <= 50,
      `no long task > 50 ms during the 10k mount: ${fmt(lt, 0)} ms of long tasks${roundsWithout(r, 'mountLongTaskMs')}`,
    );
    const p = med(r, OURS, 'prependMs');
    const pb = fastestPeer(r, 'prependMs');
    goal(
      p !== null && pb ? p <= pb.value : null,
      `prepend → paint ≤ 1.0× the fastest peer (${pb ? NAMES[pb.name] : '—'}): ${ratio(p, pb?.value ?? null)}${perRound(r, 'prependMs', pb?.name, 1)}`,
    );
    const psync = med(r, OURS, 'prependSyncMs');
    const psb = fastestPeer(r, 'prependSyncMs');
    goal(
      psync !== null && psb ? psync <= 1.5 * psb.value : null,
      `prepend's synchronous work ≤ 1.5× the fastest peer (${psb ? NAMES[psb.name] : '—'}): ${ratio(psync, psb?.value ?? null)}${perRound(r, 'prependSyncMs', psb?.name, 1.5)}`,
    );
    const pf = r.contenders[OURS]?.prependFrames?.max ?? null;
    const ps = med(r, OURS, 'prependSyncMs');
    goal(
      pf !== null && ps !== null ? pf <= 1 && ps < 16.7 : null,
      `prepend under one frame: final state in frame ${fmt(pf, 0)} (worst round), sync work ${fmt(ps, 2)} ms`,
    );
    for (const k of DRIFTS) {
      const w = worst(r, OURS, k);
      const peers = cols.filter((c) => c !== OURS && (worst(r, c, k) ?? 0) > 1);
      const label = ROWS.find((x) => x[0] === k)?.[1] ?? k;
      goal(
        w === null ? null : w <= 1,
        `${label}: ours ${fmt(w, 1)} px worst round (peers drifting > 1 px: ${peers.map((c) => NAMES[c]).join(', ') || 'none'})`,
      );
    }
    const dom = med(r, OURS, 'domElements');
    goal(dom === null ? null : dom <= 100, `DOM ≤ 100 elements at 10,000 items: ${fmt(dom, 0)}`);
    const h = med(r, OURS, 'heapMB');
    const ht = med(r, 'tanstack', 'heapMB');
    goal(
      h !== null && ht !== null ? h <= ht : null,
      `JS heap ≤ 1.0× TanStack Virtual: ${ratio(h, ht)}`,
    );
    const h100 = med(r, OURS, 'heap100kMB');
    const ht100 = med(r, 'tanstack', 'heap100kMB');
    goal(
      h100 !== null && ht100 !== null ? h100 <= 0.5 * ht100 : null,
      `JS heap at 100,000 items ≤ 0.5× TanStack Virtual: ${ratio(h100, ht100)}`,
    );
  }
  if (r.errors.length > 0) {
    lines.push('');
    lines.push('### Failed measurements');
    lines.push('');
    for (const e of r.errors) lines.push(`- ${e}`);
  }
  lines.push('');
  return lines.join('\n');
}
