// The row model as one plain sequential pass over every item — how rows were built before they
// were made on demand. The oracle of the property tests in rows.test.ts; not shipped.
import {
  classifyItem,
  type ItemClass,
  interactivePick,
  isPersistentHistory,
  itemKey,
  type TranscriptItem,
} from '@connect-transcript/core';
import { dateFormat, dayKey, parseTime } from '../items/format.js';
import { readInteractive } from '../items/interactive.js';
import { type BuildRowsOptions, DEFAULT_GROUP_GAP_MS, type RowModel } from '../items/rows.js';

const DAY = 86_400_000;

export function referenceRows(
  items: readonly TranscriptItem[],
  options: BuildRowsOptions = {},
): RowModel[] {
  const { selfParticipantId, locale, timeZone } = options;
  const selfRole = options.selfRole ?? 'CUSTOMER';
  const gap = options.groupGapMs ?? DEFAULT_GROUP_GAP_MS;
  const dayFormat = dateFormat('day', locale, timeZone);
  let today = '';
  let yesterday = '';
  if (options.now !== undefined && Number.isFinite(options.now)) {
    today = dayKey(dayFormat, options.now);
    yesterday = dayKey(dayFormat, options.now - DAY);
    if (yesterday === today) yesterday = dayKey(dayFormat, options.now - DAY - 3_600_000);
  }
  const words = options.relativeDays ?? { today: 'Today', yesterday: 'Yesterday' };

  const cls = items.map(classifyItem);
  const time = items.map((item) => parseTime(item.AbsoluteTime));
  const day = time.map((t) => (Number.isNaN(t) ? '' : dayKey(dayFormat, t)));
  const content = (i: number) => cls[i]!.kind === 'message' || cls[i]!.kind === 'attachment';
  const who = (item: TranscriptItem) =>
    item.ParticipantId ?? `${item.ParticipantRole ?? ''}\u0000${item.DisplayName ?? ''}`;
  const continues = (i: number): boolean => {
    if (i <= 0 || i >= items.length) return false;
    const a = items[i - 1]!;
    const b = items[i]!;
    if (!content(i) || !content(i - 1)) return false;
    if (who(a) !== who(b) || isPersistentHistory(a) !== isPersistentHistory(b)) return false;
    if (a.RelatedContactId !== b.RelatedContactId) return false;
    if (day[i] !== '' && day[i - 1] !== '' && day[i] !== day[i - 1]) return false;
    const dt = time[i]! - time[i - 1]!;
    return Number.isNaN(dt) || dt <= gap;
  };

  const picks = sequentialPicks(items, cls);
  let lastDay = '';
  return items.map((item, i) => {
    const isHistory = isPersistentHistory(item);
    const before = items[i - 1];
    const d = day[i]!;
    let daySeparator: string | null = null;
    if (d !== '' && d !== lastDay) {
      daySeparator =
        d === today
          ? words.today
          : d === yesterday
            ? words.yesterday
            : options.dayLabel
              ? options.dayLabel(new Date(time[i]!))
              : dateFormat('date', locale, timeZone).format(time[i]!);
    }
    if (d !== '') lastDay = d;
    return {
      key: itemKey(item),
      item,
      cls: cls[i]!,
      mine:
        content(i) &&
        (selfParticipantId !== undefined && item.ParticipantId !== undefined && !isHistory
          ? item.ParticipantId === selfParticipantId
          : item.ParticipantRole === selfRole),
      groupStart: !continues(i),
      groupEnd: !continues(i + 1),
      daySeparator,
      historyStart: isHistory
        ? !before ||
          !isPersistentHistory(before) ||
          (before.RelatedContactId !== item.RelatedContactId &&
            items.some(
              (other, j) =>
                other.RelatedContactId === before.RelatedContactId &&
                cls[j]!.kind === 'event' &&
                (cls[j] as { event: string }).event === 'chat-ended',
            ))
        : before !== undefined && isPersistentHistory(before),
      isHistory,
      time: time[i]!,
      dayKey: d,
      picked: picks.get(i),
    };
  });
}

/**
 * The picks as one pass in order: a question stays open until the next message from someone
 * else (its answer, when that names an option) or the next interactive message.
 */
function sequentialPicks(
  items: readonly TranscriptItem[],
  cls: readonly ItemClass[],
): Map<number, string> {
  const picks = new Map<number, string>();
  let open: { at: number; sender: string | undefined; titles: Set<string> } | undefined;
  items.forEach((item, i) => {
    const c = cls[i]!;
    if (c.kind !== 'message') return;
    if (c.format === 'interactive') {
      const summary = readInteractive(item.Content);
      open = summary && {
        at: i,
        sender: item.ParticipantId,
        titles: new Set([
          ...summary.options.map((o) => o.title),
          ...summary.cards.flatMap((card) => card.options.map((o) => o.title)),
        ]),
      };
      return;
    }
    if (!open || (item.ParticipantId !== undefined && item.ParticipantId === open.sender)) return;
    const answer = (interactivePick(item)?.title ?? item.Content ?? '').trim();
    if (open.titles.has(answer)) picks.set(open.at, answer);
    open = undefined;
  });
  return picks;
}
