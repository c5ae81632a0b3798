'use client';
import { forwardRef } from 'react';
import type { TypingIndicatorProps } from '../components.js';
import { useTranscriptRender } from '../context.js';
import { cx, inSentence, senderName } from './names.js';

/**
 * The default `TypingIndicator` slot: "Ana is typing" with three dots that pulse (still when
 * the reader prefers reduced motion). Renders nothing when nobody is typing.
 *
 * @example
 * ```tsx
 * <TypingIndicator typing={transcript.typing.filter((p) => p.participantId !== me)} />
 * ```
 */
export const TypingIndicator = forwardRef<HTMLDivElement, TypingIndicatorProps>(
  function TypingIndicator({ typing, className, ...rest }, ref) {
    const { messages, senderNames } = useTranscriptRender();
    if (typing.length === 0) return null;
    const names = typing.map((p) =>
      senderName(
        { DisplayName: p.displayName, ParticipantRole: p.role },
        messages,
        inSentence(senderNames),
      ),
    );
    return (
      <div ref={ref} {...rest} className={cx('ct-Typing', className)}>
        {/* Three dots: ::before, the inner span, ::after. */}
        <span className="ct-Typing-dots" aria-hidden="true">
          <span />
        </span>
        {messages.typing(names)}
      </div>
    );
  },
);
