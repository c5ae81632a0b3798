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
const DAY = 86_400_000;

/** What a row needs from one item alone (for one time zone): computed once per item object. */
interface Facts {
  readonly key: string;
  readonly cls: ItemClass;
  readonly time: number;
  readonly day: string;
  readonly isHistory: boolean;
  /** Who sent it, for grouping. */
  readonly who: string;
}

/** Everything a row list shares with the next one while the options stay the same. */
interface Shared {
  readonly options: BuildRowsOptions;
  readonly selfRole: ParticipantRole;
  readonly gap: number;
  readonly facts: WeakMap<TranscriptItem, Facts>;
  /** The latest row built for an item: reused while its item and neighbours are unchanged. */
  readonly rows: WeakMap<TranscriptItem, RowModel>;
  dayFormat?: Intl.DateTimeFormat;
  relative?: { readonly today: string; readonly yesterday: string };
}

const OPTION_KEYS = [
  'selfParticipantId',
  'selfRole',
  'locale',
  'timeZone',
  'groupGapMs',
  'dayLabel',
  'now',
  'relativeDays',
] as const satisfies readonly (keyof BuildRowsOptions)[];

const sameOptions = (a: BuildRowsOptions, b: BuildRowsOptions): boolean =>
  OPTION_KEYS.every((k) => Object.is(a[k], b[k]));

function createShared(options: BuildRowsOptions): Shared {
  return {
    options,
    selfRole: options.selfRole ?? 'CUSTOMER',
    gap: options.groupGapMs ?? DEFAULT_GROUP_GAP_MS,
    facts: new WeakMap(),
    rows: new WeakMap(),
  };
}

const dayFormatOf = (s: Shared): Intl.DateTimeFormat =>
  (s.dayFormat ??= dateFormat('day', s.options.locale, s.options.timeZone));

/** Day keys of today and yesterday when `now` is given (else never equal to a day key). */
function relativeDaysOf(s: Shared): { readonly today: string; readonly yesterday: string } {
  if (s.relative) return s.relative;
  const now = s.options.now;
  let today = '\u0000';
  let yesterday = '\u0000';
  if (now !== undefined && Number.isFinite(now)) {
    const format = dayFormatOf(s);
    today = dayKey(format, now);
    yesterday = dayKey(format, now - DAY);
    // Around DST changes "now - 24h" can land on the same day; step back further then.
    if (yesterday === today) yesterday = dayKey(format, now - DAY - 3_600_000);
  }
  s.relative = { today, yesterday };
  return s.relative;
}

function factsOf(s: Shared, item: TranscriptItem): Facts {
  let f = s.facts.get(item);
  if (!f) {
    const time = parseTime(item.AbsoluteTime);
    f = {
      key: itemKey(item),
      cls: classifyItem(item),
      time,
      day: Number.isNaN(time) ? '' : dayKey(dayFormatOf(s), time),
      isHistory: isPersistentHistory(item),
      who: item.ParticipantId ?? `${item.ParticipantRole ?? ''}\u0000${item.DisplayName ?? ''}`,
    };
    s.facts.set(item, f);
  }
  return f;
}

/** Whether item `b` continues the message group of item `a` right before it. */
function continues(s: Shared, a: TranscriptItem, fa: Facts, b: TranscriptItem, fb: Facts) {
  if (!isContent(fa.cls) || !isContent(fb.cls)) return false;
  if (fa.who !== fb.who || fa.isHistory !== fb.isHistory) return false;
  if (a.RelatedContactId !== b.RelatedContactId) return false;
  if (fa.day !== '' && fb.day !== '' && fa.day !== fb.day) return false;
  const dt = fb.time - fa.time;
  return Number.isNaN(dt) || dt <= s.gap;
}

/**
 * Whether the reader is the sender: by `selfParticipantId` when both ids are known and the item is
 * of this contact (history items carry an earlier contact's ids), else by role. Cheap: no facts.
 */
function sentBySelf(s: Shared, item: TranscriptItem, isHistory: boolean): boolean {
  const self = s.options.selfParticipantId;
  return self !== undefined && item.ParticipantId !== undefined && !isHistory
    ? item.ParticipantId === self
    : item.ParticipantRole === s.selfRole;
}

/** Whether the reader sent this item (messages and attachments only). */
function isMine(s: Shared, item: TranscriptItem, f: Facts): boolean {
  return isContent(f.cls) && sentBySelf(s, item, f.isHistory);
}

/**
 * The rows of a list of items, built on demand: a row is made when it is first asked for (the
 * rows on screen), from its item and its neighbours only. What {@link buildRows} returns, without
 * touching the rows nobody renders — so opening a 10,000-item transcript builds a screenful.
 *
 * @example
 * ```ts
 * const list = createRowList(items, { timeZone: 'UTC' }, previousList);
 * const newest = list.at(list.length - 1);
 * ```
 */
export interface RowList {
  readonly length: number;
  /** The row of `items[index]` (same object on every call; reused from the previous list when unchanged). */
  at(index: number): RowModel;
  /** `itemKey(items[index])`, without building the row. */
  keyAt(index: number): string;
  /**
   * The index of the row with this key. The `hints` (likely places, e.g. where it was before a
   * prepend) are checked first, O(1) each; otherwise a key map is built once for this list.
   */
  indexOf(key: string, ...hints: number[]): number | undefined;
  /** {@link lastOwnMessageId} of these rows, found from the items alone. */
  lastOwnMessageId(): string | undefined;
}

