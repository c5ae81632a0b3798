import type { TranscriptItem } from '@connect-transcript/core';
import { receiptsFromItems } from '@connect-transcript/core';
import { render } from '@testing-library/react';
import {
  createRenderContext,
  type RenderContextInput,
  TranscriptRenderProvider,
} from '../context.js';
import { type BuildRowsOptions, buildRows, lastOwnMessageId } from '../items/rows.js';
import { TranscriptRow } from '../items/TranscriptRow.js';

/**
 * Renders items as the view does (rows in a `role="list"`, one render context) without the
 * scroll container. Shared by the row tests.
 */
export function renderRows(
  items: readonly TranscriptItem[],
  options: BuildRowsOptions & RenderContextInput = {},
) {
  const rows = buildRows(items, options);
  const ctx = createRenderContext({
    receipts: receiptsFromItems(items),
    lastOwnMessageId: lastOwnMessageId(rows),
    ...options,
  });
  const result = render(
    <TranscriptRenderProvider value={ctx}>
      {/* biome-ignore lint/a11y/useSemanticElements: the same structure as the view */}
      <div role="list">
        {rows.map((row) => (
          <TranscriptRow key={row.key} row={row} />
        ))}
      </div>
    </TranscriptRenderProvider>,
  );
  return { ...result, rows, ctx };
}
