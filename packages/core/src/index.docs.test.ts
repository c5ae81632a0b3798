import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every public export shows up in an editor's hover with its TSDoc: each must have one, with an
// example. The exports are read from index.ts, the docs from the file each comes from.

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

function publicExports(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  for (const [, names = '', file = ''] of read('./index.ts').matchAll(
    /export \{([^}]*)\} from '\.\/(\w+)\.js';/g,
  )) {
    for (const raw of names.split(',')) {
      const name = raw.replace(/^\s*type\s+/, '').trim();
      if (name) out.push({ name, file: `./${file}.ts` });
    }
  }
  return out;
}

/** The TSDoc block right before `export … name`, or undefined. */
function docOf(source: string, name: string): string | undefined {
  const declaration = new RegExp(
    `(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*\\nexport (?:async )?(?:function\\*?|const|class|interface|type) ${name}\\b`,
  );
  return declaration.exec(source)?.[1];
}

describe('public API docs', () => {
  const exports = publicExports();

  it('finds the exports of index.ts', () => {
    expect(exports.length).toBeGreaterThan(40);
  });

  it.each(exports)('$name has TSDoc with an @example', ({ name, file }) => {
    const doc = docOf(read(file), name);
    expect(doc, `no TSDoc on ${name} in ${file}`).toBeDefined();
    expect(doc).toContain('@example');
  });

  it('every documented option states its @default', () => {
    const source = read('./client.ts');
    const options = /export interface ParticipantClientOptions \{([\s\S]*?)\n\}/.exec(source)?.[1];
    const optional = [...(options ?? '').matchAll(/(\/\*\*[\s\S]*?\*\/)\s*\n\s*(\w+)\?:/g)];
    expect(optional.length).toBeGreaterThan(3);
    for (const [, doc = '', field] of optional) {
      if (field === 'region' || field === 'endpoint') continue; // one of the two is required
      expect(doc, field).toContain('@default');
    }
  });
});
