import { compactText } from './normalize';

/** Reading units: one CJK character or one Latin word/number, lower-cased; punctuation ignored. */
export function readingTokens(text: string): string[] {
  return compactText(text).toLowerCase().match(/[\u3400-\u9fff\uf900-\ufaff]|[a-z0-9]+(?:[.'’][a-z0-9]+)*/g) ?? [];
}

/** Pairs of adjacent reading units: a cheap fingerprint for "is this the same sentence". */
export function tokenBigrams(text: string): Set<string> {
  const tokens = readingTokens(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) out.add(tokens[i] + '\u0001' + tokens[i + 1]);
  if (tokens.length === 1 && tokens[0]) out.add(tokens[0]);
  return out;
}

/** Share of a's bigrams that also occur in b (0 when a has none). */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let hit = 0;
  for (const g of a) if (b.has(g)) hit++;
  return hit / a.size;
}
