import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { frames, gapToBottom, type MountedView, mountView } from '../test/mountView.js';
import { createTestTranscript, makeMessage, messages } from '../test/transcriptStore.js';

let view: MountedView | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const pause = (ms = 300) => new Promise<void>((r) => setTimeout(r, ms)).then(() => frames(2));
const rowByKey = (v: MountedView, key: string) =>
  v.host.querySelector<HTMLElement>(`.ct-Row[data-key="${key}"]`);
const divider = (v: MountedView) => v.host.querySelector<HTMLElement>('.ct-UnreadDivider');
const dividerKey = (v: MountedView) =>
  divider(v)?.closest<HTMLElement>('.ct-Row')?.dataset.key ?? null;

/** The key and viewport offset of the row at the log's vertical middle. */
function eyeRow(log: HTMLElement): { key: string; top: number } {
  const box = log.getBoundingClientRect();
  const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const row = el?.closest<HTMLElement>('.ct-Row');
  if (!row?.dataset.key) throw new Error('no row under the eye');
  return { key: row.dataset.key, top: row.getBoundingClientRect().top };
}
const drift = (v: MountedView, eye: { key: string; top: number }) =>
  Math.abs(rowByKey(v, eye.key)!.getBoundingClientRect().top - eye.top);

describe('the "New messages" divider', () => {
  it('sits above the first unread message, named for screen readers too', async () => {
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store, { unreadFrom: 'm57' });
    expect(dividerKey(view)).toBe('m57');
    expect(divider(view)?.textContent).toBe('New messages');
    expect(rowByKey(view, 'm57')?.getAttribute('aria-label')).toMatch(/^New messages: /);
    // Opened at the newest message, as always.
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
  });

  it('stays while the app marks messages read, and goes when the reader scrolls down to the end', async () => {
    const store = createTestTranscript({ items: messages(0, 80), hasOlder: false });
    view = await mountView(store, { unreadFrom: 'm76' });
    // The receipts are sent: the app's boundary goes away, the divider stays.
    view.rerender({ unreadFrom: undefined });
    await pause();
    expect(dividerKey(view)).toBe('m76');
    // Reading further up and back to the divider's message: still there.
    view.log.scrollTop -= 1500;
    await pause();
    expect(view.handle.current?.scrollToItem('m76')).toBe(true);
    await pause();
    expect(gapToBottom(view.log)).toBeGreaterThan(2);
    expect(dividerKey(view)).toBe('m76');
    view.handle.current?.scrollToLatest();
    await pause();
    expect(divider(view)).toBeNull();
    // The same boundary again does not bring it back.
    view.rerender({ unreadFrom: 'm76' });
    await pause();
    expect(divider(view)).toBeNull();
  });

  it('goes when the reader sends a message', async () => {
    const store = createTestTranscript({ items: messages(0, 40), hasOlder: false });
    view = await mountView(store, { unreadFrom: 'm38', selfParticipantId: 'customer-1' });
    expect(dividerKey(view)).toBe('m38');
    store.append(
      makeMessage(40, { ParticipantId: 'customer-1', ParticipantRole: 'CUSTOMER', Id: 'mine' }),
    );
    await pause();
    expect(divider(view)).toBeNull();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
  });

  it('keeps a pinned view pinned and the row under the eye in place as it comes and goes', async () => {
    const store = createTestTranscript({ items: messages(0, 120), hasOlder: false });
    view = await mountView(store);
    // A boundary arrives while the reader watches the end: not new to them, no divider.
    view.rerender({ unreadFrom: 'm118' });
    await pause();
    expect(divider(view)).toBeNull();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    // Scrolled up, a boundary below the eye appears: the row under the eye does not move.
    view.log.scrollTop -= 900;
    await pause();
    const eye = eyeRow(view.log);
    const below = Number(eye.key.slice(1)) + 3;
    view.rerender({ unreadFrom: `m${below}` });
    await pause();
    expect(dividerKey(view)).toBe(`m${below}`);
    const appeared = drift(view, eye);
    view.handle.current?.dismissUnread();
    await pause();
    expect(divider(view)).toBeNull();
    const went = drift(view, eye);
    console.log(
      `divider below the eye: drift ${appeared.toFixed(2)} px on show, ${went.toFixed(2)} px on dismiss`,
    );
    expect(appeared).toBeLessThanOrEqual(1);
    expect(went).toBeLessThanOrEqual(1);
  });

  it('keeps the row under the eye in place when a divider above it goes', async () => {
    const store = createTestTranscript({ items: messages(0, 120), hasOlder: false });
    view = await mountView(store, { unreadFrom: 'm100' });
    expect(await view.handle.current?.scrollToUnread()).toBe(true);
    await pause();
    // The divider's row is at the top; read a little further down, then dismiss it.
    view.log.scrollTop += 150;
    await pause();
    const eye = eyeRow(view.log);
    expect(eye.key).not.toBe('m100');
    view.handle.current?.dismissUnread();
    await pause();
    const d = drift(view, eye);
    console.log(`divider above the eye dismissed: drift ${d.toFixed(2)} px`);
    expect(d).toBeLessThanOrEqual(1);
  });

  it('jumps to the first unread message, loading older pages until it is there', async () => {
    const store = createTestTranscript({ items: messages(200, 230) });
    store.autoOlder({ pageSize: 20, floor: 100, delayMs: 30 });
    view = await mountView(store, { unreadFrom: 'm150' });
    expect(rowByKey(view, 'm150')).toBeNull();
    expect(await view.handle.current?.scrollToUnread()).toBe(true);
    await pause();
    const row = rowByKey(view, 'm150');
    expect(row?.querySelector('.ct-UnreadDivider')).not.toBeNull();
    // At the top of the viewport.
    const top = row!.getBoundingClientRect().top - view.log.getBoundingClientRect().top;
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    expect(store.olderRequests).toBeLessThanOrEqual(5);
  });

  it('says false when there is nothing unread', async () => {
    const store = createTestTranscript({ items: messages(0, 20), hasOlder: false });
    view = await mountView(store);
    expect(await view.handle.current?.scrollToUnread()).toBe(false);
  });
});

