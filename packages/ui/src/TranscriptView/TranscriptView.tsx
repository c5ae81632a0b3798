'use client';
import {
  type AttachmentItem,
  classifyItem,
  type ParticipantRole,
  renderKey,
  type TranscriptItem,
} from '@connect-transcript/core';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import type { TranscriptMessages } from '../messages.js';
import { scrollBehavior } from './motion.js';
import { defaultViewComponents, Skeleton } from './parts.js';
import {
  createRenderContext,
  type InteractiveSelection,
  prepareDateFormats,
  type RowModel,
  type SenderNames,
  type TranscriptComponents,
  TranscriptRenderProvider,
  type TranscriptState,
  TypingIndicator,
} from './seam.js';
import { statusOf, TranscriptList } from './TranscriptList.js';
import { useHeightWarning } from './useHeightWarning.js';
import { useOpened } from './useOpened.js';
import { useDismissAtEnd, useMessagesSeen, useUnreadDivider } from './useReading.js';
import { type TranscriptHighlight, useSearchHighlight } from './useSearchHighlight.js';
import { useShallowStable } from './useShallowStable.js';
import { useTranscriptRows } from './useTranscriptRows.js';
import { endedBy, useTranscriptScroller } from './useTranscriptScroller.js';
import { useViewAnnouncer } from './useViewAnnouncer.js';

/**
 * Options of {@link TranscriptViewHandle.scrollToLatest} and `scrollToItem`.
 *
 * @example
 * ```ts
 * view.current?.scrollToLatest({ behavior: 'smooth' });
 * ```
 */
export interface TranscriptScrollOptions {
  /** `smooth` is ignored when the reader prefers reduced motion. @default 'auto' */
  behavior?: 'auto' | 'smooth' | undefined;
}

/**
 * The imperative handle of `<TranscriptView ref={…}>`.
 *
 * @example
 * ```tsx
 * const view = useRef<TranscriptViewHandle>(null);
 * <TranscriptView ref={view} transcript={transcript} />;
 * <button onClick={() => view.current?.scrollToItem(searchHit.Id)}>Show</button>;
 * ```
 */
export interface TranscriptViewHandle {
  /** Scrolls to the newest message and stays pinned there. */
  scrollToLatest(options?: TranscriptScrollOptions): void;
  /** Scrolls the item with this `Id` (or row key) to the middle; `false` when it is not loaded. */
  scrollToItem(id: string, options?: TranscriptScrollOptions): boolean;
  /**
   * Scrolls the "New messages" divider (see `unreadFrom`) to the top. Older pages load (at most
   * 20) while its message is not loaded, or is the oldest loaded one (the boundary computed from
   * receipts may lie further back). Resolves `false` when there is no divider or its message
   * was not found.
   */
  scrollToUnread(options?: TranscriptScrollOptions): Promise<boolean>;
  /** Takes the "New messages" divider away (the reader has caught up). */
  dismissUnread(): void;
  /**
   * Where the reader is now (the row under their eye and its offset, or the live end), to come
   * back to with `restorePlace` — say, before a search jumps away. `undefined` before the view
   * has opened.
   */
  getPlace(): TranscriptPlace | undefined;
  /** Goes back to a place from `getPlace`; `false` when its row is no longer loaded. */
  restorePlace(place: TranscriptPlace): boolean;
}

/**
 * A reader's place in the view: see {@link TranscriptViewHandle.getPlace}.
 *
 * @example
 * ```ts
 * const place: TranscriptPlace | undefined = view.current?.getPlace();
 * // … jump to search hits …
 * if (place) view.current?.restorePlace(place);
 * ```
 */
export interface TranscriptPlace {
  /** The key of the row under the reader's eye. */
  readonly key: string;
  /** Its distance from the viewport's top, px. */
  readonly offset: number;
  /** At the live end: going back there follows what arrived meanwhile. */
  readonly atEnd: boolean;
}

/**
 * Props of {@link TranscriptView}. Any other `div` prop (`id`, `data-theme`, `aria-*`, handlers)
 * goes to the root element; `className` and `style` are merged last.
 *
 * @example
 * ```tsx
 * const props: TranscriptViewProps = {
 *   transcript,
 *   selfParticipantId: me,
 *   locale: 'de-DE',
 *   timeZone: 'Europe/Berlin',
 *   messages: { empty: 'Noch keine Nachrichten' },
 *   scrollStateKey: contactId,
 * };
 * ```
 */
