import { classifyItem, interactivePick, type TranscriptItem } from '@connect-transcript/core';

/**
 * What a customer's answer to an interactive message sends: exactly the `ContentType` and
 * `Content` of the Participant Service's SendMessage. A ListPicker, QuickReply, Panel or
 * TimePicker answer is the chosen option's title as `text/plain`, as Connect's own widget sends
 * it (a TimePicker slot as the reader sees it); a Carousel answer is `text/plain` JSON
 * `{"templateIdentifier", "listTitle", "selectionText"}`: the card and the option in it.
 *
 * @example
 * ```tsx
 * <TranscriptView
 *   transcript={t}
 *   onInteractiveSelect={({ contentType, content }) => session.sendMessage({ contentType, message: content })}
 * />
 * ```
 */
export interface InteractiveSelection {
  readonly contentType: 'text/plain';
  readonly content: string;
  /** The interactive message answered. */
  readonly item: TranscriptItem;
}

/** Templates whose options the reader can pick from in the transcript. */
export const ANSWERABLE = new Set(['ListPicker', 'QuickReply', 'Panel', 'TimePicker', 'Carousel']);

/** An image an interactive template carries (`imageType: "URL"`, `imageData`, `imageDescription`). */
export interface InteractiveImage {
  /** The URL as the template gives it (the view shows only https ones the app allows). */
  readonly url: string;
  /** The text alternative: `imageDescription`. */
  readonly description: string | undefined;
}

/** One option of an interactive message. */
export interface InteractiveOption {
  readonly title: string;
  readonly subtitle?: string | undefined;
  readonly image?: InteractiveImage | undefined;
}

/** One card of a Carousel: a nested Panel or ListPicker with its own options. */
export interface InteractiveCard {
  /** The card's `templateIdentifier`, sent back in a Carousel answer. */
  readonly templateIdentifier: string | undefined;
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly image: InteractiveImage | undefined;
  readonly options: readonly InteractiveOption[];
}

/** An interactive message reduced to what the transcript shows: read-only text. */
export interface InteractiveSummary {
  /** `ListPicker`, `QuickReply`, `Panel`, `TimePicker`, `Carousel`, … */
  readonly templateType: string;
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  /** Option titles (with their subtitle), time slots or carousel card titles. */
  readonly options: readonly InteractiveOption[];
  /** A Carousel's cards, each with its options (empty for other templates). */
  readonly cards: readonly InteractiveCard[];
  /** The template's own image (a ListPicker's or Panel's header), if it has one. */
  readonly image?: InteractiveImage | undefined;
}

const KNOWN = new Set([
  'ListPicker',
  'QuickReply',
  'Panel',
  'TimePicker',
  'Carousel',
  'ViewResource',
]);
const MAX_OPTIONS = 50;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
/**
 * A text field, without kramdown's attribute lists (`[x](url){:target="_blank"}` in titles
 * shows as `[x](url)`). The scan is linear: only `{:` … `}` spans are dropped.
 */
function clean(text: string): string {
  if (!text.includes('{:')) return text;
  return text.replace(/\{:[^{}\n]{0,200}\}/g, '');
}
const str = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const text = clean(v).trim();
  return text !== '' ? text : undefined;
};

/** The image of a template part, when it has a URL one. */
function imageOf(part: Json | undefined): InteractiveImage | undefined {
  if (!part || str(part.imageType)?.toUpperCase() !== 'URL') return undefined;
  const url = str(part.imageData);
  return url ? { url, description: str(part.imageDescription) } : undefined;
}

function parse(content: string | undefined): Json | undefined {
  if (!content) return undefined;
  try {
    return obj(JSON.parse(content));
  } catch {
    return undefined;
  }
}

/**
 * Reads an Amazon Connect interactive message (`templateType` + `data.content`). Returns
 * `undefined` for invalid JSON or a template this version does not know, so the row shows a
 * neutral "Interactive message" instead of raw JSON. Only string fields are taken.
 *
 * @example
 * ```ts
 * readInteractive('{"templateType":"QuickReply","data":{"content":{"title":"Hi","elements":[{"title":"Yes"}]}}}');
 * // { templateType: 'QuickReply', title: 'Hi', subtitle: undefined, options: [{ title: 'Yes' }], cards: [] }
 * ```
 */
