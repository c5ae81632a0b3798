/**
 * The announcer owns the view's polite live region. It writes the region directly, so an
 * announcement never re-renders the list, and puts each text in a new node so the same words
 * ("50 earlier messages loaded") are read again.
 */
export interface Announcer {
  /** Attach the live region element (or `null` to detach). */
  attach(region: HTMLElement | null): void;
  say(text: string): void;
}

export function createAnnouncer(): Announcer {
  let region: HTMLElement | null = null;
  return {
    attach(el) {
      region = el;
    },
    say(text) {
      if (!region || text === '') return;
      const node = region.ownerDocument.createElement('span');
      node.textContent = text;
      region.replaceChildren(node);
    },
  };
}
