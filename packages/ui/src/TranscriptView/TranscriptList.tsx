'use client';
import { type CSSProperties, memo, type ReactNode, useCallback, useRef } from 'react';
import type { TranscriptMessages } from '../messages.js';
import { TYPING_KEY } from '../scroller/createScroller.js';
import type { ViewComponents } from './parts.js';
import { type RowList, type RowModel, TranscriptRow, type TranscriptState } from './seam.js';
import { useIsoLayoutEffect } from './useOpened.js';
import { STATUS_ROW_HEIGHT } from './useTranscriptScroller.js';

/** Rows rendered without measurements: the server render and hydration. */
const STATIC_ROWS = 30;

const ROW_STYLE: CSSProperties = { position: 'absolute', top: 0, left: 0, width: '100%' };

interface VirtualRowProps {
  row: RowModel;
  index: number;
  focused: boolean;
  measure: (node: HTMLDivElement | null) => void;
}

/**
 * A memoised row, itself measured and moved by the virtualizer: no wrapper element (the row's
 * root is a border-box div without margins, so its box is the slot). The index changes on every
 * prepend while the row does not: it is written to the element's `data-index` here instead of
 * being a prop, so the memoised row does not re-render for it.
 */
const VirtualRow = memo(function VirtualRow({ row, index, focused, measure }: VirtualRowProps) {
  const node = useRef<HTMLDivElement | null>(null);
  const indexRef = useRef(index);
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      node.current = el;
      // The layout reads the index from the element when it measures and places it.
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

/** What {@link statusOf} reads. */
export interface StatusInput {
  transcript: TranscriptState;
  slots: ViewComponents;
  messages: TranscriptMessages;
  /** The chat is over: no Retry for an older page that was refused for it. */
  ended: boolean;
  onRetry: () => void;
}

/** What is above the first loaded row: loading, the older-page error, the bookend, or nothing. */
export function statusOf({
  transcript: t,
  slots,
  messages,
  ended,
  onRetry,
}: StatusInput): ReactNode {
  if (t.isFetchingOlder) return <slots.LoadingOlder label={messages.loadingOlder} />;
  if (t.olderError && !ended)
    return (
      <slots.OlderError
        error={t.olderError}
        onRetry={onRetry}
        label={messages.olderError}
        retryLabel={messages.retry}
      />
    );
  if (!t.hasOlder) return <slots.StartOfConversation label={messages.startOfConversation} />;
  return null;
}

/** Props of {@link TranscriptList}. */
export interface TranscriptListProps {
  rows: RowList;
  /** First row (of `rows`) the virtualizer holds. */
  windowStart: number;
  /**
   * The rows to render, the list's ref and each row's ref (measured before it is revealed);
   * `null`: the static, bottom-aligned page of the newest rows (server render, hydration).
   */
  virtual: {
    readonly indexes: readonly number[];
    readonly listRef: (node: HTMLDivElement | null) => void;
    readonly measureRow: (node: HTMLDivElement | null) => void;
  } | null;
  focusedKey: string | null;
  /** What sits above the first row: loading, error or the bookend (or nothing). */
  top: ReactNode;
  /** The typing indicator, when someone types. */
  typing: ReactNode;
}

/** The rows: virtualized, or a static page of the newest before the virtualizer takes over. */
export function TranscriptList({
  rows,
  windowStart,
  virtual,
  focusedKey,
  top,
  typing,
}: TranscriptListProps) {
  const topRow =
    top === null ? null : (
      // biome-ignore lint/a11y/useSemanticElements: rows are divs, positioned by the virtualizer
      <div role="listitem" className="ct-TranscriptView-top" style={{ height: STATUS_ROW_HEIGHT }}>
        {top}
      </div>
    );
  if (!virtual) {
    // Static: newest rows, bottom-aligned by CSS (column-reverse scroller), no measurements.
    const from = Math.max(0, rows.length - STATIC_ROWS);
    return (
      // biome-ignore lint/a11y/useSemanticElements: rows are divs, positioned by the virtualizer
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
        {typing && (
          // biome-ignore lint/a11y/useSemanticElements: rows are divs, positioned by the virtualizer
          <div role="listitem" className="ct-TranscriptView-typing">
            {typing}
          </div>
        )}
      </div>
    );
  }
  const { indexes, listRef, measureRow: measure } = virtual;
  const windowLength = rows.length - windowStart;
  return (
    // biome-ignore lint/a11y/useSemanticElements: rows are divs, positioned by the virtualizer
    <div role="list" className="ct-TranscriptView-list" ref={listRef}>
      {topRow}
      {indexes.map((index) => {
        if (index >= windowLength) {
          return (
            // The typing row is measured and moved itself, like the message rows.
            // biome-ignore lint/a11y/useSemanticElements: rows are divs, positioned by the virtualizer
            <div
              key={TYPING_KEY}
              ref={measure}
              data-index={index}
              role="listitem"
              className="ct-TranscriptView-slot ct-TranscriptView-typing"
              style={ROW_STYLE}
            >
              {typing}
            </div>
          );
        }
        const row = rows.at(windowStart + index);
        return (
          <VirtualRow
            key={row.key}
            row={row}
            index={index}
            focused={row.key === focusedKey}
            measure={measure}
          />
        );
      })}
    </div>
  );
}