export function readInteractive(
  content: string | undefined,
  formatSlot?: (
    start: string,
    durationMinutes: number | undefined,
    /** The template's `timeZoneOffset` (minutes east of UTC), when it has one. */
    offsetMinutes: number | undefined,
  ) => string,
): InteractiveSummary | undefined {
  const json = parse(content);
  const templateType = str(json?.templateType);
  const body = obj(obj(json?.data)?.content);
  if (!templateType || !KNOWN.has(templateType) || !body) return undefined;
  const options: InteractiveOption[] = [];
  const cards: InteractiveCard[] = [];
  const elements = Array.isArray(body.elements) ? body.elements : [];
  for (const el of elements.slice(0, MAX_OPTIONS)) {
    const e = obj(el);
    // Carousel cards nest a Panel/ListPicker: the card's title is the option, its own options
    // are the card's.
    const nested = obj(obj(e?.data)?.content);
    const title = str(e?.title) ?? str(nested?.title);
    if (!title) continue;
    const subtitle = str(e?.subtitle) ?? str(nested?.subtitle);
    const image = imageOf(e) ?? imageOf(nested);
    options.push(image ? { title, subtitle, image } : { title, subtitle });
    if (templateType === 'Carousel' && nested) {
      const inner = Array.isArray(nested.elements) ? nested.elements : [];
      cards.push({
        templateIdentifier: str(e?.templateIdentifier),
        title,
        subtitle,
        image,
        options: inner.slice(0, MAX_OPTIONS).flatMap((o) => {
          const t = str(obj(o)?.title);
          if (!t) return [];
          const img = imageOf(obj(o));
          const option = { title: t, subtitle: str(obj(o)?.subtitle) };
          return [img ? { ...option, image: img } : option];
        }),
      });
    }
  }
  const slots = Array.isArray(body.timeslots) ? body.timeslots : [];
  const offset =
    typeof body.timeZoneOffset === 'number' && Number.isFinite(body.timeZoneOffset)
      ? body.timeZoneOffset
      : undefined;
  for (const el of slots.slice(0, MAX_OPTIONS)) {
    const start = str(obj(el)?.date);
    const duration = obj(el)?.duration;
    if (start) {
      options.push({
        title: formatSlot
          ? formatSlot(start, typeof duration === 'number' ? duration : undefined, offset)
          : start,
      });
    }
  }
  const image = imageOf(body);
  const summary = {
    templateType,
    title: str(body.title),
    subtitle: str(body.subtitle),
    options,
    cards,
  };
  return image ? { ...summary, image } : summary;
}

/**
 * What an interactive response shows: the option the customer chose (read as core's
 * `interactivePick` reads it, Carousel selection JSON included), else the content as typed when
 * it is not JSON at all. `undefined` when it is JSON without a readable answer.
 *
 * @example
 * ```ts
 * const ContentType = 'application/vnd.amazonaws.connect.message.interactive.response';
 * responseText({ ContentType, Content: '{"data":{"content":{"title":"Billing"}}}' }); // 'Billing'
 * responseText({ ContentType, Content: 'Yes please' }); // 'Yes please'
 * ```
 */
export function responseText(item: TranscriptItem): string | undefined {
  const pick = interactivePick(item);
  if (pick) return pick.title;
  const text = item.Content?.trim();
  return text && !/^[[{]/.test(text) ? str(text) : undefined;
}

// Option titles per interactive message, read once per item object (items are immutable): the
// picks are found again whenever the items change, and a live chat changes them often.
const titlesOf = new WeakMap<TranscriptItem, ReadonlySet<string> | null>();
function optionTitles(item: TranscriptItem): ReadonlySet<string> | undefined {
  let titles = titlesOf.get(item);
  if (titles === undefined) {
    const summary = readInteractive(item.Content);
    titles = summary
      ? new Set([
          ...summary.options.map((o) => o.title),
          ...summary.cards.flatMap((c) => c.options.map((o) => o.title)),
        ])
      : null;
    titlesOf.set(item, titles);
  }
  return titles ?? undefined;
}

/** Whether a `ContentType` can be an interactive message's (`…message.interactive`, JSON). */
function mayBeInteractive(contentType: string | undefined): boolean {
  // This runs for every item of the transcript: most are text (`t…`), told apart by the first
  // character; no lower-cased copy is made.
  if (contentType === undefined || (contentType.charCodeAt(0) | 32) !== 97) return false;
  return MAY_BE_INTERACTIVE.test(contentType);
}
// `application/…interactive…` or `application/json`, in any case.
const MAY_BE_INTERACTIVE = /interactive|json/i;

/**
 * What the customer picked from the interactive message at `items[index]`: the title of the
 * option named by the next message from someone other than its sender (sent as the title, or as
 * Carousel / response JSON), or `undefined` — not interactive, not answered, or answered with
 * something that is no option, or followed by another interactive message first. Reads forward
 * from the question to its answer only, so a row asks for its own pick when it renders.
 */
export function pickAt(items: readonly TranscriptItem[], index: number): string | undefined {
  const question = items[index];
  if (!question || !mayBeInteractive(question.ContentType)) return undefined;
  const c = classifyItem(question);
  if (c.kind !== 'message' || c.format !== 'interactive') return undefined;
  const titles = optionTitles(question);
  if (!titles) return undefined;
  const sender = question.ParticipantId;
  for (let i = index + 1; i < items.length; i++) {
    const item = items[i]!;
    const cls = classifyItem(item);
    if (cls.kind !== 'message') continue;
    if (cls.format === 'interactive') return undefined;
    if (item.ParticipantId !== undefined && item.ParticipantId === sender) continue;
    const answer = (interactivePick(item)?.title ?? item.Content ?? '').trim();
    return titles.has(answer) ? answer : undefined;
  }
  return undefined;
}
