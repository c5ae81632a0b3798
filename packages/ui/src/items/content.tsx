import { interactivePick, type MessageFormat, type TranscriptItem } from '@connect-transcript/core';
import { type ReactNode, useId } from 'react';
import { type TranscriptRenderContext, useTranscriptRender } from '../context.js';
import { ExternalLink } from './ExternalLink.js';
import { dateFormat } from './format.js';
import {
  ANSWERABLE,
  type InteractiveImage,
  type InteractiveOption,
  type InteractiveSummary,
  readInteractive,
  responseText,
} from './interactive.js';
import { linkify, safeHref } from './links.js';
import { type MarkdownAst, markdownText, parseMarkdown, renderMarkdown } from './markdown.js';
import type { RowModel } from './rows.js';

interface Parsed {
  readonly ast: MarkdownAst | undefined;
  node: ReactNode;
  text: string | undefined;
}

// Parsing is lazy (only rows that render) and done once per item object: items are immutable
// and keep their identity across merges, so a WeakMap keyed by the item is an exact memo.
const parsed = new WeakMap<TranscriptItem, Parsed>();

function parse(item: TranscriptItem, markdown: boolean): Parsed {
  let p = parsed.get(item);
  if (!p) {
    const source = item.Content ?? '';
    const ast = markdown ? parseMarkdown(source) : undefined;
    p = { ast, node: undefined, text: undefined };
    parsed.set(item, p);
  }
  return p;
}

/** Plain text with http/https/mailto autolinks. */
export function renderPlain(text: string): ReactNode {
  return linkify(text).map((part, i) =>
    typeof part === 'string' ? (
      part
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable text
      <ExternalLink key={i} href={part.href}>
        {part.text}
      </ExternalLink>
    ),
  );
}

function interactive(item: TranscriptItem, ctx: TranscriptRenderContext) {
  return readInteractive(
    item.Content,
    (start, _duration, offset) => formatSlot(start, offset, ctx) || start,
  );
}

/**
 * A TimePicker slot, in the reader's locale. With the template's `timeZoneOffset` the time is
 * the wall-clock time at that offset (where the appointment is), labelled with the offset
 * ("UTC+1"); without it, the reader's time zone.
 */
