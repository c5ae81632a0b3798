import { benchData } from './data.js';
import { BenchStore } from './store.js';

const q = new URLSearchParams(location.search);
const num = (key: string, fallback: number): number => {
  const v = Number(q.get(key));
  return Number.isFinite(v) && q.has(key) ? v : fallback;
};

/** Page parameters, from the query string: `?n=1000&older=1000&page=50&delay=100&hostile=10`. */
export const params = {
  n: num('n', 1000),
  older: num('older', 1000),
  page: num('page', 50),
  delay: num('delay', 100),
  hold: num('hold', 0) === 1,
  /** Every `hostile`-th item shown at mount is a hostile 16,384-character message (0: none). */
  hostile: num('hostile', 0),
};

/** Built before the clock starts, so data generation is not part of any figure. */
export const store = new BenchStore(
  benchData(params.n, params.older, 200, params.hostile),
  params.page,
  params.delay,
);
