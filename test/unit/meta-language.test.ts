import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guessLanguage } from '../../src/core/meta/language';
import { detectScript } from '../../src/core/convert/detect';
import { convertText } from '../../src/core/convert/converter';

const GOLD_DIRS = ['../fixtures/', '../real-gold/gne/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
const golds = GOLD_DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.gold.txt')).map((f) => [f, readFileSync(d + f, 'utf8')] as const));

describe('guessLanguage: the reader and the page converter read a text the same way', () => {
  it('never contradicts detectScript, on every gold text and paragraph in three scripts', () => {
    expect(golds.length).toBeGreaterThan(20);
    const disagree: string[] = [];
    let compared = 0;
    for (const [name, gold] of golds) {
      for (const text of [gold, convertText(gold, 'taiwan'), convertText(gold, 'hongkong'), convertText(gold, 'simplified')]) {
        for (const piece of [text, ...text.split('\n')]) {
          const script = detectScript(piece);
          if (script !== 'simplified' && script !== 'traditional') continue; // mixed or none: either tag
          compared++;
          const guess = guessLanguage(piece, 'zh-CN');
          if (guess !== (script === 'traditional' ? 'zh-Hant' : 'zh-Hans')) disagree.push(`${name}: ${guess} / ${script}: ${piece.slice(0, 40)}`);
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(disagree).toEqual([]);
  });

  it('labels a short traditional line (the whole-character detector, not a list of frequent words)', () => {
    expect(guessLanguage('五、注意事項', 'zh-CN')).toBe('zh-Hant');
    expect(guessLanguage('集中帶量採購壓降價格', 'zh-CN')).toBe('zh-Hant');
    expect(guessLanguage('集中带量采购压降价格', 'zh-TW')).toBe('zh-Hans');
  });

  it('a tie, or Han without one-script characters, is simplified', () => {
    expect(guessLanguage('中文', 'zh-TW')).toBe('zh-Hans');
    expect(guessLanguage('这這', 'zh-TW')).toBe('zh-Hans');
  });

  it('text that is not Chinese takes the declared language’s primary subtag, English without one', () => {
    expect(guessLanguage('Hello world, this is English.', 'en-US')).toBe('en');
    expect(guessLanguage('Bonjour tout le monde', 'fr-FR')).toBe('fr');
    expect(guessLanguage('Hello world', 'zh-CN')).toBe('en');
    expect(guessLanguage('', '')).toBe('en');
    // Fewer than one Han character in eight Latin letters: an English text quoting a name.
    expect(guessLanguage('The minister, 张三, said the plan would go ahead next year as announced.', 'en')).toBe('en');
  });
});
