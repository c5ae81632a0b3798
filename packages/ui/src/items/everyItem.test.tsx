import { classifyItem, searchTranscript, staticTranscript } from '@connect-transcript/core';
import { generateShowcase } from '@connect-transcript/mock';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMessages, type TranscriptMessages } from '../messages.js';
import { german } from '../test/german.js';
import { renderRows } from '../test/renderRows.js';
import { itemWordsOf } from './Event.js';

afterEach(cleanup);

const chat = generateShowcase();
// What the view shows: control items (typing, receipts, "show more" taps) and superseded
// interactive steps are not rows.
const items = staticTranscript(chat.items).items;

const rowsOf = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.ct-Row')];

describe.each([
  ['English', 'en-US', defaultMessages],
  ['German', 'de-DE', german],
] as const)(
  'every item of a Connect transcript, in %s',
  (_, locale, messages: TranscriptMessages) => {
    it('reads as words: no raw JSON, no sentinel, nothing empty or undefined', () => {
      const { container } = renderRows(items, { locale, timeZone: 'Europe/Berlin', messages });
      const rows = rowsOf(container);
      expect(rows.length).toBe(items.length + rows.filter((r) => r.dataset.kind === 'day').length);
      for (const row of rows) {
        const text = row.textContent?.trim() ?? '';
        const key = row.dataset.key;
        expect(text, key).not.toBe('');
        expect(text, key).not.toMatch(/\{\s*"|"\s*:\s*[[{"]/);
        expect(text, key).not.toMatch(/SYSTEM_MESSAGE|\bBOT\b|undefined|null|\[object/);
        expect(row.getAttribute('aria-label')?.trim(), key).toBeTruthy();
        expect(row.getAttribute('aria-label'), key).not.toMatch(/SYSTEM_MESSAGE|\bBOT\b|undefined/);
      }
    });

    it('has words of its own for every event, and the name or role in them', () => {
      const { container } = renderRows(items, { locale, messages });
      const events = rowsOf(container)
        .map((r) => r.querySelector('.ct-Event-text')?.textContent)
        .filter((t): t is string => t !== undefined && t !== null);
      expect(events).toHaveLength(items.filter((i) => classifyItem(i).kind === 'event').length);
      // Only events this version does not know share one neutral line.
      const generic = typeof messages.unknownEvent === 'string' ? messages.unknownEvent : '';
      expect(events.filter((t) => t === generic)).toHaveLength(1);
      const joined = events.filter((t) =>
        t.includes(locale === 'de-DE' ? 'beigetreten' : 'joined'),
      );
      expect(joined).toEqual(
        locale === 'de-DE'
          ? [
              'Maya Lindqvist ist beigetreten',
              'Assistent ist beigetreten',
              'Priya ist beigetreten',
              'Teilnehmer ist beigetreten',
            ]
          : [
              'Maya Lindqvist joined the chat',
              'Assistant joined the chat',
              'Priya joined the chat',
              'Participant joined the chat',
            ],
      );
    });

    it("is found by a search in the view's words, every event line as the row reads it", () => {
      const { container } = renderRows(items, { locale, messages });
      const labels = itemWordsOf(messages);
      const lines = rowsOf(container).flatMap((r) => {
        const line = r.querySelector('.ct-Event-text')?.textContent;
        return line ? [[r.dataset.key, line] as const] : [];
      });
      expect(lines.length).toBeGreaterThan(10);
      for (const [key, line] of lines) {
        const hits = searchTranscript(items, line, { locale, labels });
        expect(
          hits.some((h) => h.key === key && h.field === 'event' && h.text === line),
          `${key}: ${line}`,
        ).toBe(true);
        // Core's own English words are the view's default ones: a search without labels finds
        // what an English view shows.
        if (messages === defaultMessages) {
          const plain = searchTranscript(items, line, { locale });
          expect(
            plain.some((h) => h.key === key && h.text === line),
            `${key}: ${line}`,
          ).toBe(true);
        }
      }
    });

    it('shows what the customer picked, and hides "show more" taps and replaced steps', () => {
      const { container } = renderRows(items, { locale, messages });
      const picks = [...container.querySelectorAll('.ct-Pick')].map((p) => p.textContent);
      expect(picks).toEqual(['Order #48213', 'Premium']);
      const titles = [...container.querySelectorAll('.ct-Interactive-title')].map(
        (t) => t.textContent,
      );
      expect(titles).toContain('Step 2: tap Accounts');
      expect(titles).not.toContain('Step 1: open Settings');
      expect(container.textContent).not.toContain('SHOW_MORE');
      expect(container.textContent).not.toContain('{:target');
      // Each pick is marked in the message it answered, "show more" taps in between or not.
      const marked = [...container.querySelectorAll('.ct-Interactive-option[data-picked]')].map(
        (o) => o.firstChild?.textContent,
      );
      expect(marked).toEqual(['Track an order', 'Order #48213', 'Premium']);
      expect(container.querySelector('[data-picked] .ct-Interactive-picked')?.textContent).toBe(
        messages.interactivePicked,
      );
    });
  },
);
