'use client';
import type { AttachmentItem, ParticipantRole, TranscriptItem } from '@connect-transcript/core';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type CSSProperties,
  type FocusEvent,
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { defaultMessages, type TranscriptMessages } from '../messages.js';
import { scrollBehavior } from './motion.js';
import { defaultViewComponents, Skeleton } from './parts.js';
import { diffRows } from './rowDiff.js';
import { readScrollSnapshot, saveScrollSnapshot } from './scrollState.js';
import {
  createRenderContext,
  createRowList,
  messageText,
  type RowList,
  type RowModel,
  senderName,
  type TranscriptComponents,
  type TranscriptRenderContext,
  TranscriptRenderProvider,
  TranscriptRow,
  type TranscriptState,
  TypingIndicator,
} from './seam.js';

/** Height of the box reserved above the first row for loading / error / bookend (px). */
export const STATUS_ROW_HEIGHT = 48;
const ESTIMATED_ROW_HEIGHT = 72;
/** Older pages load when the viewport's top comes this many viewports near the first row. */
const FETCH_THRESHOLD_VIEWPORTS = 1.5;
/** "At the bottom" tolerance: fractional scrollTop after zoom reads up to ~1 px short. */
const END_THRESHOLD_PX = 2;
/** Rows rendered without measurements: server render and the first client render. */
const STATIC_ROWS = 30;
const OVERSCAN = 1;
/**
 * Rows handed to the virtualizer at first: the newest this many (dozens of viewports). Older
 * loaded rows join in steps of as many when the reader comes near the window's top, the way a
 * page from the server joins — so opening 10,000 loaded items costs what opening 200 does.
 */
const WINDOW_ROWS = 200;
const TYPING_KEY = '\u0000ct:typing';

const useIsoLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
// `useSyncExternalStore` reads `isServer` on the server and while hydrating, `isClient` otherwise.
const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

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
  behavior?: 'auto' | 'smooth';
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
  selfParticipantId?: string;
  /** The reader's role when no `selfParticipantId` is given. @default 'CUSTOMER' */
  selfRole?: ParticipantRole;
  /** BCP 47 locale for times and day separators. @default the runtime's */
  locale?: string;
  /** IANA time zone for times and day separators. @default the runtime's */
  timeZone?: string;
  /** Replaces any built-in string. @default defaultMessages */
  messages?: Partial<TranscriptMessages>;
  /** Replaces parts (rows' parts and the view's loading/error/bookend/empty/jump parts). */
  components?: Partial<TranscriptComponents>;
  /** Renders a message's content instead of the built-in text/markdown/interactive renderer. */
  renderContent?: (item: TranscriptItem, row: RowModel) => ReactNode;
  /** Opens an attachment instead of the built-in signed-URL link. */
  onAttachmentOpen?: (attachment: AttachmentItem, item: TranscriptItem) => void;
  /** Remembers the scroll position under this key (sessionStorage) and restores it on remount. */
  scrollStateKey?: string;
}

const isMessageRow = (row: RowModel): boolean =>
  row.cls.kind === 'message' || row.cls.kind === 'attachment';

/** "Ana: text" for one incoming row: ITEMS' plain-text summary (markdown flattened, clipped). */
function announcementOf(row: RowModel, ctx: TranscriptRenderContext): string {
  const m = ctx.messages;
  const text =
    row.cls.kind === 'attachment'
      ? m.attachments((row.item.Attachments ?? []).map((a) => a.AttachmentName ?? m.attachment))
      : messageText(row, ctx);
  return m.newMessage(senderName(row.item, m), text);
}

function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** The previous object while the new one is shallow-equal to it. */
function useShallowStable<T extends object | undefined>(value: T): T {
  const ref = useRef(value);
  if (!shallowEqual(ref.current, value)) ref.current = value;
  return ref.current;
}

const ROW_STYLE: CSSProperties = {
  position: 'absolute',
  top: 0,
  left: 0,
  width: '100%',
};

