import { server, userEvent } from 'vitest/browser';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until the scroll a wheel started has landed: `scrollTop` moved and then held still for
 * two frames, or did not move within 20 frames (the wheel hit an edge). Firefox scrolls a wheel
 * step smoothly over several frames, and under load it starts late: a test that reads positions
 * right after `userEvent.wheel` can read them before the step.
 */
async function landed(element: Element, from: number): Promise<void> {
  let last = element.scrollTop;
  let still = 0;
  for (let i = 0; i < 120; i++) {
    await frame();
    const now = element.scrollTop;
    still = now === last ? still + 1 : 0;
    last = now;
    if (now !== from ? still >= 2 : i >= 20) return;
  }
}

/**
 * Scrolls `element` the way a reader's wheel does, `deltaY` px (negative: up), in every engine,
 * and waits until the step has landed (`waitToLand: false`: a fling of steps that do not wait). Chromium and Firefox get real wheel input (the provider's
 * `userEvent.wheel`). On WebKit the wheel goes through WebKitWebDriver, whose "release actions"
 * — sent by every later click or key — replays each earlier wheel backwards, so there the same
 * step is a wheel event followed by a scroll of the element: what matters there is that WebKit,
 * like Safari, has no scroll anchoring of its own.
 */
export async function wheel(
  element: Element,
  deltaY: number,
  options: { waitToLand?: boolean } = {},
): Promise<void> {
  const from = element.scrollTop;
  if (server.provider === 'webdriverio') {
    element.dispatchEvent(new WheelEvent('wheel', { deltaY, bubbles: true, cancelable: true }));
    element.scrollBy({ top: deltaY });
    // A wheel event is delivered in a frame at the earliest.
    await frame();
  } else await userEvent.wheel(element, { delta: { y: deltaY } });
  if (options.waitToLand ?? true) await landed(element, from);
}
