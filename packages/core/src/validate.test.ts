import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fcParams } from './test/arbitraries.js';
import { dotPath, typeName } from './validate.js';

// zod's own helpers are the oracle; core does not import them (see validate.ts).
describe('dotPath and typeName, as zod words them', () => {
  it('prints paths like z.core.toDotPath (property)', () => {
    const segment = fc.oneof(
      fc.nat({ max: 999 }),
      fc.constantFrom('Transcript', 'Id', 'MessageMetadata', 'a b', '0', '$x', 'é', '', 'x-y'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), (path) => {
        expect(dotPath(path)).toBe(z.core.toDotPath(path));
      }),
      fcParams(),
    );
  });

  it.each([null, undefined, [], [1], {}, 'x', 3, Number.NaN, true, new Date(0), 10n])(
    'names %o as zod does',
    (value) => {
      expect(typeName(value)).toBe(z.util.getParsedType(value));
    },
  );
});
