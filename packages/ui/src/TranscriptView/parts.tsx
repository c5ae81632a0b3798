'use client';
import type { TranscriptError } from '@connect-transcript/core';
import type { ComponentType, ReactNode } from 'react';

/**
 * Props of the `LoadingOlder` slot: the row at the top while an older page loads.
 *
 * @example
 * ```tsx
 * const LoadingOlder = ({ label }: LoadingOlderProps) => <span className="spinner">{label}</span>;
 * ```
 */
export interface LoadingOlderProps {
  /** The `loadingOlder` string. */
  label: string;
}

/**
 * Props of the `OlderError` slot: the inline row at the top when an older page failed.
 *
 * @example
 * ```tsx
 * const OlderError = (p: OlderErrorProps) => <>{p.label} <button onClick={p.onRetry}>{p.retryLabel}</button></>;
 * ```
 */
export interface OlderErrorProps {
  /** Why the page failed. */
  error: TranscriptError;
  /** Fetches the page again; the reader's place is kept. */
  onRetry: () => void;
  /** The `olderError` string. */
  label: string;
  /** The `retry` string. */
  retryLabel: string;
}

/**
 * Props of the `StartOfConversation` slot: the bookend once the whole history is loaded.
 *
 * @example
 * ```tsx
 * const StartOfConversation = ({ label }: StartOfConversationProps) => <hr aria-label={label} />;
 * ```
 */
export interface StartOfConversationProps {
  /** The `startOfConversation` string. */
  label: string;
}

/**
 * Props of the `Empty` slot: shown when the conversation has no rows.
 *
 * @example
 * ```tsx
 * const Empty = ({ label }: EmptyProps) => <p className="my-empty">{label}</p>;
 * ```
 */
export interface EmptyProps {
  /** The `empty` string. */
  label: string;
}

/**
 * Props of the `Error` slot: shown when the first page failed and nothing is loaded.
 *
 * @example
 * ```tsx
 * const ErrorState = (p: ErrorProps) => <p>{p.error?.code} <button onClick={p.onRetry}>{p.retryLabel}</button></p>;
 * ```
 */
export interface ErrorProps {
  /** Why the first page failed. */
  error: TranscriptError | null;
  /** Refetches the conversation. */
  onRetry: () => void;
  /** The `error` string. */
  label: string;
  /** The `retry` string. */
  retryLabel: string;
}

/**
 * Props of the `JumpToLatest` slot: the button shown while scrolled up.
 *
 * @example
 * ```tsx
 * const Jump = (p: JumpToLatestProps) => <button onClick={p.onJump}>{p.newCount || '↓'}</button>;
 * ```
 */
export interface JumpToLatestProps {
  /** Rows by others that arrived while scrolled up (0 when none). */
  newCount: number;
  /** Scrolls to the newest message. */
  onJump: () => void;
  /** The `jumpToLatest(newCount)` string. */
  label: string;
}

/**
 * The six parts of the scroll container that can be replaced through `components`.
 *
 * @example
 * ```tsx
 * <TranscriptView transcript={t} components={{ Empty: () => <p>Say hello!</p> }} />
 * ```
 */
export interface ViewComponents {
  LoadingOlder: ComponentType<LoadingOlderProps>;
  OlderError: ComponentType<OlderErrorProps>;
  StartOfConversation: ComponentType<StartOfConversationProps>;
  Empty: ComponentType<EmptyProps>;
  Error: ComponentType<ErrorProps>;
  JumpToLatest: ComponentType<JumpToLatestProps>;
}

function LoadingOlder({ label }: LoadingOlderProps): ReactNode {
  return (
    <span className="ct-TranscriptView-status" data-status="loading">
      <span className="ct-TranscriptView-spinner" aria-hidden="true" />
      {label}
    </span>
  );
}

function OlderError({ onRetry, label, retryLabel }: OlderErrorProps): ReactNode {
  return (
    <span className="ct-TranscriptView-status" data-status="error">
      {label}{' '}
      <button type="button" className="ct-TranscriptView-retry" onClick={onRetry}>
        {retryLabel}
      </button>
    </span>
  );
}

function StartOfConversation({ label }: StartOfConversationProps): ReactNode {
  return (
    <span className="ct-TranscriptView-status" data-status="start">
      {label}
    </span>
  );
}

function Empty({ label }: EmptyProps): ReactNode {
  return <p className="ct-TranscriptView-empty">{label}</p>;
}

function ErrorState({ onRetry, label, retryLabel }: ErrorProps): ReactNode {
  return (
    <div className="ct-TranscriptView-error">
      <p>{label}</p>
      <button type="button" className="ct-TranscriptView-retry" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}

function JumpToLatest({ onJump, label, newCount }: JumpToLatestProps): ReactNode {
  return (
    <button
      type="button"
      className="ct-TranscriptView-jump"
      data-new={newCount > 0 ? '' : undefined}
      onClick={onJump}
    >
      {label}
    </button>
  );
}

/** The built-in parts; `components` overrides them one by one. */
export const defaultViewComponents: ViewComponents = {
  LoadingOlder,
  OlderError,
  StartOfConversation,
  Empty,
  Error: ErrorState,
  JumpToLatest,
};

/** Placeholder rows while the first page loads: shapes only, hidden from assistive tech. */
export function Skeleton(): ReactNode {
  return (
    <div className="ct-TranscriptView-skeleton" aria-hidden="true">
      <div data-side="start" />
      <div data-side="end" />
      <div data-side="start" />
      <div data-side="end" />
    </div>
  );
}
