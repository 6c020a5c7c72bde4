import { readingTokens } from '../../src/core/text/similarity';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Bag-of-tokens precision, recall and F1 of extracted text against gold text. A token is one CJK
 * character or one Latin word or number; punctuation and white space are ignored.
 */
export function scoreText(extracted: string, gold: string): Score {
  const want = countTokens(gold);
  const got = countTokens(extracted);
  let overlap = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const n of want.values()) wantTotal += n;
  for (const [token, n] of got) {
    gotTotal += n;
    overlap += Math.min(n, want.get(token) ?? 0);
  }
  if (gotTotal === 0 && wantTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = gotTotal ? overlap / gotTotal : 0;
  const recall = wantTotal ? overlap / wantTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of readingTokens(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
