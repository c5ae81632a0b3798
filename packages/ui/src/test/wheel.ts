import { server, userEvent } from 'vitest/browser';

/**
 * Scrolls `element` the way a reader's wheel does, `deltaY` px (negative: up). Chromium and
 * Firefox get real wheel input (the provider's `userEvent.wheel`). On WebKit the wheel goes
 * through WebKitWebDriver, whose "release actions" — sent by every later click or key — replays
 * each earlier wheel backwards, so there the same step is a wheel event followed by a scroll of
 * the element: what matters there is that WebKit, like Safari, has no scroll anchoring of its own.
 */
export async function wheel(element: Element, deltaY: number): Promise<void> {
  if (server.provider === 'webdriverio') {
    element.dispatchEvent(new WheelEvent('wheel', { deltaY, bubbles: true, cancelable: true }));
    element.scrollBy({ top: deltaY });
    await new Promise((resolve) => requestAnimationFrame(resolve));
  } else await userEvent.wheel(element, { delta: { y: deltaY } });
}
