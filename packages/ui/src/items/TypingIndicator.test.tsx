import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createRenderContext, TranscriptRenderProvider } from '../context.js';
import { TypingIndicator } from './TypingIndicator.js';

afterEach(cleanup);
const p = (displayName: string | undefined, role = 'AGENT') => ({
  participantId: displayName ?? role,
  displayName,
  role,
  since: 0,
});

describe('TypingIndicator', () => {
  it('names who is typing, with decorative dots', () => {
    const { container } = render(
      <TypingIndicator typing={[p('Ana'), p(undefined, 'CUSTOM_BOT')]} />,
    );
    expect(screen.getByText('Ana and Assistant are typing')).toBeTruthy();
    expect(container.querySelector('.ct-Typing-dots')?.getAttribute('aria-hidden')).toBe('true');
  });
  it('renders nothing when nobody types', () => {
    const { container } = render(<TypingIndicator typing={[]} />);
    expect(container.innerHTML).toBe('');
  });
  it('takes its words from messages', () => {
    render(
      <TranscriptRenderProvider
        value={createRenderContext({ messages: { typing: (n) => `${n.join(', ')} schreibt…` } })}
      >
        <TypingIndicator typing={[p('<b>Ana</b>')]} className="mine" />
      </TranscriptRenderProvider>,
    );
    const el = screen.getByText('<b>Ana</b> schreibt…');
    expect(el.closest('.ct-Typing')?.className).toBe('ct-Typing mine');
  });
});
