import type { FrameClock, ScrollerData } from './types.js';

// The engine's constants and defaults: one place.

/** Offsets closer than this are the same place (fractional scrollTop after zoom). */
export const SAME_PX = 0.5;
/** A scroll event this far from where the engine put the viewport was the reader's. */
export const OWN_WRITE_PX = 1;
/** A smooth scroll that has not arrived by then is taken as done. */
export const SMOOTH_TIMEOUT_MS = 1500;

export const DEFAULTS = {
  windowRows: 200,
  fetchThresholdViewports: 1.5,
  endThreshold: 2,
  underfillPages: 10,
  openingFrames: 4,
};

export const EMPTY_DATA: ScrollerData = {
  rows: { length: 0, keyAt: () => '', indexOf: () => undefined, roleAt: () => 'other' },
  typing: false,
  hasOlder: false,
  isFetchingOlder: false,
  olderFailed: false,
  hasNewer: false,
  isFetchingNewer: false,
  newerFailed: false,
  ended: false,
  fetchOlder: () => undefined,
  fetchNewer: () => undefined,
};

export const animationFrames: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};
