import {
  classifyItem,
  type ItemClass,
  isPersistentHistory,
  type ParticipantRole,
  renderKey,
  type TranscriptItem,
} from '@connect-transcript/core';
import { dateFormat, dayKey, parseTime } from './format.js';
import type { BuildRowsOptions, RowModel } from './rows.js';

// What rows are made of: facts of one item alone, cached per item object, and the state a row
// list shares with the next while the options stay the same.

/**
 * The default gap that splits a run of messages into two groups: 5 minutes.
 *
 * @example
 * ```ts
 * buildRows(items, { groupGapMs: 2 * DEFAULT_GROUP_GAP_MS });
 * ```
 */
export const DEFAULT_GROUP_GAP_MS = 300_000;

export const isContent = (cls: ItemClass) => cls.kind === 'message' || cls.kind === 'attachment';
const DAY = 86_400_000;

/** What a row needs from one item alone (for one time zone): computed once per item object. */
export interface Facts {
  readonly key: string;
  readonly cls: ItemClass;
  readonly time: number;
  readonly day: string;
  readonly isHistory: boolean;
  /** Who sent it, for grouping. */
  readonly who: string;
}

/** Everything a row list shares with the next one while the options stay the same. */
export interface Shared {
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

export const sameOptions = (a: BuildRowsOptions, b: BuildRowsOptions): boolean =>
  OPTION_KEYS.every((k) => Object.is(a[k], b[k]));

export function createShared(options: BuildRowsOptions): Shared {
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
export function relativeDaysOf(s: Shared): { readonly today: string; readonly yesterday: string } {
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

export function factsOf(s: Shared, item: TranscriptItem): Facts {
  let f = s.facts.get(item);
  if (!f) {
    const time = parseTime(item.AbsoluteTime);
    f = {
      key: renderKey(item),
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
export function continues(s: Shared, a: TranscriptItem, fa: Facts, b: TranscriptItem, fb: Facts) {
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
export function sentBySelf(s: Shared, item: TranscriptItem, isHistory: boolean): boolean {
  const self = s.options.selfParticipantId;
  return self !== undefined && item.ParticipantId !== undefined && !isHistory
    ? item.ParticipantId === self
    : item.ParticipantRole === s.selfRole;
}

/** Whether the reader sent this item (messages and attachments only). */
export function isMine(s: Shared, item: TranscriptItem, f: Facts): boolean {
  return isContent(f.cls) && sentBySelf(s, item, f.isHistory);
}
