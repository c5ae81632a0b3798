import {
  classifyItem,
  type ItemClass,
  isPersistentHistory,
  itemKey,
  type ParticipantRole,
  type TranscriptItem,
} from '@connect-transcript/core';
import { dateFormat, dayKey, parseTime } from './format.js';

/**
 * One row of the transcript as the view renders it: the item plus everything that depends on
 * its neighbours (grouping, day separator, history marker). Built by {@link buildRows}.
 *
 * @example
 * ```tsx
 * const Message = ({ row }: { row: RowModel }) => (
 *   <p data-mine={row.mine ? '' : undefined}>{row.groupStart && row.item.DisplayName}</p>
 * );
 * ```
 */
export interface RowModel {
  /** Stable key: `itemKey(item)` from core (the `Id`, or the content of an id-less item). */
  readonly key: string;
  readonly item: TranscriptItem;
  /** `classifyItem(item)`. */
  readonly cls: ItemClass;
  /** Sent by the reader (messages and attachments only). */
  readonly mine: boolean;
  /** First of a run of messages by the same participant within `groupGapMs`. */
  readonly groupStart: boolean;
  /** Last of such a run. */
  readonly groupEnd: boolean;
  /** The formatted day when this row starts a new day in `timeZone`, else `null`. */
  readonly daySeparator: string | null;
  /** First row of an earlier contact, or of the current contact right after history. */
  readonly historyStart: boolean;
  /** `isPersistentHistory(item)`: the item belongs to an earlier contact. */
  readonly isHistory: boolean;
  /** Epoch ms of `AbsoluteTime` (`NaN` when absent). */
  readonly time: number;
  /** Calendar day in `timeZone` (`''` when the time is unknown). */
  readonly dayKey: string;
}

/**
 * Options of {@link buildRows}.
 *
 * @example
 * ```ts
 * const options: BuildRowsOptions = { selfRole: 'AGENT', timeZone: 'Asia/Tokyo', locale: 'ja-JP' };
 * ```
 */
export interface BuildRowsOptions {
  /** The reader's `ParticipantId`: items with it are "mine". @default undefined (decide by role) */
  selfParticipantId?: string | undefined;
  /** The reader's role, used when `selfParticipantId` is not given or for history items. @default 'CUSTOMER' */
  selfRole?: ParticipantRole | undefined;
  /** BCP 47 locale of day labels. @default the runtime's */
  locale?: string | undefined;
  /** IANA time zone that decides where days begin. @default the runtime's */
  timeZone?: string | undefined;
  /** Messages further apart than this start a new group. @default 300000 (5 minutes) */
  groupGapMs?: number | undefined;
  /** Custom day label (gets the first item's date). @default weekday, day, month, year via Intl */
  dayLabel?: ((date: Date) => string) | undefined;
  /**
   * "Now", to label today and yesterday with `today`/`yesterday` instead of a date. Without it
   * the labels are absolute, so the output is a pure function of the items. @default undefined
   */
  now?: number | undefined;
  /** Words for today/yesterday when `now` is given. @default { today: 'Today', yesterday: 'Yesterday' } */
  relativeDays?: { today: string; yesterday: string } | undefined;
}

/**
 * The default gap that splits a run of messages into two groups: 5 minutes.
 *
 * @example
 * ```ts
 * buildRows(items, { groupGapMs: 2 * DEFAULT_GROUP_GAP_MS });
 * ```
 */
export const DEFAULT_GROUP_GAP_MS = 300_000;

const isContent = (cls: ItemClass) => cls.kind === 'message' || cls.kind === 'attachment';
const who = (item: TranscriptItem) =>
  item.ParticipantId ?? `${item.ParticipantRole ?? ''}\u0000${item.DisplayName ?? ''}`;
const DAY = 86_400_000;

/**
 * Turns chronological transcript items into rows: decides which side each message is on,
 * groups consecutive messages of one participant, inserts day separators (in `timeZone`,
 * labelled in `locale`) and marks persistent-chat history. O(n); Intl formatters are cached.
 *
 * Pass the previous result as `previous` and every row whose item and neighbours are unchanged
 * keeps its object identity, so memoised rows don't re-render when older pages are prepended
 * or new items appended.
 *
 * @example
 * ```ts
 * const rows = useMemo(
 *   () => (prev.current = buildRows(items, { timeZone: 'Europe/Berlin', locale: 'de-DE' }, prev.current)),
 *   [items],
 * );
 * ```
 */