/**
 * Makes a {@link RowList}. Pass the previous list and, while the options are equal, item facts
 * and unchanged row objects carry over (so memoised rows don't re-render after a prepend).
 *
 * @example
 * ```ts
 * const list = useMemo(() => (prev.current = createRowList(items, options, prev.current)), [items]);
 * ```
 */
export function createRowList(
  items: readonly TranscriptItem[],
  options: BuildRowsOptions = {},
  previous?: RowList,
): RowList {
  const prevShared = previous ? sharedOf.get(previous) : undefined;
  const s =
    prevShared && sameOptions(prevShared.options, options) ? prevShared : createShared(options);
  return makeList(items, s);
}

function makeList(items: readonly TranscriptItem[], s: Shared): RowList {
  const n = items.length;
  const built: (RowModel | undefined)[] = [];
  // lastDay[i]: the day of the nearest earlier item with a time ('' when none), once found.
  const lastDay: (string | undefined)[] = [];
  let byKey: Map<string, number> | undefined;
  let ownId: { id: string | undefined } | undefined;

  const facts = (i: number) => factsOf(s, items[i]!);
  // The day of the nearest earlier item that has a time ('' when none), remembered per index.
  const dayBefore = (i: number): string => {
    const known = lastDay[i];
    if (known !== undefined) return known;
    let j = i - 1;
    let day = '';
    for (; j >= 0; j--) {
      const d = facts(j).day || lastDay[j];
      if (d) {
        day = d;
        break;
      }
      if (d === '') break; // j has no time and nothing before it has one
    }
    // Every index after j up to i sees the same day (nothing in between has a time).
    for (let k = j + 1; k <= i; k++) lastDay[k] = day;
    return day;
  };

  const build = (i: number): RowModel => {
    const item = items[i]!;
    const f = facts(i);
    const before = i > 0 ? items[i - 1] : undefined;
    const fb = before && facts(i - 1);
    const after = i + 1 < n ? items[i + 1] : undefined;
    const groupStart = !(before && fb && continues(s, before, fb, item, f));
    const groupEnd = !(after && continues(s, item, f, after, facts(i + 1)));
    const historyStart = f.isHistory
      ? !before || !fb?.isHistory || before.RelatedContactId !== item.RelatedContactId
      : fb?.isHistory === true;
    let daySeparator: string | null = null;
    if (f.day !== '' && f.day !== dayBefore(i)) {
      const { options } = s;
      const rel = relativeDaysOf(s);
      const words = options.relativeDays ?? { today: 'Today', yesterday: 'Yesterday' };
      daySeparator =
        f.day === rel.today
          ? words.today
          : f.day === rel.yesterday
            ? words.yesterday
            : options.dayLabel
              ? options.dayLabel(new Date(f.time))
              : dateFormat('date', options.locale, options.timeZone).format(f.time);
    }
    const mine = isMine(s, item, f);
    const prev = s.rows.get(item);
    if (
      prev &&
      prev.key === f.key &&
      prev.mine === mine &&
      prev.groupStart === groupStart &&
      prev.groupEnd === groupEnd &&
      prev.daySeparator === daySeparator &&
      prev.historyStart === historyStart &&
      prev.dayKey === f.day
    ) {
      return prev;
    }
    const row: RowModel = {
      key: f.key,
      item,
      cls: f.cls,
      mine,
      groupStart,
      groupEnd,
      daySeparator,
      historyStart,
      isHistory: f.isHistory,
      time: f.time,
      dayKey: f.day,
    };
    s.rows.set(item, row);
    return row;
  };

  const list: RowList = {
    length: n,
    at(i) {
      if (!(i >= 0 && i < n)) throw new RangeError(`Row ${i} is outside 0..${n - 1}`);
      let row = built[i];
      if (!row) {
        row = build(i);
        built[i] = row;
      }
      return row;
    },
    keyAt(i) {
      const item = items[i];
      if (!item) throw new RangeError(`Row ${i} is outside 0..${n - 1}`);
      return item.Id ?? factsOf(s, item).key;
    },
    indexOf(key, ...hints) {
      for (const i of hints) if (i >= 0 && i < n && list.keyAt(i) === key) return i;
      if (!byKey) {
        byKey = new Map();
        for (let i = 0; i < n; i++) byKey.set(list.keyAt(i), i);
      }
      return byKey.get(key);
    },
    lastOwnMessageId() {
      if (!ownId) {
        ownId = { id: undefined };
        // The sender first (most items are someone else's), so few items are classified.
        for (let i = n - 1; i >= 0; i--) {
          const item = items[i]!;
          if (isPersistentHistory(item) || !sentBySelf(s, item, false)) continue;
          if (isContent(facts(i).cls)) {
            ownId.id = item.Id;
            break;
          }
        }
      }
      return ownId.id;
    },
  };
  sharedOf.set(list, s);
  return list;
}

// The shared state of each list, for the next list made from it.
const sharedOf = new WeakMap<RowList, Shared>();

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
  const s = createShared(options);
  if (previous) for (const row of previous) s.rows.set(row.item, row);
  const list = makeList(items, s);
  const rows = new Array<RowModel>(items.length);
  for (let i = 0; i < rows.length; i++) rows[i] = list.at(i);
  return rows;
}

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
