'use client';
import { useCallback, useRef, useState } from 'react';
import type { TranscriptMessages } from '../messages.js';
import { type Announcer, createAnnouncer } from '../scroller/announcer.js';
import type { Announcement } from '../scroller/types.js';
import {
  inSentence,
  messageText,
  type RowList,
  type RowModel,
  senderName,
  type TranscriptRenderContext,
} from './seam.js';

/** "Ana: text" for one incoming row: its plain-text summary (markdown flattened, clipped). */
function announcementOf(row: RowModel, ctx: TranscriptRenderContext): string {
  const m = ctx.messages;
  const text =
    row.cls.kind === 'attachment'
      ? m.attachments((row.item.Attachments ?? []).map((a) => a.AttachmentName ?? m.attachment))
      : messageText(row, ctx);
  return m.newMessage(senderName(row.item, m, inSentence(ctx.senderNames)), text);
}

/** The view's announcer, and the engine's announcements put into the view's words. */
export function useViewAnnouncer(
  rows: RowList,
  renderContext: TranscriptRenderContext,
  messages: TranscriptMessages,
): { announcer: Announcer; announce: (a: Announcement) => void } {
  const [announcer] = useState(createAnnouncer);
  const latest = useRef({ rows, renderContext, messages });
  latest.current = { rows, renderContext, messages };
  const announce = useCallback(
    (a: Announcement) => {
      const { rows, renderContext, messages } = latest.current;
      if (a.kind === 'older') announcer.say(messages.olderLoaded(a.count));
      else {
        // A message that just arrived: one of the last rows, looked at first (no key map built).
        const last = Array.from(
          { length: Math.min(16, rows.length) },
          (_, i) => rows.length - 1 - i,
        );
        const index = rows.indexOf(a.key, ...last);
        if (index !== undefined) announcer.say(announcementOf(rows.at(index), renderContext));
      }
    },
    [announcer],
  );
  return { announcer, announce };
}
