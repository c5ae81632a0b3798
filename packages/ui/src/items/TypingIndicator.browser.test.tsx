import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { TypingIndicator } from './TypingIndicator.js';

afterEach(cleanup);

describe('TypingIndicator (Chromium)', () => {
  it('shows three 6 px dots in the text colour that pulse one after the other, then the words', () => {
    const { container } = render(
      <div className="ct-TranscriptView">
        <TypingIndicator
          typing={[{ participantId: 'a', displayName: 'Ana', role: 'AGENT', since: 0 }]}
        />
      </div>,
    );
    const typing = container.querySelector<HTMLElement>('.ct-Typing')!;
    const dots = typing.querySelector<HTMLElement>('.ct-Typing-dots')!;
    const styles = [
      getComputedStyle(dots, '::before'),
      getComputedStyle(dots.firstElementChild!),
      getComputedStyle(dots, '::after'),
    ];
    for (const dot of styles) {
      expect([dot.width, dot.height]).toEqual(['6px', '6px']);
      expect(dot.backgroundColor).toBe(getComputedStyle(typing).color);
      expect(dot.animationName).toBe('ct-typing');
    }
    expect(styles.map((dot) => dot.animationDelay)).toEqual(['0s', '0.15s', '0.3s']);
    // The dots sit before the words, 3 px apart.
    const box = dots.getBoundingClientRect();
    expect(box.width).toBeCloseTo(3 * 6 + 2 * 3, 0);
    const words = document.createRange();
    words.setStartAfter(dots);
    words.setEndAfter(typing.lastChild!);
    expect(words.toString()).toBe('Ana is typing');
    expect(words.getBoundingClientRect().left).toBeGreaterThan(box.right);
  });
});
