/** The `behavior` option of the view's scroll methods. */
export interface ScrollBehaviorOption {
  behavior?: 'auto' | 'smooth' | undefined;
}

/** Whether the reader asked the system for reduced motion (false where unknown, e.g. SSR). */
export const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The behaviour to scroll with: `smooth` only when asked for and motion is not reduced. */
export const scrollBehavior = (options?: ScrollBehaviorOption): 'auto' | 'smooth' =>
  options?.behavior === 'smooth' && !prefersReducedMotion() ? 'smooth' : 'auto';
