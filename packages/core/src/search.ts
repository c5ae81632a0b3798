import { classifyItem } from './classify.js';
import { messageWords } from './interactive.js';
import { itemKey } from './merge.js';
import type { TranscriptItem } from './schemas.js';
import { ENGLISH_WORDS, eventLine, type ItemWords } from './words.js';

/**
 * Where a search matched: see {@link searchTranscript}.
 *
 * @example
 * ```ts
 * const hit: TranscriptSearchHit = searchTranscript(items, 'order')[0]!;
 * view.current?.scrollToItem(hit.key);
 * ```
 */
export interface TranscriptSearchHit {
  /** `itemKey(item)`: the `Id`, as the view's `scrollToItem` takes it. */
  readonly key: string;
  /** Index of the item in the searched list. */
  readonly index: number;
  readonly item: TranscriptItem;
  /**
   * What matched: the message's text, an interactive title or option, an attachment's name, an
   * event's line (in `labels`' words) or the sender's name.
   */
  readonly field: 'text' | 'interactive' | 'attachment' | 'event' | 'name';
  /** The text that matched, as written. */
  readonly text: string;
  /** `[start, end)` of each match in `text` (UTF-16 offsets), in order, not overlapping. */
  readonly ranges: readonly (readonly [number, number])[];
}

/**
 * Options of {@link searchTranscript}.
 *
 * @example
 * ```ts
 * const options: SearchTranscriptOptions = { locale: 'tr-TR', names: true };
 * ```
 */
export interface SearchTranscriptOptions {
  /** BCP 47 locale for case folding (Turkish `İ`/`i`, …). @default the runtime's */
  locale?: string | undefined;
  /** Also match senders' display names. @default false */
  names?: boolean | undefined;
  /** Also match events ("Maya joined the chat"), read in `labels`' words. @default true */
  events?: boolean | undefined;
  /**
   * The words events are read with (and senders without a real name), as the view shows them:
   * pass the same words as the view's `messages` so what is found is what the reader sees. Keep
   * the object stable (a module constant): texts are folded once per item and `labels`.
   * @default English
   */
  labels?: Partial<ItemWords> | undefined;
}

const MARKS = /\p{M}/u;
// No character above U+007F (tab, newline and the printable ASCII range are below it).
const ASCII = /^[^\u0080-\uffff]*$/;

/**
 * A string folded for matching (letters in lower case for `locale`, accents and other marks
 * removed, compatibility forms such as `ﬁ` or full-width letters unfolded) with, for each folded
 * UTF-16 unit, the offset in the original string it comes from. What {@link searchTranscript}
 * compares; a view uses it to highlight a query in text it renders.
 *
 * @example
 * ```ts
 * foldForSearch('Café').folded; // 'cafe'
 * ```
 */
export function foldForSearch(
  text: string,
  locale?: string,
): { readonly folded: string; readonly from: readonly number[] } {
  // ASCII (most chat text): lower case maps one unit to one unit, nothing to decompose.
  if (ASCII.test(text)) {
    return {
      folded: text.toLocaleLowerCase(locale),
      from: Array.from({ length: text.length + 1 }, (_, i) => i),
    };
  }
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    // Case first: Turkish `İ` lowers to `i`, while its decomposition would lower to `ı`.
    let f = '';
    for (const part of ch.toLocaleLowerCase(locale).normalize('NFKD')) {
      if (!MARKS.test(part)) f += part.toLocaleLowerCase(locale);
    }
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i += ch.length;
  }
  from.push(i);
  return { folded, from };
}

/** The matches of `needle` (folded) in `text`, as ranges of `text`. */
function matchRanges(text: string, needle: string, locale: string | undefined): [number, number][] {
  const { folded, from } = foldForSearch(text, locale);
  const ranges: [number, number][] = [];
  let at = folded.indexOf(needle);
  while (at !== -1) {
    const start = from[at]!;
    // The end: where the unit after the match begins in the original.
    const end = from[at + needle.length] ?? text.length;
    const last = ranges[ranges.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, Math.max(end, start + 1)]);
    at = folded.indexOf(needle, at + needle.length);
  }
  return ranges;
}

/** `foldForSearch(text).folded`, without the offsets (ASCII text takes a shortcut). */
const foldText = (text: string, locale: string | undefined): string =>
  ASCII.test(text) ? text.toLocaleLowerCase(locale) : foldForSearch(text, locale).folded;

interface Searchable {
  readonly field: TranscriptSearchHit['field'];
  readonly text: string;
  readonly folded: string;
}

/** What a search reads an item with: see {@link SearchTranscriptOptions}. */
interface Reading {
  readonly names: boolean;
  /** The words of events, or `undefined` when events are not searched. */
  readonly events: ItemWords | undefined;
  readonly locale: string | undefined;
  /** Tells the cached folds of one reading from another's. */
  readonly key: string;
}

