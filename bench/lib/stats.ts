/** Median, min and max of the rounds' values (nulls — failed measurements — left out). */
export interface Stat {
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly values: readonly (number | null)[];
  /** Rounds without a value: the measurement failed or the anchor row left the DOM. */
  readonly lost: number;
}

export function summarize(values: readonly (number | null)[]): Stat {
  const ok = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const lost = values.length - ok.length;
  if (ok.length === 0) return { median: null, min: null, max: null, values, lost };
  const mid = Math.floor(ok.length / 2);
  const median = ok.length % 2 ? ok[mid]! : (ok[mid - 1]! + ok[mid]!) / 2;
  return { median, min: ok[0]!, max: ok[ok.length - 1]!, values, lost };
}
