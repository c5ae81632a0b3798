import type { TranscriptItem } from '@connect-transcript/core';
import { type BenchData, keyOf } from './data.js';

type Listener = () => void;

/**
 * The page's data source, identical for every contender: items that grow at the front
 * (`prepend`, `fetchOlder`) and at the back (`append`), plus the late-growth switch.
 */
export class BenchStore {
  items: readonly TranscriptItem[];
  /** Flips once: every late-growing box takes its final height. */
  grown = false;
  pending = false;
  loads = 0;
  /** How many items joined at the front since mount (react-virtuoso's `firstItemIndex` needs it). */
  prepended = 0;
  private older: TranscriptItem[];
  private future: TranscriptItem[];
  private listeners = new Set<Listener>();
  private inflight: Promise<void> | null = null;

  constructor(
    data: BenchData,
    private readonly pageSize: number,
    private readonly delayMs: number,
  ) {
    this.items = data.initial;
    this.older = [...data.older];
    this.future = [...data.future];
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getItems = (): readonly TranscriptItem[] => this.items;
  getGrown = (): boolean => this.grown;
  getPending = (): boolean => this.pending;

  get hasOlder(): boolean {
    return this.older.length > 0;
  }

  /** Moves `n` older items to the front, synchronously. Returns how many moved. */
  prepend(n: number): number {
    const take = this.older.splice(Math.max(0, this.older.length - n));
    if (take.length > 0) {
      this.items = [...take, ...this.items];
      this.prepended += take.length;
      this.emit();
    }
    return take.length;
  }

  /** Adds `n` newer items at the end, synchronously. */
  append(n: number): number {
    const take = this.future.splice(0, n);
    if (take.length > 0) {
      this.items = [...this.items, ...take];
      this.emit();
    }
    return take.length;
  }

  /** A page load as a server would do it: one at a time, `delayMs` late, `pageSize` items. */
  fetchOlder = (): Promise<void> => {
    if (this.inflight) return this.inflight;
    if (!this.hasOlder) return Promise.resolve();
    this.pending = true;
    this.emit();
    this.inflight = new Promise<void>((resolve) => {
      setTimeout(() => {
        this.inflight = null;
        this.pending = false;
        this.loads++;
        if (this.prepend(this.pageSize) === 0) this.emit();
        resolve();
      }, this.delayMs);
    });
    return this.inflight;
  };

  /**
   * Replaces item `id` with a copy that says more (a streamed reply's next chunk, a processed
   * message's final text): same `Id`, same place, a new object. Returns whether it was found.
   */
  update(id: string, more: string): boolean {
    const at = this.items.findIndex((i) => keyOf(i) === id);
    if (at === -1) return false;
    const item = this.items[at]!;
    const next = [...this.items];
    next[at] = { ...item, Type: 'MESSAGE', Content: `${item.Content ?? ''}${more}` };
    this.items = next;
    this.emit();
    return true;
  }

  grow(): void {
    this.grown = true;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