export interface TranscriptViewProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** What to show: `useTranscript(…)`, `staticTranscript(items)` or your own store. */
  transcript: TranscriptState;
  /** The reader's participant id; their messages are "mine". */
  selfParticipantId?: string | undefined;
  /** The reader's role when no `selfParticipantId` is given. @default 'CUSTOMER' */
  selfRole?: ParticipantRole | undefined;
  /** BCP 47 locale for times and day separators. @default the runtime's */
  locale?: string | undefined;
  /** IANA time zone for times and day separators. @default the runtime's */
  timeZone?: string | undefined;
  /** Replaces any built-in string. @default defaultMessages */
  messages?: Partial<TranscriptMessages> | undefined;
  /** Replaces parts (rows' parts and the view's loading/error/bookend/empty/jump parts). */
  components?: Partial<TranscriptComponents> | undefined;
  /** Renders a message's content instead of the built-in text/markdown/interactive renderer. */
  renderContent?: ((item: TranscriptItem, row: RowModel) => ReactNode) | undefined;
  /** Opens an attachment instead of the built-in signed-URL link. */
  onAttachmentOpen?: ((attachment: AttachmentItem, item: TranscriptItem) => void) | undefined;
  /** Remembers the scroll position under this key (sessionStorage) and restores it on remount. */
  scrollStateKey?: string | undefined;
  /**
   * How senders are named: `'shown'` (display names), `'roles'` (only role words, "Agent",
   * "Assistant": no person's name anywhere) or `'hidden'` (no sender line; role words in events).
   * @default 'shown'
   */
  senderNames?: SenderNames | undefined;
  /**
   * Makes the latest interactive message (ListPicker, QuickReply, Panel, TimePicker) answerable:
   * its options become buttons, and a pick calls this with the SendMessage `contentType` and
   * `content` to send. Nothing is answerable once a later message exists or the chat ended.
   */
  onInteractiveSelect?: ((selection: InteractiveSelection) => void) | undefined;
  /**
   * Shows the images interactive messages carry (a ListPicker's or Panel's header, options,
   * Carousel cards): `true` for any https image, or a function that allows a URL (your bot's
   * CDN only; http(s) URLs are asked about, no other scheme). Off by default: they are third-party URLs a message names (fetching one tells its
   * host the reader is here). Each sits in a box of fixed size, so nothing moves when it loads;
   * style it with `--ct-template-image-height` and `--ct-template-option-image-size`.
   * @default false
   */
  interactiveImages?: boolean | ((url: string) => boolean) | undefined;
  /**
   * The `Id` of the first message the reader has not read (`useTranscript`'s
   * `unread.firstUnreadId`): a "New messages" divider sits above it. The view keeps the first
   * one it is given while the reader catches up; it goes when the reader scrolls down to the
   * end, sends a message, or `dismissUnread()` is called.
   */
  unreadFrom?: string | undefined;
  /**
   * Called with the `Id`s of messages from others once the reader has really seen them (most of
   * the message in view for half a second without scrolling, the tab visible), each once: send
   * read receipts from here.
   */
  onMessagesSeen?: ((ids: string[]) => void) | undefined;
  /**
   * Highlights a search in the rendered rows (`query`, matched as `searchTranscript` matches),
   * the current hit's row (`current`, its key) more strongly. Nothing moves: the CSS Custom
   * Highlight API paints it (`::highlight(ct-search)`, `::highlight(ct-search-current)`).
   */
  highlight?: TranscriptHighlight | undefined;
}

/**
 * The key of the interactive message that can be answered: the latest message, when it is one,
 * and the chat has not ended after it.
 */
function answerableInteractive(items: readonly TranscriptItem[]): string | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const c = classifyItem(item);
    if (c.kind === 'event' && c.event === 'chat-ended') return undefined;
    if (c.kind === 'message' || c.kind === 'attachment') {
      return c.kind === 'message' && c.format === 'interactive' ? renderKey(item) : undefined;
    }
  }
  return undefined;
}

/**
 * The transcript: a virtualized, accessible chat history that opens at the newest message, loads
 * older pages as the reader scrolls up and keeps the message under the reader's eye in place
 * while pages are prepended, rows grow late or live messages arrive.
 *
 * @example
 * ```tsx
 * import { TranscriptView } from '@connect-transcript/ui';
 * import '@connect-transcript/ui/styles.css';
 *
 * function History({ client }: { client: ParticipantClient }) {
 *   const transcript = useTranscript({ client });
 *   return <TranscriptView transcript={transcript} selfRole="CUSTOMER" style={{ height: 480 }} />;
 * }
 * ```
 */
