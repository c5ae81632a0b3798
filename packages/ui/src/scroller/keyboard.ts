import type { LaidRows } from './anchor.js';
import type { ScrollerPort } from './types.js';

/** What a key asks of the view. */
export type KeyAction =
  | { readonly kind: 'focus'; readonly index: number }
  | { readonly kind: 'fetch-older' }
  | { readonly kind: 'to-end' };

/** Where the reader is, for the keyboard delegate. Indexes are of all loaded rows. */
export interface KeyContext {
  readonly rowCount: number;
  /** The focused row, or -1 when focus is on the log itself. */
  readonly focused: number;
  /** The row at the viewport's bottom edge: where arrow keys start from the log. */
  readonly bottomRow: number;
  /** Whether the viewport shows the top of everything loaded (the status box included). */
  readonly atTop: boolean;
}

/**
 * The keyboard delegate: which rows the arrow keys, Home and End move to, and when Home and PageUp
 * ask for earlier messages. `preventDefault` is false where the browser's own scrolling should
 * still happen (PageUp). `null`: not a key of the log's.
 */
export function keyActions(
  key: string,
  ctx: KeyContext,
): { actions: KeyAction[]; preventDefault: boolean } | null {
  const last = ctx.rowCount - 1;
  if (last < 0) return null;
  const focus = (index: number): KeyAction => ({
    kind: 'focus',
    index: Math.max(0, Math.min(last, index)),
  });
  switch (key) {
    case 'ArrowUp':
    case 'ArrowDown': {
      if (ctx.focused < 0) return { actions: [focus(ctx.bottomRow)], preventDefault: true };
      const step = key === 'ArrowDown' ? 1 : -1;
      return { actions: [focus(ctx.focused + step)], preventDefault: true };
    }
    case 'Home': {
      const more = ctx.focused === 0 || ctx.atTop;
      return {
        actions: more ? [{ kind: 'fetch-older' }, focus(0)] : [focus(0)],
        preventDefault: true,
      };
    }
    case 'PageUp':
      return { actions: ctx.atTop ? [{ kind: 'fetch-older' }] : [], preventDefault: false };
    case 'End':
      return { actions: [focus(last), { kind: 'to-end' }], preventDefault: true };
    default:
      return null;
  }
}

/** Where the reader is, read off the layout: the row at the viewport's bottom, and the top. */
export function keyContext(
  port: ScrollerPort,
  laid: LaidRows,
  rowCount: number,
  focused: number,
): KeyContext {
  const offset = port.getOffset();
  const bottom = port.getIndexAt(offset + port.getViewportSize() - 1);
  return {
    rowCount,
    focused,
    bottomRow: Math.min(laid.start + (bottom ?? laid.rows.length - laid.start - 1), rowCount - 1),
    atTop: laid.start === 0 && offset <= (port.getRow(0)?.start ?? 0),
  };
}