function formatSlot(
  start: string,
  offsetMinutes: number | undefined,
  ctx: TranscriptRenderContext,
): string {
  if (offsetMinutes === undefined) return ctx.formatDateTime(start);
  const t = Date.parse(start);
  if (Number.isNaN(t)) return '';
  const wall = dateFormat('dateTime', ctx.locale, 'UTC').format(t + offsetMinutes * 60_000);
  const abs = Math.abs(offsetMinutes);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  const label = `UTC${offsetMinutes < 0 ? '−' : '+'}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
  return `${wall} (${offsetMinutes === 0 ? 'UTC' : label})`;
}

/** One option of an interactive message: a button when it can be answered, else marked if picked. */
/**
 * The URL of a template's image to show: when the app allows it (`interactiveImages`: any https
 * URL, or the ones its function allows) and it is http(s).
 */
function useShownImage(image: InteractiveImage | undefined): string | undefined {
  const { showImage } = useTranscriptRender();
  const src = image && safeHref(image.url);
  return src && /^https?:/.test(src) && showImage(src) ? src : undefined;
}

/** An image in a box of fixed size, so nothing moves when it loads; lazy, no referrer. */
function ShownImage({ src, alt, kind }: { src: string; alt: string; kind: 'header' | 'option' }) {
  return (
    <img
      className="ct-Interactive-image"
      data-kind={kind}
      src={src}
      alt={alt}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  );
}

/** A template's header image, when it is shown. */
function TemplateImage({ image }: { image: InteractiveImage | undefined }) {
  const src = useShownImage(image);
  return image && src ? <ShownImage src={src} alt={image.description ?? ''} kind="header" /> : null;
}

function Option({
  option,
  picked,
  pickedLabel,
  onSelect,
}: {
  option: InteractiveOption;
  picked: string | undefined;
  pickedLabel: string;
  onSelect: (() => void) | undefined;
}) {
  const subtitle = option.subtitle && (
    <span className="ct-Interactive-option-subtitle">{option.subtitle}</span>
  );
  const src = useShownImage(option.image);
  const shown = src !== undefined;
  const image = src ? (
    <ShownImage src={src} alt={option.image?.description ?? ''} kind="option" />
  ) : null;
  // With an image, the words sit beside it.
  const words = (parts: ReactNode) =>
    shown ? <span className="ct-Interactive-option-text">{parts}</span> : parts;
  return (
    <li className="ct-Interactive-option" data-picked={option.title === picked ? '' : undefined}>
      {onSelect ? (
        <button type="button" className="ct-Interactive-choose" onClick={onSelect}>
          {image}
          {words(
            <>
              {option.title}
              {subtitle}
            </>,
          )}
        </button>
      ) : (
        <>
          {image}
          {words(
            <>
              {option.title}
              {subtitle}
              {option.title === picked && (
                <span className="ct-Interactive-picked">{pickedLabel}</span>
              )}
            </>,
          )}
        </>
      )}
    </li>
  );
}

/** A Carousel's cards: a list named by the title, each card a list of its options. */
function Cards({
  summary,
  titleId,
  picked,
  pickedLabel,
  onSelect,
}: {
  summary: InteractiveSummary;
  titleId: string | undefined;
  picked: string | undefined;
  pickedLabel: string;
  onSelect: ((content: string) => void) | undefined;
}) {
  const cardId = useId();
  return (
    <ul className="ct-Interactive-cards" aria-labelledby={titleId}>
      {summary.cards.map((card, c) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: cards of one immutable message
        <li key={c} className="ct-Interactive-card">
          <TemplateImage image={card.image} />
          <p className="ct-Interactive-card-title" id={`${cardId}-${c}`}>
            {card.title}
          </p>
          {card.subtitle && <p className="ct-Interactive-subtitle">{card.subtitle}</p>}
          {card.options.length > 0 && (
            <ul className="ct-Interactive-options" aria-labelledby={`${cardId}-${c}`}>
              {card.options.map((option, i) => (
                <Option
                  // biome-ignore lint/suspicious/noArrayIndexKey: options of one immutable message
                  key={i}
                  option={option}
                  picked={picked}
                  pickedLabel={pickedLabel}
                  onSelect={
                    onSelect &&
                    (() =>
                      onSelect(
                        JSON.stringify({
                          templateIdentifier: card.templateIdentifier ?? '',
                          listTitle: card.title,
                          selectionText: option.title,
                        }),
                      ))
                  }
                />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function Interactive({
  summary,
  onSelect,
  picked,
  pickedLabel,
}: {
  summary: InteractiveSummary;
  /** The option the customer chose, shown marked. */
  picked: string | undefined;
  pickedLabel: string;
  /** Set when this message can be answered now: its options are buttons sending this content. */
  onSelect?: ((content: string) => void) | undefined;
}) {
  const titleId = useId();
  const labelledBy = summary.title ? titleId : undefined;
  // A Carousel whose cards have options of their own: the options are what the reader picks.
  const cards = summary.cards.some((c) => c.options.length > 0);
  return (
    <div
      className="ct-Interactive"
      data-template={summary.templateType}
      data-answerable={onSelect ? '' : undefined}
    >
      <TemplateImage image={summary.image} />
      {summary.title && (
        <p className="ct-Interactive-title" id={titleId}>
          {summary.title}
        </p>
      )}
      {summary.subtitle && <p className="ct-Interactive-subtitle">{summary.subtitle}</p>}
      {cards ? (
        <Cards
          summary={summary}
          titleId={labelledBy}
          picked={picked}
          pickedLabel={pickedLabel}
          onSelect={onSelect}
        />
      ) : (
        summary.options.length > 0 && (
          // A list, so screen readers say "2 of 5"; named by the title.
          <ul className="ct-Interactive-options" aria-labelledby={labelledBy}>
            {summary.options.map((option, i) => (
              <Option
                // biome-ignore lint/suspicious/noArrayIndexKey: options of one immutable message
                key={i}
                option={option}
                picked={picked}
                pickedLabel={pickedLabel}
                // A Carousel without options in its cards cannot be answered: there is no option
                // to send.
                onSelect={
                  onSelect && summary.templateType !== 'Carousel'
                    ? () => onSelect(option.title)
                    : undefined
                }
              />
            ))}
          </ul>
        )
      )}
    </div>
  );
}

/** The format a row's default content renders as (`other` when there is no text). */
function formatOf(row: RowModel): MessageFormat {
  const { item, cls } = row;
  if (cls.kind !== 'message' || !(item.Content ?? '').trim()) return 'other';
  return cls.format;
}

/**
 * Whether the row's default content is markdown: its blocks go straight into the bubble, which
 * then carries the `ct-md` class (one element fewer per markdown message).
 */
export function isMarkdownContent(row: RowModel): boolean {
  return formatOf(row) === 'markdown';
}

/**
 * The default content of a message row, by format: plain text with autolinks, markdown (its
 * blocks, for a bubble with the `ct-md` class), interactive (read-only title and options),
 * interactive response (the chosen option) or a neutral text for other content types. Markdown
 * is parsed once per item.
 */
export function messageContent(row: RowModel, ctx: TranscriptRenderContext): ReactNode {
  const { item } = row;
  switch (formatOf(row)) {
    case 'plain': {
      const pick = interactivePick(item);
      if (pick) return <span className="ct-Pick">{pick.title}</span>;
      const p = parse(item, false);
      p.node ??= renderPlain(item.Content ?? '');
      return p.node;
    }
    case 'markdown': {
      const p = parse(item, true);
      p.node ??= renderMarkdown(p.ast ?? []);
      return p.node;
    }
    case 'interactive': {
      const summary = interactive(item, ctx);
      if (summary?.templateType === 'ViewResource') {
        return <span className="ct-Neutral">{ctx.messages.interactiveForm}</span>;
      }
      const answer =
        summary &&
        ctx.onInteractiveSelect &&
        row.key === ctx.answerableKey &&
        ANSWERABLE.has(summary.templateType)
          ? ctx.onInteractiveSelect
          : undefined;
      return summary ? (
        <Interactive
          summary={summary}
          picked={row.picked ?? ctx.picks.get(row.key)}
          pickedLabel={ctx.messages.interactivePicked}
          onSelect={answer && ((content) => answer({ contentType: 'text/plain', content, item }))}
        />
      ) : (
        <span className="ct-Neutral">{ctx.messages.interactiveMessage}</span>
      );
    }
    case 'interactive-response': {
      const text = responseText(item);
      return text ? (
        <span className="ct-Pick">{text}</span>
      ) : (
        <span className="ct-Neutral">{ctx.messages.interactiveMessage}</span>
      );
    }
    default:
      return <span className="ct-Neutral">{ctx.messages.unsupportedContent}</span>;
  }
}

const MAX_SUMMARY = 200;
/** Whitespace collapsed and cut to about 200 characters. */
export function clip(text: string, max = MAX_SUMMARY): string {
  // Only the start matters; don't scan 16 KB of text on every render.
  const flat = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A short plain-text summary of a message's content (labels and announcements). */
export function messageText(row: RowModel, ctx: TranscriptRenderContext): string {
  const { item } = row;
  switch (formatOf(row)) {
    case 'plain':
      return clip(interactivePick(item)?.title ?? item.Content ?? '');
    case 'markdown': {
      const p = parse(item, true);
      p.text ??= clip(markdownText(p.ast ?? []));
      return p.text;
    }
    case 'interactive': {
      const s = interactive(item, ctx);
      if (!s) return ctx.messages.interactiveMessage;
      if (s.templateType === 'ViewResource') return ctx.messages.interactiveForm;
      return clip(
        [s.title, s.subtitle, ...s.options.map((o) => o.title)].filter(Boolean).join(', '),
      );
    }
    case 'interactive-response':
      return clip(responseText(item) ?? ctx.messages.interactiveMessage);
    default:
      return ctx.messages.unsupportedContent;
  }
}