export const TranscriptView = forwardRef<TranscriptViewHandle, TranscriptViewProps>(
  function TranscriptView(props, ref) {
    const {
      transcript: t,
      selfParticipantId,
      selfRole,
      locale,
      timeZone,
      messages: messagesProp,
      components: componentsProp,
      renderContent,
      onAttachmentOpen,
      scrollStateKey,
      senderNames,
      onInteractiveSelect,
      interactiveImages,
      unreadFrom,
      onMessagesSeen,
      highlight,
      className,
      style,
      onKeyDown,
      onFocus,
      ...rest
    } = props;
    // Inline `messages={{…}}` / `components={{…}}` objects must not re-render every row.
    const messageOverrides = useShallowStable(messagesProp);
    const components = useShallowStable(componentsProp);
    // Defaults are merged once each: the view slots here, the strings in the render context.
    const slots = useMemo(() => ({ ...defaultViewComponents, ...components }), [components]);
    const { rows, typing } = useTranscriptRows(t, {
      selfParticipantId,
      selfRole,
      locale,
      timeZone,
    });
    const ownId = rows.lastOwnMessageId();
    // Whether the view is at the live end, as of the last render (the engine says after it).
    const pinnedNow = useRef(true);
    // A chat the service ended (the token is refused) can no longer be answered either.
    const refused = endedBy(t);
    const answerableKey = useMemo(
      () => (onInteractiveSelect && !refused ? answerableInteractive(t.items) : undefined),
      [onInteractiveSelect, refused, t.items],
    );
    const unread = useUnreadDivider({
      unreadFrom,
      pinned: pinnedNow.current,
      ownId,
      hasRows: rows.length > 0,
      indexOf: (key) => rows.indexOf(key),
    });
    const renderContext = useMemo(
      () =>
        createRenderContext({
          messages: messageOverrides,
          locale,
          timeZone,
          components,
          renderContent,
          onAttachmentOpen,
          openAttachment: t.openAttachment,
          attachmentSize: t.attachmentSize,
          receipts: t.receipts,
          lastOwnMessageId: ownId,
          senderNames,
          onInteractiveSelect,
          interactiveImages,
          answerableKey,
          unreadKey: unread.unreadKey,
        }),
      [
        messageOverrides,
        locale,
        timeZone,
        components,
        renderContent,
        onAttachmentOpen,
        t.openAttachment,
        t.attachmentSize,
        t.receipts,
        ownId,
        senderNames,
        onInteractiveSelect,
        interactiveImages,
        answerableKey,
        unread.unreadKey,
      ],
    );
    const { messages } = renderContext;
    const hasTyping = typing.length > 0;

    // The server render and hydration show a plain, bottom-aligned page of the newest rows; the
    // layout takes over before the first paint (no jump on hydration). A client mount opens in a
    // transition behind the skeleton (see useOpened).
    const ready = t.status === 'success' && rows.length + (hasTyping ? 1 : 0) > 0;
    const opened = useOpened(ready);
    const listVisible = ready && opened === 'open';
    // While the skeleton shows (the first page is on its way, or the rows are about to render in
    // a transition), the rows' date formatters are built in a task of their own.
    useEffect(() => {
      if (!listVisible) prepareDateFormats(locale, timeZone);
    }, [listVisible, locale, timeZone]);
    const { announcer, announce } = useViewAnnouncer(rows, renderContext, messages);
    const view = useTranscriptScroller({
      rows,
      typing: hasTyping,
      transcript: t,
      enabled: listVisible,
      scrollStateKey,
      announce,
    });
    const { scroller, snapshot } = view;
    pinnedNow.current = listVisible && snapshot.pinned;
    useDismissAtEnd(
      pinnedNow.current,
      listVisible && snapshot.phase === 'reading',
      unread.unreadKey !== undefined,
      unread.dismiss,
    );
    useMessagesSeen(view.scrollRef, rows, onMessagesSeen, listVisible);
    const searching = useSearchHighlight(
      view.scrollRef,
      listVisible ? highlight : undefined,
      locale,
    );
    const latest = useRef({ t, unreadKey: unread.unreadKey, rows });
    latest.current = { t, unreadKey: unread.unreadKey, rows };
    useHeightWarning(view.scrollRef, {
      reading: listVisible && snapshot.phase === 'reading',
      hasOlder: t.hasOlder,
      isFetchingOlder: t.isFetchingOlder,
    });
    // While the view opens (it has rows, they render in a transition), what the handle is asked
    // is done once they are in place: a jump asked for right after mounting is not lost.
    const opening = useRef<{ now: boolean; queue: (() => void)[] }>({ now: false, queue: [] });
    opening.current.now = ready && !listVisible;
    useLayoutEffect(() => {
      if (!listVisible) return;
      for (const run of opening.current.queue.splice(0)) run();
    }, [listVisible]);
    useImperativeHandle(ref, () => {
      /** Queues `run` while the view opens; `false` (not queued) otherwise. */
      const whenOpen = (run: () => void): boolean => {
        if (!opening.current.now) return false;
        opening.current.queue.push(run);
        return true;
      };
      return {
        scrollToLatest: (options) => {
          const run = () => scroller.scrollToEnd({ behavior: scrollBehavior(options) });
          if (!whenOpen(run)) run();
        },
        scrollToItem: (id, options) => {
          const run = () =>
            scroller.scrollToKey(id, { align: 'center', behavior: scrollBehavior(options) });
          if (whenOpen(run)) return latest.current.rows.indexOf(id) !== undefined;
          return run();
        },
        scrollToUnread: async (options) => {
          await new Promise<void>((resolve) => {
            if (!whenOpen(resolve)) resolve();
          });
          for (let pages = 0; pages <= 20; pages++) {
            const { t: now, unreadKey } = latest.current;
            if (unreadKey === undefined) return false;
            const at = scroller.indexOf(unreadKey);
            // At the first loaded row, the boundary may be further back: load until it shows.
            if (at !== undefined && (at > 0 || !now.hasOlder || pages === 20)) {
              return scroller.scrollToKey(unreadKey, {
                align: 'start',
                behavior: scrollBehavior(options),
              });
            }
            if (!now.hasOlder || pages === 20) return false;
            await now.fetchOlder();
            // The new rows reach the engine with the next commit.
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          }
          return false;
        },
        dismissUnread: unread.dismiss,
        getPlace: () => scroller.place(),
        restorePlace: (place) => {
          const run = () => scroller.restorePlace(place);
          if (whenOpen(run))
            return place.atEnd || latest.current.rows.indexOf(place.key) !== undefined;
          return run();
        },
      };
    }, [scroller, unread.dismiss]);

    // The status box shows what is above the first loaded row; while older loaded rows wait
    // outside the window, there is nothing to say there.
    const ended = listVisible ? snapshot.ended : t.error?.code === 'ACCESS_DENIED';
    const top =
      listVisible && snapshot.windowStart > 0
        ? null
        : statusOf({ transcript: t, slots, messages, ended, onRetry: scroller.fetchOlderNow });
    const Typing = components?.TypingIndicator ?? TypingIndicator;
    let body: ReactNode;
    // Pending, or opening: the rows are on their way (see useOpened).
    const skeleton = t.status === 'pending' || (ready && opened === 'opening');
    if (skeleton) body = <Skeleton />;
    else if (t.status === 'error')
      body = (
        <slots.Error
          error={t.error}
          onRetry={() => void t.refetch()}
          label={messages.error}
          retryLabel={messages.retry}
        />
      );
    else if (rows.length === 0 && !hasTyping) body = <slots.Empty label={messages.empty} />;
    else
      body = (
        <TranscriptList
          rows={rows}
          windowStart={listVisible ? snapshot.windowStart : 0}
          virtual={listVisible ? view : null}
          focusedKey={snapshot.focusedKey}
          top={top}
          typing={hasTyping ? <Typing typing={typing} /> : null}
        />
      );

    const baseId = useId();
    const focusedIndex =
      snapshot.focusedKey === null ? undefined : scroller.indexOf(snapshot.focusedKey);
    const pinned = listVisible && snapshot.pinned;
    return (
      <TranscriptRenderProvider value={renderContext}>
        <div
          {...rest}
          className={className ? `ct-TranscriptView ${className}` : 'ct-TranscriptView'}
          style={style}
          data-state={t.status}
          data-at-bottom={pinned ? '' : undefined}
          data-loading-older={t.isFetchingOlder ? '' : undefined}
          data-search={searching ? '' : undefined}
        >
          <div
            ref={view.scrollRef}
            id={`${baseId}-log`}
            role="log"
            aria-live="off"
            aria-label={messages.logLabel}
            aria-busy={skeleton || t.isFetchingOlder ? true : undefined}
            tabIndex={focusedIndex !== undefined ? -1 : 0}
            className="ct-TranscriptView-scroller"
            data-static={listVisible ? undefined : ''}
            onKeyDown={(event) => {
              onKeyDown?.(event);
              view.onKeyDown(event);
            }}
            onFocus={(event) => {
              onFocus?.(event);
              view.onFocus(event);
            }}
          >
            {body}
          </div>
          {ended && t.items.length > 0 ? (
            <p role="status" className="ct-TranscriptView-notice">
              {messages.chatEnded}
            </p>
          ) : null}
          {listVisible && !pinned ? (
            <div className="ct-TranscriptView-jumpArea">
              <slots.JumpToLatest
                newCount={snapshot.newCount}
                onJump={() => {
                  // The button goes away at the bottom: keep focus in the view, on the log.
                  if (document.activeElement?.closest('.ct-TranscriptView-jumpArea')) {
                    view.scrollRef.current?.focus({ preventScroll: true });
                  }
                  scroller.scrollToEnd({ behavior: scrollBehavior({ behavior: 'smooth' }) });
                }}
                label={messages.jumpToLatest(snapshot.newCount)}
              />
            </div>
          ) : null}
          <div
            ref={announcer.attach}
            className="ct-TranscriptView-announcer"
            aria-live="polite"
            aria-atomic="true"
          />
        </div>
      </TranscriptRenderProvider>
    );
  },
);
