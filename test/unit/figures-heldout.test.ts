import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures';
import { HELD_OUT } from './figures-heldout.cases';

/**
 * Sentences written apart from the fixtures (statistical bulletins, related-news snippets of the
 * seed pages, Taiwan, Hong Kong and English copy): every expected figure, exactly, and nothing else.
 */
describe('key figures on held-out sentences', () => {
  it.each(HELD_OUT.map(([s, e], i) => [i, s, e] as const))('#%i %s', (_i, sentence, expected) => {
    const want: string[] = [];
    const cursor = new Map<string, number>();
    for (const [text, category] of expected) {
      const at = sentence.indexOf(text, cursor.get(text) ?? 0);
      expect(at, `"${text}" is in the sentence`).toBeGreaterThanOrEqual(0);
      cursor.set(text, at + text.length);
      want.push(`${at}:${text}:${category}`);
    }
    const got = findFigures(sentence).map((f) => `${f.start}:${f.text}:${f.category}`);
    expect(got).toEqual(want.sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0])));
  });
});
