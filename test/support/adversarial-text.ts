/**
 * Text no article holds but a page can: one short unit repeated to a megabyte. Each row is a shape
 * that once cost the recognizer most per character, or that a regex could backtrack on. Shared by
 * `npm run bench` (ms per MB against the budget) and the unit test that guards against a hang.
 */
export const ADVERSARIAL_SHAPES: readonly (readonly [name: string, unit: string])[] = [
  ['percents 1%1%…', '1%'],
  ['money 1亿元…', '1亿元'],
  ['mixed figures', '约1.5万人次，增长12.6%，'],
  ['quoted counts “1个…', '“1个'],
  ['qualified 超过1%…', '超过1%'],
  ['spaced magnitude 1 万…', '1 万'],
  ['ranges 1-2岁…', '1-2岁'],
  ['Chinese numerals', '三百五十万'],
  // A run of digits and numerals with no 年 after it: an unbounded [..]+年 in the lexicon backtracked (quadratic).
  ['numerals and digits 一1二2…', '一1二2'],
  ['digits only', '1234567890'],
  ['dates 2024年1月1日…', '2024年1月1日'],
  ['English 1.5 million…', 'up 1.5 million, '],
  ['Han text', '国家卫生健康委'],
];

export const MB = 1_000_000;

/** The shape's unit repeated to `length` UTF-16 units. */
export function adversarialText(unit: string, length = MB): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** `tsx test/support/adversarial-text.ts`: the figure count of each shape's megabyte, as JSON (run by the hang guard in a child process). */
if (process.argv[1]?.endsWith('adversarial-text.ts')) {
  const { findFigures } = await import('../../src/core/figures');
  const counts = ADVERSARIAL_SHAPES.map(([name, unit]) => [name, findFigures(adversarialText(unit)).length]);
  process.stdout.write(JSON.stringify(Object.fromEntries(counts)));
}
