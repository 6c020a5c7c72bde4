/**
 * Estimated reading time. Usual estimates for silent reading put adults at 300–500 Chinese
 * characters a minute (400, the middle, is what Chinese reading apps commonly use) and about 230
 * English words a minute. Mixed text counts both; numbers and Latin words inside Chinese text
 * count as words.
 */
const HAN_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 230;

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const WORD = /[A-Za-z0-9\u00c0-\u024f]+(?:['’.-][A-Za-z0-9\u00c0-\u024f]+)*/gu;

export interface ReadingLoad {
  han: number;
  words: number;
}

export function readingLoad(text: string): ReadingLoad {
  return { han: text.match(HAN)?.length ?? 0, words: text.match(WORD)?.length ?? 0 };
}

/** Whole minutes, at least one for any text, zero for none. */
export function readingMinutes(text: string): number {
  const { han, words } = readingLoad(text);
  const minutes = han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE;
  return han + words === 0 ? 0 : Math.max(1, Math.round(minutes));
}
