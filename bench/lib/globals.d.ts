import type { BenchApi } from '../src/harness.js';

declare global {
  interface Window {
    /** Installed by every bench page (see src/harness.ts). */
    __bench: BenchApi;
  }
}
