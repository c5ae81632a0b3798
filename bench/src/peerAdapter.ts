import type { Adapter } from './harness.js';

/** The adapter of the peers' pages: their rows are the bench's own `Row` (`data-bench-id`). */
export function peerAdapter(name: string, scroller: () => HTMLElement | null): Adapter {
  return {
    name,
    scroller,
    rowSelector: '[data-bench-id]',
    rowId: (row) => row.getAttribute('data-bench-id'),
    findRow: (id) =>
      scroller()?.querySelector<HTMLElement>(`[data-bench-id="${CSS.escape(id)}"]`) ?? null,
  };
}
