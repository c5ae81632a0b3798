// One place for how the project's tests, e2e and benchmarks launch Chromium.

/** Debian's Chromium (`apt-get install chromium`, which ./dev does), unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that work as root on machines with a closed network: without the background-networking
 * ones Chromium keeps dialling out and is refused (see shared/toolchain.md).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
