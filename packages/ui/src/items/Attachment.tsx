'use client';
import type { AttachmentItem } from '@connect-transcript/core';
import { useAttachmentUrl, useTranscriptClient } from '@connect-transcript/react';
import { QueryClientContext } from '@tanstack/react-query';
import { forwardRef, type ReactNode, useContext, useState } from 'react';
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

/** `read()`, or `undefined` when it throws. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Whether a client that can sign URLs and a QueryClient are around, so a static transcript
 * (no data layer) shows names instead of crashing. `useTranscriptClient` is a single context
 * read that throws without a provider; it runs on every render, so the hook order is fixed.
 */
function useCanSign(): boolean {
  const queryClient = useContext(QueryClientContext);
  const client = attempt(useTranscriptClient);
  return queryClient !== undefined && typeof client?.getAttachment === 'function';
}

interface OpenProps {
  readonly id: string;
  readonly name: string;
  readonly label: ReactNode;
  readonly m: TranscriptMessages;
}

/** The open button of an approved file: signs a URL on click (again once expired), opens it. */
function SignedOpen({ id, name, label, m }: OpenProps) {
  const signed = useAttachmentUrl(id);
  const [failed, setFailed] = useState(false);
  const opening = signed.status === 'pending';
  const open = () => {
    setFailed(false);
    signed.open().then(
      (url) => {
        const href = safeHref(url);
        if (href) window.open(href, '_blank', 'noopener,noreferrer');
        else setFailed(true);
      },
      () => setFailed(true),
    );
  };
  return (
    <>
      <button
        type="button"
        className="ct-Attachment-open"
        aria-label={m.openAttachment(name)}
        aria-disabled={opening || undefined}
        onClick={opening ? undefined : open}
      >
        {label}
      </button>
      {(opening || failed) && (
        <span className="ct-Attachment-status" role={failed ? 'alert' : undefined}>
          {failed ? m.attachmentError : m.attachmentOpening}
        </span>
      )}
    </>
  );
}

/**
 * The default `Attachment` slot: a fixed-height card with a type icon, the name (text, never
 * markup) and the review status. Approved files open on click through a freshly signed URL
 * (`useAttachmentUrl`, re-signed once expired) or `onAttachmentOpen`; files being scanned or
 * rejected are not openable. No preview is loaded, so the card never changes height.
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
  const { messages: m, onAttachmentOpen } = useTranscriptRender();
  const canSign = useCanSign();
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
  } else if (state === 'approved' && canSign && id) {
    body = <SignedOpen id={id} name={name} label={label} m={m} />;
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
