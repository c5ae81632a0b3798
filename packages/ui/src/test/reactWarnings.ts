import { afterEach, expect } from 'vitest';

/**
 * React's development warnings that point at a defect in the view, not in a test: any of them
 * logged during a browser test fails it. (Errors a test provokes on purpose, such as a slot
 * that throws, are not in this list.)
 */
const DEFECTS = [
  /flushSync was called from inside a lifecycle method/,
  /Cannot update a component .* while rendering a different component/,
  /Maximum update depth exceeded/,
  /Encountered two children with the same key/,
  /Each child in a list should have a unique "key" prop/,
];

const seen: string[] = [];
const original = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (DEFECTS.some((re) => re.test(text))) seen.push(text.slice(0, 300));
  original(...args);
};

afterEach(() => {
  const found = seen.splice(0);
  expect(found, 'React development warnings').toEqual([]);
});
