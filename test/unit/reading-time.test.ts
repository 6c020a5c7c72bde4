import { describe, expect, it } from 'vitest';
import { readingLoad, readingMinutes } from '../../src/page/reader/reading-time';
import { fixtureDocument, loadFixture } from '../support/fixtures';
import { runPipeline } from '../../src/core/pipeline';

describe('reading time', () => {
  it('counts Han characters and Latin words apart', () => {
    expect(readingLoad('截至2022年底，87.7%的县医院达到了二级医院能力。')).toEqual({ han: 17, words: 2 });
    expect(readingLoad("Marlow County's paramedics cut 911 calls")).toEqual({ han: 0, words: 6 });
  });
  it('is zero for no text, at least a minute for any text, about 400 characters a minute', () => {
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes('短文。')).toBe(1);
    expect(readingMinutes('字'.repeat(4000))).toBe(10);
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
  });
  it('gives the seed article a plausible estimate', () => {
    const result = runPipeline(fixtureDocument(loadFixture('seed-003-shixun')));
    if (!result.ok) throw new Error(result.message);
    const minutes = readingMinutes(result.article.text);
    expect(minutes).toBeGreaterThanOrEqual(2);
    expect(minutes).toBeLessThanOrEqual(8);
  });
});
