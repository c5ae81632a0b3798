import type { AttachmentItem, TranscriptItem, TypingParticipant } from '@connect-transcript/core';
import type { ComponentType, HTMLAttributes, ReactNode, RefAttributes } from 'react';
import type { RowModel } from './items/rows.js';
import type { ViewComponents } from './TranscriptView/parts.js';

// ---------------------------------------------------------------------------------------------
// Row parts. Each default is exported, so a slot can wrap it instead of rewriting it.
// ---------------------------------------------------------------------------------------------

/**
 * Props of the `Message` slot: a message or attachment row's bubble with sender and time.
 *
 * @example
 * ```tsx
 * function Bubble({ row, children }: MessageProps) {
 *   return <div className="bubble">{children ?? row.item.Content}</div>;
 * }
 * ```
 */
export interface MessageProps extends HTMLAttributes<HTMLDivElement> {
  readonly row: RowModel;
  /** Content to show instead of the item's own (attachment rows pass their cards here). */
  readonly children?: ReactNode | undefined;
}

/**
 * Props of the `Event` slot: joined/left, transfers, chat ended, unknown events.
 *
 * @example
 * ```tsx
 * function Quiet({ row }: EventProps) {
 *   return <small>{row.cls.kind === 'event' ? row.cls.event : ''}</small>;
 * }
 * ```
 */
export interface EventProps extends HTMLAttributes<HTMLDivElement> {
  readonly row: RowModel;
}

/**
 * Props of the `Attachment` slot: one attachment of an `ATTACHMENT` item.
 *
 * @example
 * ```tsx
 * function File({ attachment }: AttachmentProps) {
 *   return <span>{attachment.AttachmentName}</span>;
 * }
 * ```
 */
export interface AttachmentProps extends HTMLAttributes<HTMLDivElement> {
  readonly attachment: AttachmentItem;
  readonly item: TranscriptItem;
  readonly row: RowModel;
}

/**
 * Props of the `DaySeparator` slot.
 *
 * @example
 * ```tsx
 * function Day({ label }: DaySeparatorProps) {
 *   return <div role="separator">{label}</div>;
 * }
 * ```
 */
export interface DaySeparatorProps extends HTMLAttributes<HTMLDivElement> {
  /** The formatted day (`row.daySeparator`). */
  readonly label: string;
  readonly row: RowModel;
}

/**
 * Props of the `TypingIndicator` slot.
 *
 * @example
 * ```tsx
 * function Typing({ typing }: TypingIndicatorProps) {
 *   return typing.length ? <span>…</span> : null;
 * }
 * ```
 */
export interface TypingIndicatorProps extends HTMLAttributes<HTMLDivElement> {
  /** Who is typing (already without the reader). Empty: render nothing. */
  readonly typing: readonly TypingParticipant[];
}

type Slot<P> = ComponentType<P & RefAttributes<HTMLDivElement>>;

/**
 * The five row parts (defaults: `Message`, `Event`, `Attachment`, `DaySeparator`, `TypingIndicator`).
 *
 * @example
 * ```tsx
 * const rowParts: Partial<ItemComponents> = { DaySeparator: Day };
 * ```
 */
export interface ItemComponents {
  Message: Slot<MessageProps>;
  Event: Slot<EventProps>;
  Attachment: Slot<AttachmentProps>;
  DaySeparator: Slot<DaySeparatorProps>;
  TypingIndicator: Slot<TypingIndicatorProps>;
}

/**
 * Replaceable parts of the transcript view: the row parts above plus the scroll container's
 * (`LoadingOlder`, `OlderError`, `StartOfConversation`, `Empty`, `Error`, `JumpToLatest`).
 * Pass any subset as the `components` prop.
 *
 * @example
 * ```tsx
 * import { Message } from '@connect-transcript/ui';
 * <TranscriptView transcript={t} components={{ Message: (p) => <Message {...p} className="my-bubble" /> }} />
 * ```
 */
export interface TranscriptComponents extends ItemComponents, ViewComponents {}