// The folded texts of each item (items are immutable), per reading: a search as the reader types
// folds each item once.
const folds = new WeakMap<TranscriptItem, Map<string, readonly Searchable[]>>();
// An id per `labels` object, so the folds made with one set of words are not read with another.
const labelIds = new WeakMap<object, number>();
let nextLabelsId = 1;
function searchables(item: TranscriptItem, reading: Reading) {
  const { key, locale } = reading;
  let byKey = folds.get(item);
  let found = byKey?.get(key);
  if (!found) {
    found = searchableTexts(item, reading).map((t) => ({ ...t, folded: foldText(t.text, locale) }));
    if (!byKey) {
      byKey = new Map();
      folds.set(item, byKey);
    }
    byKey.set(key, found);
  }
  return found;
}

/** The texts of an item a reader can find, with what each is. */
function searchableTexts(
  item: TranscriptItem,
  { names, events }: Reading,
): { field: TranscriptSearchHit['field']; text: string }[] {
  const out: { field: TranscriptSearchHit['field']; text: string }[] = [];
  const c = classifyItem(item);
  if (c.kind === 'event' && events)
    out.push({ field: 'event', text: eventLine(item, c.event, events) });
  if (c.kind === 'message') {
    const { texts, interactive } = messageWords(item, c.format);
    for (const text of texts)
      if (text) out.push({ field: interactive ? 'interactive' : 'text', text });
  }
  if (c.kind === 'message' || c.kind === 'attachment') {
    for (const a of item.Attachments ?? []) {
      if (a.AttachmentName) out.push({ field: 'attachment', text: a.AttachmentName });
    }
  }
  if (names && item.DisplayName && c.kind !== 'control' && c.kind !== 'event') {
    out.push({ field: 'name', text: item.DisplayName });
  }
  return out;
}

/**
 * Finds `query` in a transcript as a reader would: in messages' text, interactive messages'
 * titles and options, the option a customer picked, attachments' names, events' lines ("The
 * chat was transferred", in `labels`' words) and, with `names: true`, senders' display names.
 * Case- and accent-insensitive for the locale ("munchen" finds "München", "İstanbul" finds
 * "istanbul" in Turkish); a blank query finds
 * nothing. One hit per matching text, in the order of `items`; control items (typing, receipts)
 * are never searched. Pure: search what is loaded, or page older and search again.
 *
 * @example
 * ```ts
 * const hits = searchTranscript(transcript.items, 'order number', { locale: 'en-GB' });
 * if (hits.length) view.current?.scrollToItem(hits[hits.length - 1]!.key); // the newest hit
 * ```
 */
export function searchTranscript(
  items: readonly TranscriptItem[],
  query: string,
  options: SearchTranscriptOptions = {},
): TranscriptSearchHit[] {
  const { locale, names = false, events = true, labels } = options;
  let labelsId = 0;
  if (labels) {
    labelsId = labelIds.get(labels) ?? labelIds.set(labels, nextLabelsId++).get(labels)!;
  }
  const reading: Reading = {
    names,
    events: events ? (labels ? { ...ENGLISH_WORDS, ...labels } : ENGLISH_WORDS) : undefined,
    locale,
    key: `${names ? 1 : 0}${events ? labelsId : '-'}:${locale ?? ''}`,
  };
  const needle = foldForSearch(query.trim().replace(/\s+/g, ' '), locale).folded;
  if (needle === '') return [];
  const hits: TranscriptSearchHit[] = [];
  const spaced = needle.includes(' ');
  items.forEach((item, index) => {
    for (const { field, text, folded } of searchables(item, reading)) {
      // Most texts do not match: tell from the folded text, map offsets only for those that do.
      if (!(spaced ? folded.replace(/\s+/g, ' ') : folded).includes(needle)) continue;
      const ranges = spaced ? matchSpaced(text, needle, locale) : matchRanges(text, needle, locale);
      if (ranges.length) hits.push({ key: itemKey(item), index, item, field, text, ranges });
    }
  });
  return hits;
}

/** Matches of a needle with spaces, where any run of white space in `text` matches one space. */
function matchSpaced(text: string, needle: string, locale: string | undefined): [number, number][] {
  // Collapse runs of spaces, keeping the map back to the original offsets.
  let collapsed = '';
  const back: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && collapsed.endsWith(' ')) continue;
    collapsed += space ? ' ' : text[i];
    back.push(i);
  }
  back.push(text.length);
  return matchRanges(collapsed, needle, locale).map(([s, e]) => [back[s]!, back[e]!]);
}
