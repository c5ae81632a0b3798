import type { Alignment, ScrollerPort, ScrollerRows, ScrollMode } from './types.js';

/** A row's place in the layout. */
export interface RowBox {
  readonly start: number;
  readonly size: number;
}

/** The reader's eye is taken to be the middle of the viewport. */
export const eyeLine = (offset: number, viewport: number): number => offset + viewport / 2;

/** The largest offset the layout allows. */
export const maxOffset = (port: ScrollerPort): number =>
  Math.max(0, port.getTotalSize() - port.getViewportSize());

/**
 * The row under the reader's eye at `offset`, and how far its top is below the viewport's top:
 * what an anchored viewport holds still. The eye is the middle of the viewport; when the row
 * there has never been painted (a fast step into unmeasured rows), the painted row nearest to it
 * inside the viewport is taken instead, so what the reader has seen keeps its place while the
 * estimates around it turn into real heights. `rowCount` excludes a trailing typing row, which
 * comes and goes and is never an anchor.
 */
export function captureAnchor(
  port: ScrollerPort,
  offset: number,
  rowCount: number,
): { index: number; offset: number } | undefined {
  if (rowCount === 0) return undefined;
  const viewport = port.getViewportSize();
  const at = port.getIndexAt(eyeLine(offset, viewport));
  const eye = Math.min(at ?? rowCount - 1, rowCount - 1);
  const inView = (i: number) => {
    const box = port.getRow(i);
    return box !== undefined && box.start < offset + viewport && box.start + box.size > offset;
  };
  let index = eye;
  if (!port.isMeasured(eye)) {
    for (let d = 1; ; d++) {
      const up = eye - d;
      const down = eye + d;
      const upIn = up >= 0 && inView(up);
      const downIn = down < rowCount && inView(down);
      if (!upIn && !downIn) break;
      if (downIn && port.isMeasured(down)) {
        index = down;
        break;
      }
      if (upIn && port.isMeasured(up)) {
        index = up;
        break;
      }
    }
  }
  const box = port.getRow(index);
  return box ? { index, offset: box.start - offset } : undefined;
}

/** Where a row placed by `align` puts the viewport's top (unclamped). */
export function alignedOffset(
  box: RowBox,
  align: Exclude<Alignment, 'auto'> | { readonly offset: number },
  viewport: number,
): number {
  if (typeof align === 'object') return box.start - align.offset;
  if (align === 'start') return box.start;
  if (align === 'end') return box.start + box.size - viewport;
  return box.start - (viewport - box.size) / 2;
}

/**
 * `auto`: the least movement that shows the whole row (its top when it is taller than the
 * viewport); `undefined` when it is in view already.
 */
export function autoAlignment(
  box: RowBox,
  offset: number,
  viewport: number,
): Exclude<Alignment, 'auto'> | undefined {
  if (box.start >= offset && box.start + box.size <= offset + viewport) return undefined;
  return box.start < offset || box.size > viewport ? 'start' : 'end';
}

/**
 * The offset the viewport must have for `mode`, given where rows are now; `undefined` when the
 * mode's row is not laid out (then nothing moves).
 */
export function desiredOffset(
  mode: ScrollMode,
  port: ScrollerPort,
  locate: (key: string) => RowBox | undefined,
): number | undefined {
  const max = maxOffset(port);
  if (mode.kind === 'pinned') return max;
  const box = locate(mode.key);
  if (!box) return undefined;
  const raw =
    mode.kind === 'anchored'
      ? box.start - mode.offset
      : alignedOffset(box, mode.align === 'auto' ? 'start' : mode.align, port.getViewportSize());
  return Math.min(max, Math.max(0, raw));
}

/** The rows the port laid out, and the window's first row among them. */
export interface LaidRows {
  readonly start: number;
  readonly rows: ScrollerRows;
}

/**
 * The anchored mode for a viewport at `offset`: the row under the reader's eye (see
 * {@link captureAnchor}). At the very start of the chat (`atStart`: nothing older, scrolled to
 * the top) the first row is held instead: the start stays in view while the rows below it turn
 * from estimates into real heights.
 */
export function anchorAt(
  port: ScrollerPort,
  laid: LaidRows,
  offset: number,
  atStart: boolean,
): Extract<ScrollMode, { kind: 'anchored' }> | undefined {
  const length = laid.rows.length - laid.start;
  let found: { index: number; offset: number } | undefined;
  if (atStart && offset < 0.5 && laid.start === 0 && length > 0) {
    const first = port.getRow(0);
    found = first && { index: 0, offset: first.start };
  }
  found ??= captureAnchor(port, offset, length);
  if (!found) return undefined;
  return {
    kind: 'anchored',
    key: laid.rows.keyAt(laid.start + found.index),
    offset: found.offset,
    reason: 'scrolled',
  };
}
