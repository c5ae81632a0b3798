import { cleanup } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createRenderContext } from '../context.js';
import { agent, attachment, bot, customer, event, message } from '../test/items.js';
import { renderRows } from '../test/renderRows.js';
import { messageContent } from './content.js';
import { buildRows } from './rows.js';

afterEach(cleanup);

const everything = () => [
  message('Hello https://example.com', agent, { RelatedContactId: 'c0' }),
  message('**bold** and [a link](https://example.com)\n\n- one\n- two', agent, {
    ContentType: 'text/markdown',
  }),
  message(
    JSON.stringify({
      templateType: 'QuickReply',
      data: { content: { title: 'Pick', elements: [{ title: 'A' }] } },
    }),
    bot,
    { ContentType: 'application/vnd.amazonaws.connect.message.interactive' },
  ),
  event('participant.joined', agent),
  attachment('report.pdf'),
  attachment('scan.png', 'image/png', 'IN_PROGRESS'),
  message('mine', customer),
  { Id: 'x', Type: 'FUTURE_THING' },
];

describe('rows and accessibility', () => {
  it('has no axe violations with every kind of row', async () => {
    const { container } = renderRows(everything(), { onAttachmentOpen: () => {} });
    const result = await axe.run(container, {
      // Colours need real layout: checked in Chromium by the view's browser tests.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });

  it('parses a message once: the same item renders from the memo', () => {
    const item = message('**once**', agent, { ContentType: 'text/markdown' });
    const ctx = createRenderContext();
    const [row] = buildRows([item], {});
    const first = messageContent(row!, ctx);
    const second = messageContent(buildRows([item], {})[0]!, ctx);
    expect(second).toBe(first);
    // A changed item (new object) is parsed again.
    expect(messageContent(buildRows([{ ...item }], {})[0]!, ctx)).not.toBe(first);
  });
});