/** Rows `start…` of a list, indexed from 0: what the virtualizer sees. */
function windowOf(list: RowList, start: number): RowList {
  if (start === 0) return list;
  return {
    length: list.length - start,
    at: (i) => list.at(start + i),
    keyAt: (i) => list.keyAt(start + i),
    indexOf(key, ...hints) {
      const i = list.indexOf(key, ...hints.map((h) => h + start));
      return i === undefined || i < start ? undefined : i - start;
    },
    lastOwnMessageId: () => list.lastOwnMessageId(),
  };
}

interface VirtualRowProps {
  row: RowModel;
  index: number;
  focused: boolean;
  measure: (node: HTMLDivElement | null) => void;
}

/**
 * ITEMS' memoised row, itself measured and moved by the virtualizer: no wrapper element (the
 * row's root is a border-box div without margins, so its box is the slot). The index changes on
 * every prepend while the row does not: it is written to the element's `data-index` here instead
 * of being a prop, so the memoised row does not re-render for it.
 */
const VirtualRow = memo(function VirtualRow({ row, index, focused, measure }: VirtualRowProps) {
  const node = useRef<HTMLDivElement | null>(null);
  const indexRef = useRef(index);
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      node.current = el;
      // The virtualizer reads the index from the element when it measures it.
      el?.setAttribute('data-index', String(indexRef.current));
      measure(el);
    },
    [measure],
  );
  useIsoLayoutEffect(() => {
    indexRef.current = index;
    node.current?.setAttribute('data-index', String(index));
  }, [index]);
  return (
    <TranscriptRow
      ref={ref}
      className="ct-TranscriptView-slot"
      style={ROW_STYLE}
      row={row}
      focused={focused}
      tabIndex={focused ? 0 : -1}
    />
  );
});

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
      transcript,
      selfParticipantId,
      selfRole,
      locale,
      timeZone,
      messages: messagesProp,
      components: componentsProp,
      renderContent,
      onAttachmentOpen,
      scrollStateKey,
      className,
      style,
      onKeyDown,
      ...rest
    } = props;
    const t = transcript;
    // Inline `messages={{…}}` / `components={{…}}` objects must not re-render every row.
    const messageOverrides = useShallowStable(messagesProp);
    const components = useShallowStable(componentsProp);
    const messages = useMemo(
      () => ({ ...defaultMessages, ...messageOverrides }),
      [messageOverrides],
    );
    const slots = useMemo(() => ({ ...defaultViewComponents, ...components }), [components]);
    // Rows: ITEMS' pure model, built on demand (only rows that render), reusing unchanged row
    // objects so memoised rows skip re-rendering.
    const builtRef = useRef<RowList | undefined>(undefined);
    const rows = useMemo(
      () =>
        createRowList(t.items, { selfParticipantId, selfRole, locale, timeZone }, builtRef.current),
      [t.items, selfParticipantId, selfRole, locale, timeZone],
    );
    builtRef.current = rows;

    // The window: rows `windowStart…` go to the virtualizer (see WINDOW_ROWS). Remembered by the
    // key of its first row, so prepends and appends around it keep it in place; once it reaches
    // the first loaded row it stays there and older pages join it as they arrive.
    const windowRef = useRef<{ key: string | undefined; index: number; length: number }>({
      key: undefined,
      index: 0,
      length: 0,
    });
    // Read once per mount: where this reader was (see scrollState.ts).
    const [restore] = useState(() =>
      scrollStateKey === undefined ? undefined : readScrollSnapshot(scrollStateKey),
    );
    const [restoring, setRestoring] = useState(true);
    let windowStart: number;
    {
      const w = windowRef.current;
      const n = rows.length;
      // Where the window's first row is now: same place (append), shifted (prepend), or search.
      const found =
        w.key === undefined ? undefined : rows.indexOf(w.key, w.index, w.index + n - w.length);
      if (found !== undefined) windowStart = w.index === 0 ? 0 : found;
      else {
        // First rows (or another transcript): the newest WINDOW_ROWS, with the restored row.
        const restoreAt = restore && !restore.atEnd ? rows.indexOf(restore.key) : undefined;
        windowStart = Math.max(0, n - WINDOW_ROWS);
        if (restoreAt !== undefined)
          windowStart = Math.max(0, Math.min(windowStart, restoreAt - 20));
      }
    }
    useIsoLayoutEffect(() => {
      windowRef.current =
        rows.length > 0
          ? { key: rows.keyAt(windowStart), index: windowStart, length: rows.length }
          : { key: undefined, index: 0, length: 0 };
    });
    const win = useMemo(() => windowOf(rows, windowStart), [rows, windowStart]);

    const ownId = rows.lastOwnMessageId();
    const renderContext = useMemo(
      () =>
        createRenderContext({
          messages: messageOverrides,
          locale,
          timeZone,
          components,
          renderContent,
          onAttachmentOpen,
          receipts: t.receipts,
          lastOwnMessageId: ownId,
        }),
      [
        messageOverrides,
        locale,
        timeZone,
        components,
        renderContent,
        onAttachmentOpen,
        t.receipts,
        ownId,
      ],
    );

    const typing = useMemo(
      () =>
        t.typing.filter((p: TranscriptState['typing'][number]) =>
          selfParticipantId !== undefined
            ? p.participantId !== selfParticipantId
            : p.role !== (selfRole ?? 'CUSTOMER'),
        ),
      [t.typing, selfParticipantId, selfRole],
    );
    const hasTyping = typing.length > 0;
    const count = win.length + (hasTyping ? 1 : 0);

    const scrollRef = useRef<HTMLDivElement | null>(null);
    const baseId = useId();
    // The server render and hydration show a plain, bottom-aligned page of the newest rows; the
    // virtualizer takes over before the first paint (no jump on hydration). A client-only mount
    // (no server HTML to match) skips that static pass: the first render is
    // already virtualized, so the newest rows are not rendered twice.
    const clientRender = useSyncExternalStore(noSubscription, isClient, isServer);
    const [mounted, setMounted] = useState(clientRender);
    useIsoLayoutEffect(() => setMounted(true), []);

    const [focusedKey, setFocusedKey] = useState<string | null>(null);
    const focusedIndex = focusedKey === null ? -1 : (win.indexOf(focusedKey) ?? -1);
    const [atBottom, setAtBottom] = useState(true);
    const [newCount, setNewCount] = useState(0);
    // The live region is written directly: an announcement is not a reason to re-render the
    // list (a prepend would otherwise render everything twice). A new node each time, so the
    // same words ("50 older messages loaded") are read again.
    const announcerRef = useRef<HTMLDivElement | null>(null);
    const announce = useCallback((text: string) => {
      const region = announcerRef.current;
      if (!region) return;
      const node = document.createElement('span');
      node.textContent = text;
      region.replaceChildren(node);
    }, []);
    const [, rerender] = useReducer((x: number) => x + 1, 0);

    const latest = useRef({ t, rows, messages, windowStart });
    latest.current = { t, rows, messages, windowStart };
    const state = useRef({
      initialized: false,
      olderInFlight: false,
      olderSettled: false,
      newerInFlight: false,
      atBottom: true,
      /**
       * Whether the loaded rows reach the chat's live end (no newer page to load), as of the last
       * data change. Rows appended while it was false are a page of history, not new messages.
       */
      liveEnd: true,
      pendingFocus: null as string | null,
      /** A row to scroll to once the window includes it. */
      pendingScroll: null as {
        key: string;
        align: 'auto' | 'center';
        behavior: 'auto' | 'smooth';
      } | null,
      frame: 0,
    });

    const restoreIndex =
      restore && !restore.atEnd && restoring ? win.indexOf(restore.key) : undefined;
    const onScrollRef = useRef(() => {});
    const listVisible = mounted && t.status === 'success' && count > 0;

    const rangeExtractor = useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        // Keep the focused row mounted wherever the reader scrolls, so focus is never lost.
        if (focusedIndex >= 0 && !indexes.includes(focusedIndex)) {
          indexes.push(focusedIndex);
          indexes.sort((a, b) => a - b);
        }
        return indexes;
      },
      [focusedIndex],
    );

    const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
      count,
      enabled: listVisible,
      getScrollElement: () => scrollRef.current,
      estimateSize: () => ESTIMATED_ROW_HEIGHT,
      getItemKey: (index) => (index < win.length ? win.keyAt(index) : TYPING_KEY),
      overscan: OVERSCAN,
      paddingStart: STATUS_ROW_HEIGHT,
      anchorTo: 'end',
      // Following appends at the end is the view's call (see "Pinned" below): the virtualizer
      // judges "at the end" from the last scroll position it read, so an append landing between
      // a jump (scrollToItem, focus) and the read-back of its scroll would pull the reader back;
      // and it cannot tell a newer page of history (after a jump) from a new message.
      followOnAppend: state.current.atBottom && state.current.liveEnd,
      scrollEndThreshold: END_THRESHOLD_PX,
      rangeExtractor,
      directDomUpdates: true,
      // The first measured render starts where it will be shown: the restored place or the end.
      // Not a scroll command: rows measured in that first commit are compensated like any other.
      initialOffset: () =>
        restoreIndex === undefined || !restore
          ? STATUS_ROW_HEIGHT + count * ESTIMATED_ROW_HEIGHT
          : STATUS_ROW_HEIGHT + restoreIndex * ESTIMATED_ROW_HEIGHT - restore.offset,
      onChange: () => onScrollRef.current(),
    });
    // The reader's eye is taken to be the middle of the viewport, and the row under it is the
    // anchor. When a row wholly above the anchor changes height (images, fonts, markdown reflow, a
    // neighbour prepended that ends its group), scrollTop moves by the delta so the anchor and
    // everything below stay put, also mid-scroll. The anchor's own growth is not compensated: its
    // top stays where the reader is looking, and the rows below it move down.
    virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
      item.end <= (instance.scrollOffset ?? 0) + (instance.scrollRect?.height ?? 0) / 2;

    /** Moves the window's start back to row `index` (of all rows) and renders. */
    const extendWindow = useCallback((index: number) => {
      const { rows } = latest.current;
      const start = Math.max(0, Math.min(index, latest.current.windowStart));
      if (rows.length === 0 || start === latest.current.windowStart) return;
      windowRef.current = { key: rows.keyAt(start), index: start, length: rows.length };
      rerender();
    }, []);

    const maybeFetch = useCallback(() => {
      const s = state.current;
      const el = scrollRef.current;
      if (!s.initialized || !el) return;
      const { t, windowStart } = latest.current;
      const offset = virtualizer.scrollOffset ?? el.scrollTop;
      const viewport = el.clientHeight;
      if (windowStart > 0) {
        // Older rows are loaded already: they join the window now, anchored like a page — once
        // the virtualizer has seen the latest scroll position (it anchors from what it saw; a
        // stale one would undo the reader's last step).
        if (offset < viewport * FETCH_THRESHOLD_VIEWPORTS) {
          if (Math.abs(el.scrollTop - offset) > 1) onScrollRef.current();
          else extendWindow(windowStart - WINDOW_ROWS);
        }
      } else if (
        t.hasOlder &&
        !t.isFetchingOlder &&
        !t.olderError &&
        !s.olderInFlight &&
        offset < viewport * FETCH_THRESHOLD_VIEWPORTS
      ) {
        s.olderInFlight = true;
        s.olderSettled = false;
        Promise.resolve(t.fetchOlder()).finally(() => {
          s.olderSettled = true;
          rerender();
        });
      }
      if (
        t.hasNewer &&
        !t.isFetchingNewer &&
        !t.newerError &&
        !s.newerInFlight &&
        virtualizer.getDistanceFromEnd() < viewport * FETCH_THRESHOLD_VIEWPORTS
      ) {
        s.newerInFlight = true;
        Promise.resolve(t.fetchNewer()).finally(() => {
          s.newerInFlight = false;
        });
      }
    }, [virtualizer, extendWindow]);

    // Scroll events and measurements are coalesced into one check per frame, run at the frame's
    // start: it only reads layout (clean then), O(1), and never writes it.
    const check = () => {
      const s = state.current;
      s.frame = 0;
      const el = scrollRef.current;
      if (!s.initialized || !el) return;
      const end = el.scrollHeight - el.clientHeight - el.scrollTop <= END_THRESHOLD_PX;
      if (end !== s.atBottom) {
        s.atBottom = end;
        setAtBottom(end);
        if (end) setNewCount(0);
      }
      maybeFetch();
    };
    onScrollRef.current = () => {
      const s = state.current;
      if (s.initialized && s.frame === 0) s.frame = requestAnimationFrame(check);
    };
    useEffect(
      () => () => {
        cancelAnimationFrame(state.current.frame);
        state.current.frame = 0;
      },
      [],
    );
    // Every scroll, not only those that change the rendered range (all the virtualizer reports):
    // a step that stays within the same rows can still cross the loading threshold or the end.
    useEffect(() => {
      const el = scrollRef.current;
      if (!listVisible || !el) return;
      const onScroll = () => onScrollRef.current();
      el.addEventListener('scroll', onScroll, { passive: true });
      return () => el.removeEventListener('scroll', onScroll);
    }, [listVisible]);

    // Opening position: restored, else the newest message — before the first paint.
    useIsoLayoutEffect(() => {
      const s = state.current;
      if (!listVisible || s.initialized) return;
      const el = scrollRef.current;
      const key = restoreIndex !== undefined && restore ? restore.key : undefined;
      // initialOffset already put the estimated layout at the restored place; as the rows
      // around are measured, nudge the row back to its old distance from the top (a few frames).
      const settleRestore = () => {
        const row = key === undefined ? undefined : virtualizer.elementsCache.get(key);
        if (!row || !el || !restore) return;
        const delta =
          row.getBoundingClientRect().top - el.getBoundingClientRect().top - restore.offset;
        if (Math.abs(delta) >= 0.5) el.scrollTop += delta;
      };
      if (key !== undefined) {
        settleRestore();
        s.atBottom = false;
        setAtBottom(false);
      } else {
        virtualizer.scrollToEnd();
      }
      // Fetching waits until the opening position has settled.
      let left = 4;
      let frame = 0;
      const tick = () => {
        settleRestore();
        if (--left > 0) {
          frame = requestAnimationFrame(tick);
          return;
        }
        s.initialized = true;
        setRestoring(false);
        // Read the position now: the reader (or scrollToItem) may have moved during the settle.
        check();
      };
      frame = requestAnimationFrame(tick);
      return () => cancelAnimationFrame(frame);
    }, [listVisible]);

    // The view's own one-at-a-time guard lifts once the request settled AND a render without
    // `isFetchingOlder` followed (the data layer may publish the page after the promise settles).
    useIsoLayoutEffect(() => {
      const s = state.current;
      if (s.olderSettled && !t.isFetchingOlder) {
        s.olderInFlight = false;
        s.olderSettled = false;
        if (s.initialized) onScrollRef.current();
      }
    });

    // After each data change: announcements, "N new", following the end, next fetch.
    const lastKey = rows.length > 0 ? rows.keyAt(rows.length - 1) : undefined;
    const tailKey = hasTyping ? TYPING_KEY : lastKey;
    const prevEdges = useRef<{
      first?: string;
      last?: string;
      tail?: string;
      count: number;
      length: number;
    }>({ count: 0, length: 0 });
    useIsoLayoutEffect(() => {
      const s = state.current;
      const prev = prevEdges.current;
      const live = s.liveEnd;
      s.liveEnd = !t.hasNewer;
      prevEdges.current = {
        first: rows.length > 0 ? rows.keyAt(0) : undefined,
        last: lastKey,
        tail: tailKey,
        count,
        length: rows.length,
      };
      if (!listVisible) return;
      // Where the previous edges are now: checked at the likely places first (an append leaves
      // them in place, a prepend shifts them by the growth), so no key map is built.
      const grown = rows.length - prev.length;
      const { prepended, appendedFrom } = diffRows(
        prev.first,
        prev.last,
        (key) =>
          key === prev.first
            ? rows.indexOf(key, 0, grown)
            : rows.indexOf(key, prev.length - 1, prev.length - 1 + grown),
        rows.length,
      );
      if (prepended > 0) announce(messages.olderLoaded(prepended));
      // A newer page of history (the view opened at a jump and the reader moves down) is read
      // like an older one: no announcement of its last message, no "N new", no following.
      if (!live) {
        if (s.initialized) onScrollRef.current();
        return;
      }
      let ownAppended = false;
      let incoming = 0;
      let lastIncoming: RowModel | undefined;
      for (let i = appendedFrom; i < rows.length; i++) {
        const row = rows.at(i);
        if (!isMessageRow(row)) continue;
        if (row.mine) ownAppended = true;
        else {
          incoming++;
          lastIncoming = row;
        }
      }
      if (lastIncoming) announce(announcementOf(lastIncoming, renderContext));
      // Pinned (V7): a reader at the bottom stays there whatever changed at the end. The
      // virtualizer's own follow-on-append only sees the item count grow or the last key change;
      // the typing indicator is a transient last item, so a reply that replaces it (same count) or
      // a message inserted above it (same last key) would otherwise be read as "not an append",
      // anchored at the top row, and the reply's extra height left below the viewport. The view
      // owns "at the bottom" (the same flag that hides "Jump to latest"), so it decides.
      const tailChanged = tailKey !== prev.tail || count > prev.count;
      if (ownAppended || (s.initialized && s.atBottom && tailChanged)) virtualizer.scrollToEnd();
      else if (incoming > 0 && !s.atBottom) setNewCount((n) => n + incoming);
      if (s.initialized) onScrollRef.current();
    }, [
      rows,
      tailKey,
      count,
      t.isFetchingOlder,
      t.hasOlder,
      t.olderError,
      t.hasNewer,
      listVisible,
    ]);

    // Remember where the reader was, for the next mount.
    useEffect(() => {
      if (scrollStateKey === undefined) return;
      const save = () => {
        // The row at the reader's eye line (middle) and where its top was in the viewport.
        const offset = virtualizer.scrollOffset;
        if (!state.current.initialized || offset === null) return;
        const item = virtualizer.getVirtualItemForOffset(
          offset + (virtualizer.scrollRect?.height ?? 0) / 2,
        );
        if (item && typeof item.key === 'string' && item.key !== TYPING_KEY) {
          const snapshot = {
            key: item.key,
            offset: item.start - offset,
            atEnd: state.current.atBottom,
          };
          saveScrollSnapshot(scrollStateKey, snapshot);
        }
      };
      addEventListener('pagehide', save);
      return () => {
        removeEventListener('pagehide', save);
        save();
      };
    }, [scrollStateKey, virtualizer]);

    // Scroll to a row that was outside the window, once the window includes it.
    useIsoLayoutEffect(() => {
      const s = state.current;
      const p = s.pendingScroll;
      const index = p === null ? undefined : win.indexOf(p.key);
      if (p === null || index === undefined) return;
      s.pendingScroll = null;
      virtualizer.scrollToIndex(index, { align: p.align, behavior: p.behavior });
    });

    // Move DOM focus to the row keyboard navigation chose, once it is rendered.
    useIsoLayoutEffect(() => {
      const s = state.current;
      if (s.pendingFocus === null) return;
      const target = virtualizer.elementsCache.get(s.pendingFocus);
      if (target instanceof HTMLElement) {
        s.pendingFocus = null;
        target.focus({ preventScroll: true });
      }
    });

    /** Scrolls to row `index` of all rows; one older than the window first joins it. */
    const scrollToRow = useCallback(
      (index: number, align: 'auto' | 'center', behavior: 'auto' | 'smooth') => {
        const { rows, windowStart } = latest.current;
        // Leaving the end now, not at the next frame's check: a live message arriving in between
        // must not pull the reader back down.
        if (index < rows.length - 1 && state.current.atBottom) {
          state.current.atBottom = false;
          setAtBottom(false); // and "Jump to latest" shows
        }
        if (index >= windowStart) {
          virtualizer.scrollToIndex(index - windowStart, { align, behavior });
          return;
        }
        state.current.pendingScroll = { key: rows.keyAt(index), align, behavior };
        extendWindow(index - WINDOW_ROWS / 2);
      },
      [virtualizer, extendWindow],
    );

    const scrollToLatest = useCallback(
      (options?: TranscriptScrollOptions) => {
        setNewCount(0);
        virtualizer.scrollToEnd({ behavior: scrollBehavior(options) });
      },
      [virtualizer],
    );

    useImperativeHandle(
      ref,
      () => ({
        scrollToLatest,
        scrollToItem(id, options) {
          const index = rows.indexOf(id);
          if (index === undefined) return false;
          scrollToRow(index, 'center', scrollBehavior(options));
          return true;
        },
      }),
      [scrollToLatest, rows, scrollToRow],
    );

    /** Focuses row `index` (of all rows) with the roving tabindex and scrolls it into view. */
    const focusRow = (index: number) => {
      if (index < 0 || index >= rows.length) return;
      const key = rows.keyAt(index);
      state.current.pendingFocus = key;
      setFocusedKey(key);
      scrollToRow(index, 'auto', 'auto');
      rerender();
    };

    const fetchOlderNow = () => {
      const s = state.current;
      if (windowStart > 0) extendWindow(windowStart - WINDOW_ROWS);
      else if (t.hasOlder && !t.isFetchingOlder && !s.olderInFlight) {
        s.olderInFlight = true;
        s.olderSettled = false;
        Promise.resolve(t.fetchOlder()).finally(() => {
          s.olderSettled = true;
          rerender();
        });
      }
    };

    const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      onKeyDown?.(event);
      if (event.defaultPrevented || !listVisible || rows.length === 0) return;
      const el = scrollRef.current;
      const inRow = focusedIndex >= 0 && event.target !== el;
      // Row indexes below are of all rows; the virtualizer's are of the window.
      const focused = focusedIndex >= 0 ? windowStart + focusedIndex : -1;
      const offset = el?.scrollTop ?? 0;
      switch (event.key) {
        case 'ArrowUp':
        case 'ArrowDown': {
          event.preventDefault();
          const down = event.key === 'ArrowDown';
          if (!inRow) {
            // From the log itself: start at the row at the viewport's bottom (the newest seen).
            const probe = (virtualizer.scrollOffset ?? 0) + (el?.clientHeight ?? 0) - 1;
            const at = virtualizer.getVirtualItemForOffset(probe)?.index ?? 0;
            focusRow(Math.min(windowStart + at, rows.length - 1));
            return;
          }
          focusRow(Math.max(0, Math.min(rows.length - 1, focused + (down ? 1 : -1))));
          return;
        }
        case 'Home': {
          event.preventDefault();
          if (focused === 0 || (windowStart === 0 && offset <= STATUS_ROW_HEIGHT)) fetchOlderNow();
          focusRow(0);
          return;
        }
        case 'PageUp': {
          if (offset <= STATUS_ROW_HEIGHT) fetchOlderNow();
          return;
        }
        case 'End': {
          event.preventDefault();
          focusRow(rows.length - 1);
          scrollToLatest();
          return;
        }
      }
    };

    const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
      const slot = (event.target as Element).closest?.('.ct-TranscriptView-slot');
      const index = Number(slot?.getAttribute('data-index'));
      const row = Number.isInteger(index) && index < win.length ? win.at(index) : undefined;
      if (row && row.key !== focusedKey) setFocusedKey(row.key);
    };

    const retryOlder = () => {
      fetchOlderNow();
    };

    // The status box shows what is above the first loaded row; while older loaded rows wait
    // outside the window, there is nothing to say there.
    let top: ReactNode = null;
    if (listVisible && windowStart > 0) top = null;
    else if (t.isFetchingOlder) top = <slots.LoadingOlder label={messages.loadingOlder} />;
    else if (t.olderError)
      top = (
        <slots.OlderError
          error={t.olderError}
          onRetry={retryOlder}
          label={messages.olderError}
          retryLabel={messages.retry}
        />
      );
    else if (!t.hasOlder) top = <slots.StartOfConversation label={messages.startOfConversation} />;
    const topRow =
      top === null ? null : (
        // biome-ignore lint/a11y/useSemanticElements: rows are ITEMS' divs, positioned by the virtualizer
        <div
          role="listitem"
          className="ct-TranscriptView-top"
          style={{ height: STATUS_ROW_HEIGHT }}
        >
          {top}
        </div>
      );

    const Typing = components?.TypingIndicator ?? TypingIndicator;
    const typingLabel = hasTyping ? <Typing typing={typing} /> : null;

    let body: ReactNode;
    if (t.status === 'pending') body = <Skeleton />;
    else if (t.status === 'error')
      body = (
        <slots.Error
          error={t.error}
          onRetry={() => void t.refetch()}
          label={messages.error}
          retryLabel={messages.retry}
        />
      );
    else if (count === 0) body = <slots.Empty label={messages.empty} />;
    else if (!listVisible) {
      // Static: newest rows, bottom-aligned by CSS (column-reverse scroller), no measurements.
      const from = Math.max(0, rows.length - STATIC_ROWS);
      body = (
        // biome-ignore lint/a11y/useSemanticElements: rows are ITEMS' divs, positioned by the virtualizer
        <div role="list" className="ct-TranscriptView-list" data-static="">
          {from === 0 ? topRow : null}
          {Array.from({ length: rows.length - from }, (_, i) => {
            const row = rows.at(from + i);
            return (
              <TranscriptRow
                key={row.key}
                className="ct-TranscriptView-slot"
                row={row}
                tabIndex={-1}
              />
            );
          })}
          {typingLabel && (
            // biome-ignore lint/a11y/useSemanticElements: rows are ITEMS' divs, positioned by the virtualizer
            <div role="listitem" className="ct-TranscriptView-typing">
              {typingLabel}
            </div>
          )}
        </div>
      );
    } else {
      body = (
        // biome-ignore lint/a11y/useSemanticElements: rows are ITEMS' divs, positioned by the virtualizer
        <div role="list" className="ct-TranscriptView-list" ref={virtualizer.containerRef}>
          {topRow}
          {virtualizer.getVirtualItems().map((v) => {
            if (v.index >= win.length) {
              return (
                // The typing row is measured and moved itself, like the message rows.
                // biome-ignore lint/a11y/useSemanticElements: rows are ITEMS' divs, positioned by the virtualizer
                <div
                  key={TYPING_KEY}
                  ref={virtualizer.measureElement}
                  data-index={v.index}
                  role="listitem"
                  className="ct-TranscriptView-slot ct-TranscriptView-typing"
                  style={ROW_STYLE}
                >
                  {typingLabel}
                </div>
              );
            }
            const row = win.at(v.index);
            return (
              <VirtualRow
                key={row.key}
                row={row}
                index={v.index}
                focused={row.key === focusedKey}
                measure={virtualizer.measureElement}
              />
            );
          })}
        </div>
      );
    }

    const chatEnded = t.error?.code === 'ACCESS_DENIED' && t.items.length > 0;
    const showJump = listVisible && !atBottom;

    return (
      <TranscriptRenderProvider value={renderContext}>
        <div
          {...rest}
          className={className ? `ct-TranscriptView ${className}` : 'ct-TranscriptView'}
          style={style}
          data-state={t.status}
          data-at-bottom={listVisible && atBottom ? '' : undefined}
          data-loading-older={t.isFetchingOlder ? '' : undefined}
        >
          <div
            ref={scrollRef}
            id={`${baseId}-log`}
            role="log"
            aria-live="off"
            aria-label={messages.logLabel}
            aria-busy={t.status === 'pending' || t.isFetchingOlder ? true : undefined}
            tabIndex={focusedIndex >= 0 ? -1 : 0}
            className="ct-TranscriptView-scroller"
            data-static={listVisible ? undefined : ''}
            onKeyDown={handleKeyDown}
            onFocus={handleFocus}
          >
            {body}
          </div>
          {chatEnded ? (
            <p role="status" className="ct-TranscriptView-notice">
              {messages.chatEnded}
            </p>
          ) : null}
          {showJump ? (
            <div className="ct-TranscriptView-jumpArea">
              <slots.JumpToLatest
                newCount={newCount}
                onJump={() => {
                  // The button goes away at the bottom: keep focus in the view, on the log.
                  if (document.activeElement?.closest('.ct-TranscriptView-jumpArea')) {
                    scrollRef.current?.focus({ preventScroll: true });
                  }
                  scrollToLatest({ behavior: 'smooth' });
                }}
                label={messages.jumpToLatest(newCount)}
              />
            </div>
          ) : null}
          <div
            ref={announcerRef}
            className="ct-TranscriptView-announcer"
            aria-live="polite"
            aria-atomic="true"
          />
        </div>
      </TranscriptRenderProvider>
    );
  },
);
