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
  /** Older pages loaded in a row by these rules, with no scroll or input by the reader between. */
  readonly underfillLoads: number;
  readonly underfillPages: number;
}

/**
 * Which loads the viewport's place calls for. Older rows already loaded join the window before any
 * request is made. Nothing is requested once the chat has ended, while a page is on its way, or
 * after a failure (the reader retries). While the top stays within reach without the reader
 * moving (rows that do not fill the viewport, or a view that grows to fit them), older pages keep
 * loading — up to `underfillPages` in a row, so neither a history of hidden items nor a view
 * without a bounded height drains the chat. The reader's next scroll or input lets loading go on.
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
      input.underfillLoads < input.underfillPages
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

/** The paging rules with their state: which requests are on their way, and underfill loads. */
export interface Pager {
  /** Runs the rules for the viewport's place; returns whether the window should grow. */
  check(place: { offset: number; viewport: number; total: number; windowStart: number }): boolean;
  /** The next older page now (Retry, PageUp, Home), unless one is on its way or none is left. */
  older(): void;
  /** New data arrived: a request that settled is over once the data no longer says it loads. */
  dataChanged(data: ScrollerData): void;
  /** The reader acted: underfill loading may go on. */
  resetUnderfill(): void;
}

/**
 * Creates the pager. The view asks for one page at a time in each direction: a request counts
 * as on its way from the call until it settled and the data no longer says it is loading (a data
 * layer may publish the page after its promise settles).
 */
export function createPager(
  options: () => { thresholdViewports: number; underfillPages: number },
  data: () => ScrollerData,
  /** Whether the chat is known to have ended (sticky beyond `data().ended`). */
  ended: () => boolean,
  settled: () => void,
): Pager {
  let older: 'idle' | 'asked' | 'settled' = 'idle';
  let newer = false;
  let underfillLoads = 0;
  const askOlder = () => {
    older = 'asked';
    underfillLoads++;
    Promise.resolve(data().fetchOlder()).finally(() => {
      older = data().isFetchingOlder ? 'settled' : 'idle';
      settled();
    });
  };
  return {
    check(place) {
      const d = data();
      const actions = pagingActions({
        ...place,
        ...options(),
        data: ended() && !d.ended ? { ...d, ended: true } : d,
        underfillLoads,
      });
      let grow = false;
      for (const action of actions) {
        if (action === 'grow-window') grow = true;
        else if (action === 'fetch-older' && older === 'idle') askOlder();
        else if (action === 'fetch-newer' && !newer) {
          newer = true;
          Promise.resolve(d.fetchNewer()).finally(() => {
            newer = false;
            settled();
          });
        }
      }
      return grow;
    },
    older() {
      underfillLoads = 0;
      const d = data();
      if (!ended() && !d.ended && d.hasOlder && !d.isFetchingOlder && older === 'idle') askOlder();
    },
    dataChanged(d) {
      if (older === 'settled' && !d.isFetchingOlder) older = 'idle';
    },
    resetUnderfill() {
      underfillLoads = 0;
    },
  };
}
