import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as mock from './index.js';
import * as server from './server.js';

describe('public surface', () => {
  it('exports exactly the documented runtime API', () => {
    expect(Object.keys(mock).sort()).toEqual([
      'DEFAULT_QUIRKS',
      'createParticipantSimulator',
      'generateShowcase',
      'generateTranscript',
      'streamingChunks',
    ]);
    expect(Object.keys(server).sort()).toEqual(['startSimulatorServer']);
  });

  it('keeps node: imports out of everything a browser loads (only server.ts and cli.ts use Node)', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const browserFiles = readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'server.ts' && f !== 'cli.ts',
    );
    expect(browserFiles).toContain('index.ts');
    for (const file of browserFiles) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      expect(source, file).not.toMatch(
        /from ['"]node:|require\(|from ['"]\.\/(server|cli)\.js['"]/,
      );
    }
  });

  it('documents the quirks defaults as the README states them', () => {
    expect(mock.DEFAULT_QUIRKS).toEqual({
      forwardWithoutStartPosition: 'reject',
      emptyStartPositionMeansNewest: true,
      emptyNextTokenAtEnd: true,
      foreignContactId: 'emptyTranscript',
    });
  });
});
