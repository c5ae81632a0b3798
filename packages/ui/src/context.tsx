'use client';
import type { AttachmentItem, ReceiptState, TranscriptItem } from '@connect-transcript/core';
import { createContext, type ReactNode, useContext } from 'react';
import type { TranscriptComponents } from './components.js';
import { dateFormat, parseTime } from './items/format.js';
import type { InteractiveSelection } from './items/interactive.js';
import type { SenderNames } from './items/names.js';
import type { RowModel } from './items/rows.js';
import { defaultMessages, type TranscriptMessages } from './messages.js';

/**
 * Everything a row needs besides its `RowModel`: strings, slots, overrides, receipts, formatting.
 *
 * @example
 * ```tsx
 * function Time({ iso }: { iso: string }) {
 *   const ctx: TranscriptRenderContext = useTranscriptRender();
 *   return <time dateTime={iso}>{ctx.formatTime(iso)}</time>;
 * }
 * ```
 */
export interface TranscriptRenderContext {
  readonly locale: string | undefined;
  readonly timeZone: string | undefined;
  /** All strings: the defaults merged with the user's `messages`. */
  readonly messages: TranscriptMessages;
  /** The user's slots (missing ones use the defaults). */
  readonly components: Partial<TranscriptComponents>;
  /** Full override of a message's content (the bubble, sender and time stay). */
  readonly renderContent?: ((item: TranscriptItem, row: RowModel) => ReactNode) | undefined;
  /** Replaces the default "fetch a signed URL and open it" of attachments. */
  readonly onAttachmentOpen?:
    | ((attachment: AttachmentItem, item: TranscriptItem) => void)
    | undefined;
  /** A signed URL of an attachment, valid now (the transcript's `openAttachment`). */
  readonly openAttachment?: ((attachmentId: string) => Promise<string>) | undefined;
  /** An attachment's size in bytes, when known (the transcript's `attachmentSize`). */
  readonly attachmentSize?: ((attachmentId: string) => number | undefined) | undefined;
  /** Answers the interactive message that can be answered (see {@link InteractiveSelection}). */
  readonly onInteractiveSelect?: ((selection: InteractiveSelection) => void) | undefined;
  /** The key of the one interactive message that can be answered now, if any. */
  readonly answerableKey?: string | undefined;
  /**
   * Picks known otherwise (an interactive message's key → the option's title), for questions
   * whose answer is not among the items; a row's own `picked` comes first.
   */
  readonly picks: ReadonlyMap<string, string>;
  /** Whether an interactive template's image (an http(s) URL) is shown; none are by default. */
  readonly showImage: (url: string) => boolean;
  /** Delivered/read state per message id. */
  readonly receipts: ReadonlyMap<string, ReceiptState>;
  /** The reader's last message: "Delivered"/"Read" shows under it. */
  readonly lastOwnMessageId: string | undefined;
  /** How senders are named (see {@link SenderNames}). */
  readonly senderNames: SenderNames;
  /** The key of the row the "New messages" divider sits above, if any. */
  readonly unreadKey?: string | undefined;
  /** Time of day of an ISO time in `locale`/`timeZone` (`''` when absent or invalid). */
  readonly formatTime: (iso: string | undefined) => string;
  /** Full date and time (for tooltips). */
  readonly formatDateTime: (iso: string | undefined) => string;
}

/**
 * Input of {@link createRenderContext}: the view's props.
 *
 * @example
 * ```ts
 * const input: RenderContextInput = { locale: 'de-DE', messages: { read: 'Gelesen' } };
 * ```
 */
export interface RenderContextInput {
  locale?: string | undefined;
  timeZone?: string | undefined;
  messages?: Partial<TranscriptMessages> | undefined;
  components?: Partial<TranscriptComponents> | undefined;
  renderContent?: TranscriptRenderContext['renderContent'] | undefined;
  onAttachmentOpen?: TranscriptRenderContext['onAttachmentOpen'] | undefined;
  openAttachment?: TranscriptRenderContext['openAttachment'] | undefined;
  attachmentSize?: TranscriptRenderContext['attachmentSize'] | undefined;
  onInteractiveSelect?: TranscriptRenderContext['onInteractiveSelect'] | undefined;
  answerableKey?: string | undefined;
  picks?: ReadonlyMap<string, string> | undefined;
  /** See `TranscriptViewProps.interactiveImages`. */
  interactiveImages?: boolean | ((url: string) => boolean) | undefined;
  receipts?: ReadonlyMap<string, ReceiptState> | undefined;
  lastOwnMessageId?: string | undefined;
  senderNames?: SenderNames | undefined;
  unreadKey?: string | undefined;
}

const NO_RECEIPTS: ReadonlyMap<string, ReceiptState> = new Map();

const NO_PICKS: ReadonlyMap<string, string> = new Map();
const NO_IMAGES = (): boolean => false;
const ANY_HTTPS_IMAGE = (url: string): boolean => url.startsWith('https:');

/**
 * Builds the render context from the view's props: merges the strings with the defaults (the
 * one place defaults are merged) and binds cached Intl formatters. Memoise the call on its inputs.
 *
 * @example
 * ```tsx
 * const ctx = useMemo(() => createRenderContext({ locale, timeZone, messages, receipts }), [locale, timeZone, messages, receipts]);
 * return <TranscriptRenderProvider value={ctx}>{rows}</TranscriptRenderProvider>;
 * ```
 */
export function createRenderContext(input: RenderContextInput = {}): TranscriptRenderContext {
  const { locale, timeZone } = input;
  const format = (style: 'time' | 'dateTime') => (iso: string | undefined) => {
    const t = parseTime(iso);
    return Number.isNaN(t) ? '' : dateFormat(style, locale, timeZone).format(t);
  };
  return {
    locale,
    timeZone,
    messages: input.messages ? { ...defaultMessages, ...input.messages } : defaultMessages,
    components: input.components ?? {},
    renderContent: input.renderContent,
    onAttachmentOpen: input.onAttachmentOpen,
    openAttachment: input.openAttachment,
    attachmentSize: input.attachmentSize,
    onInteractiveSelect: input.onInteractiveSelect,
    answerableKey: input.answerableKey,
    picks: input.picks ?? NO_PICKS,
    showImage:
      typeof input.interactiveImages === 'function'
        ? input.interactiveImages
        : input.interactiveImages
          ? ANY_HTTPS_IMAGE
          : NO_IMAGES,
    receipts: input.receipts ?? NO_RECEIPTS,
    lastOwnMessageId: input.lastOwnMessageId,
    senderNames: input.senderNames ?? 'shown',
    unreadKey: input.unreadKey,
    formatTime: format('time'),
    formatDateTime: format('dateTime'),
  };
}

const RenderContext = createContext<TranscriptRenderContext | null>(null);
let fallback: TranscriptRenderContext | undefined;

/**
 * Provides the render context to the rows below it. `<TranscriptView>` renders it for you.
 *
 * @example
 * ```tsx
 * <TranscriptRenderProvider value={createRenderContext({ locale: 'de-DE' })}>
 *   <TranscriptRow row={row} />
 * </TranscriptRenderProvider>
 * ```
 */
export const TranscriptRenderProvider = RenderContext.Provider;

/**
 * The render context of the nearest provider, or the defaults (English, runtime locale and time
 * zone) when a row is rendered on its own.
 *
 * @example
 * ```tsx
 * const { messages, formatTime } = useTranscriptRender();
 * ```
 */
export function useTranscriptRender(): TranscriptRenderContext {
  const ctx = useContext(RenderContext);
  if (ctx) return ctx;
  fallback ??= createRenderContext();
  return fallback;
}