describe('onMessagesSeen', () => {
  const othersInView = (v: MountedView): string[] => {
    const box = v.log.getBoundingClientRect();
    return [...v.host.querySelectorAll<HTMLElement>('.ct-Row[data-key]')]
      .filter((row) => {
        const r = row.getBoundingClientRect();
        const visible = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
        return visible >= Math.min(r.height, box.height) * 0.6 && row.dataset.mine === undefined;
      })
      .map((row) => row.dataset.key!);
  };

  it('reports each message from others that stayed mostly in view, once', async () => {
    const seen: string[][] = [];
    const store = createTestTranscript({ items: messages(0, 60), hasOlder: false });
    view = await mountView(store, { onMessagesSeen: (ids) => seen.push(ids) });
    await pause(800);
    const expected = othersInView(view);
    expect(expected.length).toBeGreaterThan(2);
    expect(seen).toHaveLength(1);
    expect(new Set(seen[0])).toEqual(new Set(expected));
    // None of the reader's own (every third message is the customer's).
    for (const id of seen[0]!) expect(Number(id.slice(1)) % 3).not.toBe(0);
    // A message that arrives in view is reported once things are still; the others not again.
    store.append(makeMessage(61));
    await pause(800);
    expect(seen.flat().filter((id) => id === 'm61')).toHaveLength(1);
    expect(new Set(seen.flat()).size).toBe(seen.flat().length);
  });

  it('reports nothing scrolled past at speed, only what the reader stops at', async () => {
    const seen: string[] = [];
    const store = createTestTranscript({ items: messages(0, 300), hasOlder: false });
    view = await mountView(store, { onMessagesSeen: (ids) => seen.push(...ids) });
    await pause(800);
    seen.length = 0;
    // Up through ~120 messages, a step every 40 ms: never still for the dwell time.
    for (let i = 0; i < 30; i++) {
      view.log.scrollTop -= 250;
      await new Promise((r) => setTimeout(r, 40));
    }
    expect(seen).toEqual([]);
    await pause(800);
    expect(new Set(seen)).toEqual(new Set(othersInView(view)));
  });

  it('reports nothing while the tab is hidden', async () => {
    const seen: string[] = [];
    // An own property over Document.prototype's getter, removed after.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const store = createTestTranscript({ items: messages(0, 40), hasOlder: false });
      view = await mountView(store, { onMessagesSeen: (ids) => seen.push(...ids) });
      await pause(800);
      expect(seen).toEqual([]);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await pause(800);
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('search in the view', () => {
  const highlighted = (name: string): string[] =>
    [...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])].map((r) => r.toString());

  it('highlights every match in the rendered rows, the current hit’s row more, and moves nothing', async () => {
    const items = messages(0, 60).map((m, i) =>
      i % 10 === 5 ? { ...m, Content: `#${i} Your order ORD-${i} shipped to München` } : m,
    );
    const store = createTestTranscript({ items, hasOlder: false });
    view = await mountView(store);
    expect(view.handle.current?.scrollToItem('m45')).toBe(true);
    await pause();
    const eye = eyeRow(view.log);
    view.rerender({ highlight: { query: 'MUNCHEN', current: 'm45' } });
    await pause();
    const all = highlighted('ct-search');
    expect(all.length).toBeGreaterThan(0);
    for (const text of all) expect(text).toBe('München');
    expect(highlighted('ct-search-current')).toEqual(['München']);
    expect(drift(view, eye)).toBeLessThanOrEqual(1);
    // The hits are painted in the highlight colours, which apply only while the view searches.
    const root = view.host.querySelector<HTMLElement>('.ct-TranscriptView')!;
    const bubble = view.host.querySelector<HTMLElement>(
      '.ct-Row[data-key="m45"] .ct-Message-bubble',
    )!;
    expect(root.hasAttribute('data-search')).toBe(true);
    expect(getComputedStyle(bubble, '::highlight(ct-search)').backgroundColor).toBe(
      'rgb(255, 241, 168)',
    );
    // Rows rendered later are highlighted as they come.
    const before = all.length;
    expect(view.handle.current?.scrollToItem('m5')).toBe(true);
    await pause();
    expect(highlighted('ct-search')).toContain('München');
    expect(view.host.querySelector('.ct-Row[data-key="m5"]')).not.toBeNull();
    expect(highlighted('ct-search').length).toBeGreaterThanOrEqual(1);
    expect(before).toBeGreaterThan(0);
    view.rerender({ highlight: undefined });
    await pause();
    expect(CSS.highlights.has('ct-search')).toBe(false);
    expect(root.hasAttribute('data-search')).toBe(false);
  });

  it('highlights a match through inline markup and line breaks, never from one block into the next', async () => {
    const items = [
      ...messages(0, 10),
      makeMessage(10, { ContentType: 'text/markdown', Content: 'Your **order**  number is 7' }),
      makeMessage(11, { Content: 'Order\nnumber 8' }),
      makeMessage(13, {
        ContentType: 'text/markdown',
        Content: 'See [the order](https://example.com/x) number',
      }),
      makeMessage(12, {
        DisplayName: 'Zed',
        ParticipantId: 'agent-2',
        ParticipantRole: 'AGENT',
        Content: 'ebra crossing',
      }),
    ];
    const store = createTestTranscript({ items, hasOlder: false });
    view = await mountView(store, { highlight: { query: 'ORDER NUMBER', current: 'm10' } });
    await pause();
    expect(highlighted('ct-search')).toEqual(['order  number', 'Order\nnumber', 'order number']);
    expect(highlighted('ct-search-current')).toEqual(['order  number']);
    // The sender's name and the message are two blocks: "Zed" + "ebra" is no match.
    expect(view.host.querySelector('.ct-Row[data-key="m12"]')?.textContent).toMatch(/Zed.*ebra/);
    view.rerender({ highlight: { query: 'zedebra' } });
    await pause();
    expect(CSS.highlights.has('ct-search')).toBe(false);
    view.rerender({ highlight: { query: 'zed' } });
    await pause();
    expect(highlighted('ct-search')).toEqual(['Zed']);
  });

  it('comes back to the reader’s place when the search is closed', async () => {
    const store = createTestTranscript({ items: messages(0, 200), hasOlder: false });
    view = await mountView(store);
    view.log.scrollTop -= 1200;
    await pause();
    const eye = eyeRow(view.log);
    const place = view.handle.current?.getPlace();
    expect(place).toMatchObject({ key: expect.any(String), atEnd: false });
    // Jumps to hits far away, and back.
    expect(view.handle.current?.scrollToItem('m20')).toBe(true);
    await pause();
    expect(view.handle.current?.scrollToItem('m60')).toBe(true);
    await pause();
    expect(view.handle.current?.restorePlace(place!)).toBe(true);
    await pause();
    expect(drift(view, eye)).toBeLessThanOrEqual(1);
    // A place at the live end goes back to the end.
    view.handle.current?.scrollToLatest();
    await pause();
    const atEnd = view.handle.current?.getPlace();
    expect(atEnd?.atEnd).toBe(true);
    view.handle.current?.scrollToItem('m10');
    await pause();
    view.handle.current?.restorePlace(atEnd!);
    await pause();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
  });
});

describe('a gap filled after a silence', () => {
  // Loaded: messages 0–99 from pages, then 146–149 that came in live after the socket came back;
  // the gap-fill brings 100–145, which go between the two.
  const withGap = () => [...messages(0, 100), ...messages(146, 150)];

  it('keeps the row under the eye in place while the missed messages go in below it', async () => {
    const store = createTestTranscript({ items: withGap(), hasOlder: false });
    view = await mountView(store);
    expect(view.handle.current?.scrollToItem('m90')).toBe(true);
    await pause();
    const eye = eyeRow(view.log);
    store.set({ items: messages(0, 150) });
    await pause();
    const d = drift(view, eye);
    console.log(`gap-fill below the eye: drift ${d.toFixed(2)} px`);
    expect(d).toBeLessThanOrEqual(1);
    expect(view.host.querySelectorAll('.ct-Row[data-key="m120"]').length).toBeLessThanOrEqual(1);
  });

  it('keeps a pinned view at the newest message', async () => {
    const store = createTestTranscript({ items: withGap(), hasOlder: false });
    view = await mountView(store);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    store.set({ items: messages(0, 150) });
    await pause();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    expect(rowByKey(view, 'm149')).not.toBeNull();
  });
});
