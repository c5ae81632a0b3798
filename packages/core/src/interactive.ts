import type { MessageFormat } from './classify.js';
import type { TranscriptItem } from './schemas.js';

const INTERACTIVE = 'application/vnd.amazonaws.connect.message.interactive';
const RESPONSE = `${INTERACTIVE}.response`;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

/** The media type of a `ContentType`, in lower case, parameters dropped. */
const mediaType = (contentType: string | undefined): string =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase();

// JSON read once per item object (items are immutable and keep their identity across merges).
const parsed = new WeakMap<TranscriptItem, Json | null>();

/** The item's `Content` as a JSON object, or `undefined`; parsed once per item. */
function jsonOf(item: TranscriptItem): Json | undefined {
  let json = parsed.get(item);
  if (json === undefined) {
    json = null;
    const content = item.Content?.trim();
    if (content?.startsWith('{')) {
      try {
        json = obj(JSON.parse(content)) ?? null;
      } catch {
        json = null;
      }
    }
    parsed.set(item, json);
  }
  return json ?? undefined;
}

/**
 * Whether an item is a customer's "show more" / "previous options" tap on an interactive
 * message (`interactive.response` with `action: SHOW_MORE | PREVIOUS_OPTIONS`): it pages the
 * options, it is not something anyone said, so it is not a row.
 *
 * @example
 * ```ts
 * isInteractiveAction({ ContentType: 'application/vnd.amazonaws.connect.message.interactive.response',
 *   Content: '{"data":{"content":{"action":"SHOW_MORE"}}}' }); // true
 * ```
 */
export function isInteractiveAction(item: TranscriptItem): boolean {
  if (mediaType(item.ContentType) !== RESPONSE) return false;
  const json = jsonOf(item);
  const action = str(obj(obj(json?.data)?.content)?.action) ?? str(json?.action);
  return action === 'SHOW_MORE' || action === 'PREVIOUS_OPTIONS';
}

/**
 * What a customer picked, when a pick comes as JSON: a Carousel selection sent as
 * `text/plain` (`{"templateIdentifier", "listTitle", "selectionText"}`) or an
 * `interactive.response` (the chosen element's title). `undefined` for anything else, such as
 * a pick sent as the plain title (which needs no reading).
 *
 * @example
 * ```ts
 * interactivePick({ ContentType: 'text/plain',
 *   Content: '{"templateIdentifier":"t1","listTitle":"Plans","selectionText":"Premium"}' });
 * // { title: 'Premium', listTitle: 'Plans' }
 * ```
 */
export function interactivePick(
  item: TranscriptItem,
): { readonly title: string; readonly listTitle: string | undefined } | undefined {
  const type = mediaType(item.ContentType);
  if (type !== 'text/plain' && type !== RESPONSE && type !== '') return undefined;
  const json = jsonOf(item);
  if (!json) return undefined;
  const selection = str(json.selectionText);
  if (selection && (str(json.templateIdentifier) || str(json.listTitle))) {
    return { title: selection, listTitle: str(json.listTitle) };
  }
  if (type !== RESPONSE) return undefined;
  const body = obj(obj(json.data)?.content);
  const first = Array.isArray(body?.elements) ? obj(body.elements[0]) : undefined;
  const title = str(body?.title) ?? str(first?.title) ?? str(json.title);
  return title ? { title, listTitle: undefined } : undefined;
}

/**
 * The `data.content.referenceId` of an interactive message, or `undefined`. A newer message
 * with the same reference replaces the older one (step-by-step guides): see
 * {@link withoutSuperseded}.
 *
 * @example
 * ```ts
 * interactiveReference(item); // 'guide-step'
 * ```
 */
export function interactiveReference(item: TranscriptItem): string | undefined {
  if (mediaType(item.ContentType) !== INTERACTIVE) return undefined;
  return str(obj(obj(jsonOf(item)?.data)?.content)?.referenceId);
}

/**
 * The items without interactive messages that a later one with the same `referenceId`
 * replaces. Returns the very list when nothing is replaced.
 *
 * @example
 * ```ts
 * const shown = withoutSuperseded(items);
 * ```
 */
export function withoutSuperseded(items: readonly TranscriptItem[]): TranscriptItem[] {
  const keep = new Map<string, TranscriptItem>();
  for (const item of items) {
    const ref = interactiveReference(item);
    if (ref !== undefined) keep.set(ref, item);
  }
  if (keep.size === 0) return items as TranscriptItem[];
  const out = items.filter((item) => {
    const ref = interactiveReference(item);
    return ref === undefined || keep.get(ref) === item;
  });
  return out.length === items.length ? (items as TranscriptItem[]) : out;
}

/**
 * The words of an interactive message as a reader sees them: its title and subtitle, then each
 * option's (a Carousel card's nested title included). Empty for anything that is not a readable
 * interactive message. Used by search and export; at most 100 options are read.
 */
export function interactiveTexts(item: TranscriptItem): string[] {
  const type = mediaType(item.ContentType);
  if (type !== INTERACTIVE && type !== 'application/json') return [];
  const body = obj(obj(jsonOf(item)?.data)?.content);
  if (!body) return [];
  const texts: string[] = [];
  const add = (v: unknown) => {
    const s = str(v);
    if (s) texts.push(s);
  };
  add(body.title);
  add(body.subtitle);
  const elements = Array.isArray(body.elements) ? body.elements.slice(0, 100) : [];
  for (const el of elements) {
    const e = obj(el);
    const nested = obj(obj(e?.data)?.content);
    add(str(e?.title) ?? nested?.title);
    add(str(e?.subtitle) ?? nested?.subtitle);
    // A Carousel card's own options.
    const inner = Array.isArray(nested?.elements) ? nested.elements.slice(0, 100) : [];
    for (const o of inner) add(obj(o)?.title);
  }
  return texts;
}

/**
 * What a message says, as a reader reads it: an interactive message's title and options, the
 * option a pick names (Carousel selection JSON, `interactive.response`), else its `Content`
 * (none for an `interactive.response` without a readable answer). `interactive` tells the
 * first two from plain words. Used by search and export, so both read a message alike.
 */
export function messageWords(
  item: TranscriptItem,
  format: MessageFormat,
): { readonly texts: string[]; readonly interactive: boolean } {
  if (format === 'interactive') return { texts: interactiveTexts(item), interactive: true };
  const pick = interactivePick(item);
  if (pick) return { texts: [pick.title], interactive: true };
  const plain = item.Content !== undefined && format !== 'interactive-response';
  return { texts: plain ? [item.Content!] : [], interactive: false };
}
