import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_FORMS, bilingualRegExp } from '../../src/core/text/script-variants';
import { foldFigureText } from '../../src/core/figures/script';

const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 't', to: 'cn' })];
const toTraditional = [OpenCC.Converter({ from: 'cn', to: 't' }), OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
const pairs = [...TRADITIONAL_FORMS].flatMap(([simplified, forms]) => [...forms].map((traditional) => [simplified, traditional] as const));

/** 參 is also the financial numeral 叁 (叁萬元), which OpenCC reads as 参. */
const FINANCIAL = new Set(['叁參']);

describe('the simplified ⇄ traditional character table', () => {
  it('holds OpenCC pairs only: every traditional form converts back to its simplified character', () => {
    const wrong = pairs.filter(([s, t]) => !FINANCIAL.has(s + t) && !toSimplified.some((c) => c(t) === s));
    expect(wrong.map(([s, t]) => s + t)).toEqual([]);
  });

  it('lists every traditional form OpenCC gives each simplified character (s2t, s2tw, s2hk)', () => {
    const missing: string[] = [];
    for (const [s, forms] of TRADITIONAL_FORMS) for (const c of toTraditional) if (!forms.includes(c(s)) && c(s) !== s) missing.push(s + c(s));
    expect(missing).toEqual([]);
  });

  it('is read the same way by the rule patterns and by the figure fold, pair by pair', () => {
    const disagree: string[] = [];
    for (const [s, t] of pairs) {
      const pattern = bilingualRegExp(`^${s}$`);
      if (!pattern.test(s) || !pattern.test(t)) disagree.push(`pattern ${s}: ${t}`);
      const folded = foldFigureText(t);
      const expected = FINANCIAL.has(`叁${t}`) ? '叁' : s;
      if (folded !== expected) disagree.push(`fold ${t}: ${folded}, not ${expected}`);
    }
    expect(disagree).toEqual([]);
  });
});
