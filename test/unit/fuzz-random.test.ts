// Property-based robustness, part 1: random HTML (arbitrary tags, hostile attributes, broken
// nesting, unclosed elements, random text) through the whole pipeline. It never throws, never
// reports an internal error, returns sanitized HTML or a clear no-article/too-large result, and no
// page takes longer than PER_CASE_MS. Part 2 (fuzz-fixtures.test.ts) mutates the real fixtures;
// the two files run in parallel and together give more than 10,000 cases per run.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkPipeline, pageDocument, randomPage, fuzzSeed } from '../support/fuzz';

export const RANDOM_RUNS = 8_500;

test(`random HTML: ${RANDOM_RUNS} pages through the pipeline`, () => {
  let cases = 0;
  let slowest = 0;
  let articles = 0;
  const started = performance.now();
  fc.assert(
    fc.property(randomPage, (html) => {
      const { result, ms } = checkPipeline(pageDocument(html), JSON.stringify(html.slice(0, 300)));
      cases++;
      slowest = Math.max(slowest, ms);
      if (result.ok) articles++;
    }),
    { numRuns: RANDOM_RUNS, seed: fuzzSeed() },
  );
  const total = performance.now() - started;
  console.log(`[fuzz] random HTML: ${cases} cases in ${(total / 1000).toFixed(1)} s, slowest ${slowest.toFixed(0)} ms, ${articles} read as articles`);
  expect(cases).toBe(RANDOM_RUNS);
  // The generator must reach the article path too, not only the no-article one.
  expect(articles).toBeGreaterThan(RANDOM_RUNS / 50);
}, 1_500_000); // hang guard: about 170 s idle; a busy machine must never fail it
