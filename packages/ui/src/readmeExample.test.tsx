import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createParticipantSimulator } from '@connect-transcript/mock';
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

// The root README's first example, exactly as written: extracted, type-checked under the
// strictest settings apps use, then run against the simulator.

// Tests run from the repository root.
const root = `${process.cwd()}/`;
const dir = `${root}node_modules/.cache/readme-example/`;
const readme = readFileSync(`${root}README.md`, 'utf8');
const example = /```tsx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

afterEach(cleanup);

describe('the README example', () => {
  it('is there, with a QueryClientProvider and a bounded view', () => {
    expect(example).toContain('<QueryClientProvider');
    expect(example).toMatch(/style=\{\{ height: \d+ \}\}/);
  });

  it('compiles as written: strict, exactOptionalPropertyTypes, noUncheckedSideEffectImports', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}App.tsx`, example);
    writeFileSync(
      `${dir}tsconfig.json`,
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          customConditions: ['@connect-transcript/source'],
          jsx: 'react-jsx',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedSideEffectImports: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: true,
          noEmit: true,
          types: [],
        },
        files: ['App.tsx'],
      }),
    );
    const tsc = `${root}node_modules/.bin/tsc`;
    let output = '';
    try {
      execFileSync(tsc, ['-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toBe('');
  });

  it('runs as written: loads the newest page through the client and shows it', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}App.tsx`, example);
    const sim = createParticipantSimulator({ seed: 4, scenario: { size: 80 } });
    sessionStorage.setItem('connectionToken', sim.issueToken(sim.defaultContactId));
    const realFetch = globalThis.fetch;
    // The client's region endpoint, answered by the simulator.
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      sim.handler(String(input instanceof Request ? input.url : input), init)) as typeof fetch;
    try {
      const { App } = (await import(/* @vite-ignore */ `${dir}App.tsx`)) as {
        App: () => React.ReactNode;
      };
      const { container } = render(<App />);
      await waitFor(() =>
        expect(container.querySelector('.ct-TranscriptView')?.getAttribute('data-state')).toBe(
          'success',
        ),
      );
      const request = sim.requests.find((r) => r.operation === 'GetTranscript');
      expect(request).toBeDefined();
      const view = container.querySelector<HTMLElement>('.ct-TranscriptView')!;
      expect(view.style.height).toBe('480px');
    } finally {
      globalThis.fetch = realFetch;
      sessionStorage.clear();
    }
  });
});
