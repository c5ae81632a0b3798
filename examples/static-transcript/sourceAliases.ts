import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const pkg = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

/**
 * The workspace packages resolve to their TypeScript sources, so the example runs on a fresh
 * clone with no build of the packages first. Exact matches: `@connect-transcript/mock/server`
 * must not be read as `…/mock/src/index.ts/server`.
 */
export const sourceAliases: Alias[] = [
  { find: /^@connect-transcript\/ui\/styles\.css$/, replacement: pkg('ui/src/styles.css') },
  { find: /^@connect-transcript\/mock\/server$/, replacement: pkg('mock/src/server.ts') },
  { find: /^@connect-transcript\/(core|mock|react|ui)$/, replacement: pkg('$1/src/index.ts') },
];
