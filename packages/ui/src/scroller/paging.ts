import type { ScrollerData } from './types.js';

/** What the paging rules may ask for after a scroll, a layout change or a page. */
export type PagingAction = 'grow-window' | 'fetch-older' | 'fetch-newer';

/** Everything the paging rules read. */
export interface PagingInput {
  readonly data: ScrollerData;
  readonly offset: number;
  readonly viewport: number;
  readonly total: number;
  /** First loaded row in the window; older loaded rows wait outside while it is above 0. */
  readonly windowStart: number;
  readonly thresholdViewports: number;
  /** Older pages loaded in a row while the rows did not fill the viewport. */
  readonly underfillLoads: number;
  readonly underfillPages: number;
}

/**
 * Which loads the viewport's place calls for. Older rows already loaded join the window before any
 * request is made. Nothing is requested once the chat has ended, while a page is on its way, or
 * after a failure (the reader retries). While the rows do not fill the viewport, older pages keep
 * loading — up to `underfillPages` in a row, so a history of hidden items cannot drain the chat.
 */
export function pagingActions(input: PagingInput): PagingAction[] {
  const { data, offset, viewport, total } = input;
  const actions: PagingAction[] = [];
  if (data.ended || viewport <= 0) return actions;
  const reach = viewport * input.thresholdViewports;
  if (offset < reach) {
    if (input.windowStart > 0) actions.push('grow-window');
    else if (
      data.hasOlder &&
      !data.isFetchingOlder &&
      !data.olderFailed &&
      !(total <= viewport && input.underfillLoads >= input.underfillPages)
    )
      actions.push('fetch-older');
  }
  if (
    data.hasNewer &&
    !data.isFetchingNewer &&
    !data.newerFailed &&
    total - viewport - offset < reach
  )
    actions.push('fetch-newer');
  return actions;
}
