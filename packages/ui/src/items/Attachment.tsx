'use client';
import { type AttachmentItem, isTranscriptError } from '@connect-transcript/core';
import { forwardRef, type ReactNode, useState } from 'react';
import type { AttachmentProps } from '../components.js';
import { useTranscriptRender } from '../context.js';
import type { TranscriptMessages } from '../messages.js';
import { fileKind } from './icons.js';
import { safeHref } from './links.js';
import { cx } from './names.js';

/** `data-status` of an attachment card. */
export type AttachmentState = 'approved' | 'in-progress' | 'rejected' | 'unknown';

/** Review state of an attachment; a missing `Status` counts as approved (older transcripts). */
export function attachmentState(status: string | undefined): AttachmentState {
  if (status === undefined || status === 'APPROVED') return 'approved';
  if (status === 'IN_PROGRESS') return 'in-progress';
  if (status === 'REJECTED') return 'rejected';
  return 'unknown';
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size for people: "820 bytes", "1.2 MB", in the reader's locale (powers of 1,000). */
export function fileSize(bytes: number, locale?: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}

interface OpenProps {
  readonly id: string;
  readonly open: () => Promise<string>;
  readonly name: string;
  readonly label: ReactNode;
  readonly m: TranscriptMessages;
}

/** The open button of an approved file: signs a URL on click (again once expired), opens it. */
function SignedOpen({ id, open: sign, name, label, m }: OpenProps) {
  const { attachmentSize, locale } = useTranscriptRender();
  const [state, setState] = useState<'idle' | 'opening' | 'failed' | 'denied'>('idle');
  // Known once the URL was signed (GetAttachment gives it): this re-renders when it was.
  const bytes = attachmentSize?.(id);
  const opening = state === 'opening';
  const failed = state === 'failed';
  // The service refuses this reader the file (say, a bot participant): asking again is pointless.
  const denied = state === 'denied';
  const open = () => {
    setState('opening');
    sign().then(
      (url) => {
        const href = safeHref(url);
        if (href) window.open(href, '_blank', 'noopener,noreferrer');
        setState(href ? 'idle' : 'failed');
      },
      (error: unknown) =>
        setState(isTranscriptError(error) && error.code === 'ACCESS_DENIED' ? 'denied' : 'failed'),
    );
  };
  return (
    <>
      <button
        type="button"
        className="ct-Attachment-open"
        aria-label={m.openAttachment(name)}
        aria-disabled={opening || denied || undefined}
        onClick={opening || denied ? undefined : open}
      >
        {label}
      </button>
      {bytes !== undefined && <span className="ct-Attachment-size">{fileSize(bytes, locale)}</span>}
      {state !== 'idle' && (
        <span className="ct-Attachment-status" role={opening ? undefined : 'alert'}>
          {denied ? m.attachmentUnavailable : failed ? m.attachmentError : m.attachmentOpening}
        </span>
      )}
    </>
  );
}

/**
 * The default `Attachment` slot: a fixed-height card with a type icon, the name (text, never
 * markup) and the review status. Approved files open on click through a freshly signed URL
 * (the transcript's `openAttachment`, re-signed once expired) or `onAttachmentOpen`; files being scanned or
 * rejected are not openable. Without the transcript's `openAttachment` (an archive) the card shows
 * the name only. No preview is loaded, so the card never changes height.
 *
 * @example
 * ```tsx
 * <TranscriptView transcript={t} components={{ Attachment: (p) => <Attachment {...p} className="file" /> }} />
 * ```
 */
export const Attachment = forwardRef<HTMLDivElement, AttachmentProps>(function Attachment(
  { attachment, item, row: _row, className, ...rest },
  ref,
) {
  const { messages: m, onAttachmentOpen, openAttachment } = useTranscriptRender();
  const name = attachment.AttachmentName?.trim() || m.attachment;
  const state = attachmentState(attachment.Status);
  const kind = fileKind(attachment.ContentType);
  const label = <bdi className="ct-Attachment-name">{name}</bdi>;
  const id = attachment.AttachmentId;
  let body: ReactNode = label;
  if (state === 'approved' && onAttachmentOpen) {
    body = (
      <button
        type="button"
        className="ct-Attachment-open"
        aria-label={m.openAttachment(name)}
        onClick={() => onAttachmentOpen(attachment as AttachmentItem, item)}
      >
        {label}
      </button>
    );
  } else if (state === 'approved' && openAttachment && id) {
    body = <SignedOpen id={id} open={() => openAttachment(id)} name={name} label={label} m={m} />;
  }
  const status =
    state === 'in-progress'
      ? m.attachmentInProgress
      : state === 'rejected'
        ? m.attachmentRejected
        : undefined;
  return (
    <div
      ref={ref}
      data-status={state}
      data-type={kind}
      {...rest}
      className={cx('ct-Attachment', className)}
    >
      {body}
      {status && <span className="ct-Attachment-status">{status}</span>}
    </div>
  );
});
