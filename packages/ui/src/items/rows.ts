import {
  classifyItem,
  type ItemClass,
  isPersistentHistory,
  type ParticipantRole,
  renderKey,
  type TranscriptItem,
} from '@connect-transcript/core';
import { dateFormat } from './format.js';
import { pickAt } from './interactive.js';
import { overlapAt } from './overlap.js';

export { DEFAULT_GROUP_GAP_MS } from './rowFacts.js';

import {
  continues,
  createShared,
  factsOf,
  isContent,
  isMine,
  relativeDaysOf,
  type Shared,
  sameOptions,
  sentBySelf,
} from './rowFacts.js';

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
  /**
   * Stable key: `renderKey(item)` from core (the `Id`, the content of an id-less item, or the
   * temporary id a confirmed message was first shown under).
   */
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
  /**
   * For an interactive message: the option the customer picked, i.e. the title named by the
   * next message from someone other than its sender; `undefined` while unanswered, when the
   * answer is no option, or for any other row.
   */
  readonly picked: string | undefined;
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
  /** `renderKey(items[index])`, without building the row. */
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
  return makeList(items, s, previous && s === prevShared ? previous : undefined);
}

/** What a list found of the reader's last message, once asked: for the next list made from it. */
interface OwnFound {
  readonly items: readonly TranscriptItem[];
  /** The message (its `Id`, which may be missing), or `undefined` when there was none. */
  readonly found: { readonly id: string | undefined } | undefined;
}
const ownOf = new WeakMap<RowList, OwnFound>();

function makeList(items: readonly TranscriptItem[], s: Shared, previous?: RowList): RowList {
  // Only what the previous list found is kept, not the list (no chain of lists stays alive).
  let before = previous && ownOf.get(previous);
  const n = items.length;
  const built: (RowModel | undefined)[] = [];
  // lastDay[i]: the day of the nearest earlier item with a time ('' when none), once found.
  const lastDay: (string | undefined)[] = [];
  let byKey: Map<string, number> | undefined;
  let ownId: { id: string | undefined } | undefined;

  const facts = (i: number) => factsOf(s, items[i]!);
  let ended: Set<string | undefined> | undefined;
  // The earlier contacts whose conversation ended, found once per list when a history row asks.
  const endedContacts = () => {
    if (!ended) {
      ended = new Set();
      for (const item of items)
        if (item.RelatedContactId && isChatEnded(item)) ended.add(item.RelatedContactId);
    }
    return ended;
  };
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
    // A past conversation begins at the first history item and after each one that ended (its
    // contact has a chat.ended): a transfer to another contact goes on with the same one.
    const historyStart = f.isHistory
      ? !before ||
        !fb?.isHistory ||
        (before.RelatedContactId !== item.RelatedContactId &&
          endedContacts().has(before.RelatedContactId))
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
    const picked =
      f.cls.kind === 'message' && f.cls.format === 'interactive' ? pickAt(items, i) : undefined;
    const prev = s.rows.get(item);
    if (
      prev &&
      prev.key === f.key &&
      prev.mine === mine &&
      prev.groupStart === groupStart &&
      prev.groupEnd === groupEnd &&
      prev.daySeparator === daySeparator &&
      prev.historyStart === historyStart &&
      prev.dayKey === f.day &&
      prev.picked === picked
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
      picked,
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
      return item.Id === undefined ? factsOf(s, item).key : renderKey(item);
    },
    indexOf(key, ...hints) {
      for (const i of hints) if (i >= 0 && i < n && list.keyAt(i) === key) return i;
      if (!byKey) {
        byKey = new Map();
        for (let i = 0; i < n; i++) {
          const k = list.keyAt(i);
          byKey.set(k, i);
          // A confirmed message renders under its temporary key and is found by its Id too.
          const id = items[i]!.Id;
          if (id !== undefined && id !== k) byKey.set(id, i);
        }
      }
      return byKey.get(key);
    },
    lastOwnMessageId() {
      if (!ownId) {
        // The sender first (most items are someone else's), so few items are classified.
        const ownIn = (from: number, to: number) => {
          for (let i = to - 1; i >= from; i--) {
            const item = items[i]!;
            if (isPersistentHistory(item) || !sentBySelf(s, item, false)) continue;
            if (isContent(facts(i).cls)) return { id: item.Id };
          }
          return undefined;
        };
        // The previous list's items still here, unchanged: read only what came before and after.
        const k = before ? overlapAt(before.items, items) : -1;
        let found: { id: string | undefined } | undefined;
        if (before && k !== -1) {
          found = ownIn(k + before.items.length, n) ?? before.found ?? ownIn(0, k);
        } else found = ownIn(0, n);
        before = undefined;
        ownOf.set(list, { items, found });
        ownId = found ?? { id: undefined };
      }
      return ownId.id;
    },
  };
  sharedOf.set(list, s);
  return list;
}

/** Whether an item is a `chat.ended` event (by its `Type` or its `ContentType`), cheaply. */
const isChatEnded = (item: TranscriptItem): boolean =>
  item.Type === 'CHAT_ENDED' ||
  (item.ContentType?.endsWith('.event.chat.ended') === true && classifyItem(item).kind === 'event');

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
