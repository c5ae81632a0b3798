import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import type { TranscriptItem } from '@connect-transcript/core';
import { createRenderContext, TranscriptRenderProvider } from '../context.js';
import { agent, attachment, customer, event, message } from '../test/items.js';
import { buildRows } from './rows.js';
import { TranscriptRow } from './TranscriptRow.js';

afterEach(cleanup);

function mount(items: TranscriptItem[], dir: 'ltr' | 'rtl' = 'ltr', interactiveImages = false) {
  const rows = buildRows(items, { timeZone: 'UTC' });
  const ctx = createRenderContext({ onAttachmentOpen: () => {}, interactiveImages });
  const view = render(
    <div className="ct-TranscriptView" dir={dir} style={{ width: 320 }}>
      <TranscriptRenderProvider value={ctx}>
        {/* biome-ignore lint/a11y/useSemanticElements: the same structure as the view */}
        <div role="list">
          {rows.map((row) => (
            <TranscriptRow key={row.key} row={row} />
          ))}
        </div>
      </TranscriptRenderProvider>
    </div>,
  );
  const root = view.container.querySelector<HTMLElement>('.ct-TranscriptView')!;
  return { root, rows: [...root.querySelectorAll<HTMLElement>('.ct-Row')] };
}

describe('rows in a 320 px widget (Chromium)', () => {
  it('never overflow sideways, whatever the content', () => {
    const long = 'x'.repeat(300);
    const { root, rows } = mount([
      message(`unbroken ${long}`, agent),
      message(`https://example.com/${long}`, customer),
      message(`**md** \`${long}\`\n\n\`\`\`\n${long}\n\`\`\``, agent, {
        ContentType: 'text/markdown',
      }),
      message('hi', { ...agent, DisplayName: `Name${long}` }),
      attachment(`${long}.pdf`),
      event('participant.joined', { ...agent, DisplayName: long }),
    ]);
    const box = root.getBoundingClientRect();
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    for (const row of rows) {
      for (const el of row.querySelectorAll<HTMLElement>(
        '.ct-Message-bubble, .ct-Event, .ct-Attachment',
      )) {
        const r = el.getBoundingClientRect();
        expect(r.left).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(r.right).toBeLessThanOrEqual(box.right + 0.5);
      }
    }
  });

  it('gives every attachment card the same height, whatever its status or name', () => {
    const { root } = mount([
      attachment('a.pdf', 'application/pdf', 'APPROVED'),
      attachment('photo.jpg', 'image/jpeg', 'IN_PROGRESS'),
      attachment('virus.exe', 'application/octet-stream', 'REJECTED'),
      attachment(`${'very long name '.repeat(20)}.png`, 'image/png', 'APPROVED'),
    ]);
    const heights = [...root.querySelectorAll('.ct-Attachment')].map(
      (el) => el.getBoundingClientRect().height,
    );
    expect(heights).toHaveLength(4);
    expect(new Set(heights).size).toBe(1);
    expect(heights[0]).toBeGreaterThan(20);
  });

  it('shows a 20 px type icon in the text colour on every card, one outline per type', () => {
    const types = ['image/png', 'video/mp4', 'audio/mpeg', 'application/pdf', 'text/csv', 'x/y'];
    const { root } = mount(types.map((type, i) => attachment(`f${i}`, type)));
    const cards = [...root.querySelectorAll<HTMLElement>('.ct-Attachment')];
    expect(cards).toHaveLength(types.length);
    const masks = cards.map((card) => {
      const icon = getComputedStyle(card, '::before');
      expect(icon.width).toBe('20px');
      expect(icon.height).toBe('20px');
      expect(icon.backgroundColor).toBe(getComputedStyle(card).color);
      // The name starts after the icon and the gap.
      const name = card.querySelector('.ct-Attachment-name')!.getBoundingClientRect();
      expect(name.left - card.getBoundingClientRect().left).toBeCloseTo(28, 0);
      return icon.maskImage;
    });
    for (const mask of masks) expect(mask).toMatch(/^url\("data:image\/svg\+xml,/);
    expect(new Set(masks).size).toBe(types.length);
  });

  it('centres the day between two rules', () => {
    const { root } = mount([message('a', agent)]);
    const day = root.querySelector<HTMLElement>('.ct-DaySeparator')!;
    expect(day.textContent).toBe('Tuesday, March 3, 2026');
    const [before, after] = (['::before', '::after'] as const).map((p) => getComputedStyle(day, p));
    expect(Number.parseFloat(before!.width)).toBeGreaterThan(40);
    expect(Number.parseFloat(before!.width)).toBeCloseTo(Number.parseFloat(after!.width), 0);
    expect(before!.borderBlockStartWidth).toBe('1px');
    const text = document.createRange();
    text.selectNodeContents(day);
    const box = day.getBoundingClientRect();
    const label = text.getBoundingClientRect();
    expect(label.left - box.left).toBeCloseTo(box.right - label.right, 0);
  });

  it('lines the sender’s name up with the bubble, whatever the script of the name', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const { rows } = mount(
        [
          message('a', { ...agent, DisplayName: 'Ana' }),
          message('b', { ...agent, ParticipantId: 'p2', DisplayName: 'سارة' }),
        ],
        dir,
      );
      for (const row of rows) {
        const name = row.querySelector('.ct-Message-sender')!.getBoundingClientRect();
        const bubble = row.querySelector('.ct-Message-bubble')!.getBoundingClientRect();
        // The name starts 8 px (--ct-space-2) in from the bubble's start edge.
        if (dir === 'ltr') expect(name.left - bubble.left).toBeCloseTo(8, 0);
        else expect(bubble.right - name.right).toBeCloseTo(8, 0);
      }
      cleanup();
    }
  });

  it('sets markdown blocks compactly in the bubble: no gap above the first or below the last', () => {
    const { root } = mount([
      message('Hello\n\n> quoted\n\n- one\n- two', agent, { ContentType: 'text/markdown' }),
    ]);
    const bubble = root.querySelector<HTMLElement>('.ct-Message-bubble')!;
    const blocks = [...bubble.children].map((el) => el.getBoundingClientRect());
    expect(blocks).toHaveLength(3);
    const box = bubble.getBoundingClientRect();
    const pad = Number.parseFloat(getComputedStyle(bubble).paddingBlockStart);
    expect(blocks[0]!.top - box.top).toBeCloseTo(pad, 0);
    expect(box.bottom - blocks[2]!.bottom).toBeCloseTo(pad, 0);
    // One 8 px (--ct-space-2) gap between blocks.
    expect(blocks[1]!.top - blocks[0]!.bottom).toBeCloseTo(8, 0);
  });

  it('ends a bubble that ends in a quote or a loose list without extra space', () => {
    const { root } = mount([
      message('Hello\n\n> quoted\n> more', agent, { ContentType: 'text/markdown' }),
      message('Hello\n\n- one\n\n- two', agent, { ContentType: 'text/markdown' }),
    ]);
    for (const bubble of root.querySelectorAll<HTMLElement>('.ct-Message-bubble')) {
      const last = bubble.lastElementChild!.lastElementChild!.getBoundingClientRect();
      const pad = Number.parseFloat(getComputedStyle(bubble).paddingBlockEnd);
      expect(bubble.getBoundingClientRect().bottom - last.bottom).toBeCloseTo(pad, 0);
    }
  });

  it('puts the reader’s messages on the end side, mirrored in RTL', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const { root } = mount([message('theirs', agent), message('mine', customer)], dir);
      const [theirs, mine] = [...root.querySelectorAll('.ct-Message-bubble')].map((el) =>
        el.getBoundingClientRect(),
      );
      if (dir === 'ltr') expect(mine!.right).toBeGreaterThan(theirs!.right);
      else expect(mine!.left).toBeLessThan(theirs!.left);
      cleanup();
    }
  });

  it('keeps a box of fixed size for template images, so nothing moves when they load or fail', async () => {
    // An address nothing answers: the images never load, and their boxes are there all the same.
    const url = (name: string) => `https://127.0.0.1:9/${name}.png`;
    const content = JSON.stringify({
      templateType: 'ListPicker',
      version: '1.0',
      data: {
        content: {
          title: 'Which plan?',
          imageType: 'URL',
          imageData: url('header'),
          elements: [
            { title: 'Basic', subtitle: '$5', imageType: 'URL', imageData: url('basic') },
            { title: 'Plus', imageType: 'URL', imageData: url('plus') },
          ],
        },
      },
    });
    const item = message(content, agent, {
      ContentType: 'application/vnd.amazonaws.connect.message.interactive',
    });
    const { rows } = mount([item], 'ltr', true);
    const row = rows[0]!;
    const before = row.getBoundingClientRect().height;
    const boxes = () =>
      [...row.querySelectorAll<HTMLImageElement>('img.ct-Interactive-image')].map((img) => {
        const r = img.getBoundingClientRect();
        return [img.dataset.kind, Math.round(r.height), Math.round(r.width) > 0];
      });
    expect(boxes()).toEqual([
      ['header', 120, true],
      ['option', 40, true],
      ['option', 40, true],
    ]);
    await new Promise((r) => setTimeout(r, 500));
    expect(row.getBoundingClientRect().height).toBe(before);
    expect(boxes()).toEqual([
      ['header', 120, true],
      ['option', 40, true],
      ['option', 40, true],
    ]);
  });
});