export function buildRows(
  items: readonly TranscriptItem[],
  options: BuildRowsOptions = {},
  previous?: readonly RowModel[],
): RowModel[] {
  const { selfParticipantId, locale, timeZone } = options;
  const selfRole = options.selfRole ?? 'CUSTOMER';
  const gap = options.groupGapMs ?? DEFAULT_GROUP_GAP_MS;
  const dayFormat = dateFormat('day', locale, timeZone);
  const labelFormat = options.dayLabel ? undefined : dateFormat('date', locale, timeZone);
  const prevByKey = new Map<string, RowModel>();
  if (previous) for (const row of previous) prevByKey.set(row.key, row);
  const zone = timeZone ?? '';
  const reuseDay = previous !== undefined && zoneOf.get(previous) === zone;

  let today = '';
  let yesterday = '';
  if (options.now !== undefined && Number.isFinite(options.now)) {
    today = dayKey(dayFormat, options.now);
    yesterday = dayKey(dayFormat, options.now - DAY);
    // Around DST changes "now - 24h" can land on the same day; step back further then.
    if (yesterday === today) yesterday = dayKey(dayFormat, options.now - DAY - 3_600_000);
  }
  const relative = options.relativeDays ?? { today: 'Today', yesterday: 'Yesterday' };

  const n = items.length;
  const key = new Array<string>(n);
  const cls = new Array<ItemClass>(n);
  const time = new Array<number>(n);
  const day = new Array<string>(n);
  const old = new Array<RowModel | undefined>(n);
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const k = itemKey(item);
    const prev = prevByKey.get(k);
    const same = prev && prev.item === item ? prev : undefined;
    old[i] = same;
    key[i] = k;
    cls[i] = same ? same.cls : classifyItem(item);
    const t = same ? same.time : parseTime(item.AbsoluteTime);
    time[i] = t;
    // The day key depends on the zone: reuse it only if the zone is the one it was made for.
    day[i] = same && reuseDay ? same.dayKey : Number.isNaN(t) ? '' : dayKey(dayFormat, t);
  }

  // A message continues the group of the message before it.
  const continues = (i: number): boolean => {
    if (i === 0) return false;
    const a = items[i - 1]!;
    const b = items[i]!;
    if (!isContent(cls[i]!) || !isContent(cls[i - 1]!)) return false;
    if (who(a) !== who(b) || isPersistentHistory(a) !== isPersistentHistory(b)) return false;
    if (a.RelatedContactId !== b.RelatedContactId) return false;
    if (day[i] !== '' && day[i - 1] !== '' && day[i] !== day[i - 1]) return false;
    const dt = time[i]! - time[i - 1]!;
    return Number.isNaN(dt) || dt <= gap;
  };

  const rows = new Array<RowModel>(n);
  let lastDay = '';
  let nextContinues = n > 0 && continues(0);
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const c = cls[i]!;
    const thisContinues = nextContinues;
    nextContinues = i + 1 < n && continues(i + 1);
    const isHistory = isPersistentHistory(item);
    const before = i > 0 ? items[i - 1] : undefined;
    const historyStart = isHistory
      ? !before || !isPersistentHistory(before) || before.RelatedContactId !== item.RelatedContactId
      : before !== undefined && isPersistentHistory(before);
    const d = day[i]!;
    let daySeparator: string | null = null;
    if (d !== '' && d !== lastDay) {
      daySeparator =
        d === today
          ? relative.today
          : d === yesterday
            ? relative.yesterday
            : options.dayLabel
              ? options.dayLabel(new Date(time[i]!))
              : labelFormat!.format(time[i]!);
    }
    if (d !== '') lastDay = d;
    const mine =
      isContent(c) &&
      (selfParticipantId !== undefined && item.ParticipantId !== undefined && !isHistory
        ? item.ParticipantId === selfParticipantId
        : item.ParticipantRole === selfRole);
    const groupStart = !thisContinues;
    const groupEnd = !nextContinues;
    const prev = old[i];
    rows[i] =
      prev &&
      prev.mine === mine &&
      prev.groupStart === groupStart &&
      prev.groupEnd === groupEnd &&
      prev.daySeparator === daySeparator &&
      prev.historyStart === historyStart &&
      prev.dayKey === d
        ? prev
        : {
            key: key[i]!,
            item,
            cls: c,
            mine,
            groupStart,
            groupEnd,
            daySeparator,
            historyStart,
            isHistory,
            time: time[i]!,
            dayKey: d,
          };
  }
  zoneOf.set(rows, zone);
  return rows;
}

// Which zone a result's day keys were computed in, so a zone change recomputes them.
const zoneOf = new WeakMap<readonly RowModel[], string>();

/**
 * The `Id` of the reader's last message or attachment, where "Delivered"/"Read" is shown.
 *
 * @example
 * ```ts
 * const ctx = createRenderContext({ receipts, lastOwnMessageId: lastOwnMessageId(rows) });
 * ```
 */
export function lastOwnMessageId(rows: readonly RowModel[]): string | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.mine && !row.isHistory) return row.item.Id;
  }
  return undefined;
}
