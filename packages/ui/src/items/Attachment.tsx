'use client';
import { forwardRef } from 'react';
import type { AttachmentProps } from '../components.js';
import { useTranscriptRender } from '../context.js';
import { FileIcon, fileKind } from './icons.js';
import { cx } from './names.js';
import { useOpenAttachment } from './useOpenAttachment.js';

/** `data-status` of an attachment card. */
export type AttachmentState = 'approved' | 'in-progress' | 'rejected' | 'unknown';

/** Review state of an attachment; a missing `Status` counts as approved (older transcripts). */
export function attachmentState(status: string | undefined): AttachmentState {
  if (status === undefined || status === 'APPROVED') return 'approved';
  if (status === 'IN_PROGRESS') return 'in-progress';
  if (status === 'REJECTED') return 'rejected';
  return 'unknown';
}

/**
 * The default `Attachment` slot: a fixed-height card with a type icon, the name (text, never
 * markup), and the review status. Approved files open on click through a freshly signed URL
 * (or `onAttachmentOpen`); files being scanned or rejected are not openable. No preview is
 * loaded, so the card never changes height.
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
  const { messages: m } = useTranscriptRender();
  const name = attachment.AttachmentName?.trim() || m.attachment;
  const state = attachmentState(attachment.Status);
  const opener = useOpenAttachment(attachment, item);
  const canOpen = state === 'approved' && opener.open !== undefined;
  const status =
    opener.state === 'opening'
      ? m.attachmentOpening
      : opener.state === 'error'
        ? m.attachmentError
        : state === 'in-progress'
          ? m.attachmentInProgress
          : state === 'rejected'
            ? m.attachmentRejected
            : undefined;
  const label = <bdi className="ct-Attachment-name">{name}</bdi>;
  return (
    <div
      ref={ref}
      data-status={state}
      data-type={fileKind(attachment.ContentType)}
      data-busy={opener.state === 'opening' ? '' : undefined}
      {...rest}
      className={cx('ct-Attachment', className)}
    >
      <FileIcon kind={fileKind(attachment.ContentType)} />
      {canOpen ? (
        <button
          type="button"
          className="ct-Attachment-open"
          aria-label={m.openAttachment(name)}
          disabled={opener.state === 'opening'}
          onClick={opener.open}
        >
          {label}
        </button>
      ) : (
        label
      )}
      {status && <span className="ct-Attachment-status">{status}</span>}
    </div>
  );
});
