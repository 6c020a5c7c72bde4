/**
 * Which script a text is written in, from characters that exist in only one script (sets built
 * from OpenCC's tables by scripts/build-opencc-dict.mjs). Runs on every page (detect content
 * script), once, before the JIT has seen the code — so it reads a bounded sample of the page
 * through a packed 2-bit table (7 KB, decoded natively by atob) and nothing else. The one
 * script guesser: the reader's language tag (core/text/script-guess.ts) counts with it too.
 *
 * Declared `lang` attributes are only hints: many sites declare the wrong one.
 */
import {
  HONG_KONG_MARKS,
  SCRIPT_BITS,
  SCRIPT_BITS_BASE,
  SCRIPT_BITS_END,
  STANDARD_MARKS,
  TAIWAN_MARKS,
} from './generated/detect-sets';
import type { ConvertTarget, TraditionalRegion } from './types';
import { UNREADABLE_BY_TAG_NAME, UNREADABLE_SELECTOR } from '../dom/unreadable';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

export interface ScriptCounts {
  /** Han characters (CJK ideographs, including extensions and compatibility forms). */
  han: number;
  /** Hiragana and katakana (not the middle dot or the prolonged-sound mark). */
  kana: number;
  /** Characters only simplified script uses. */
  simplified: number;
  /** Characters only traditional script uses. */
  traditional: number;
}

export interface RegionCounts {
  /** Taiwan / Hong Kong / OpenCC-standard variant forms (see traditionalRegion). */
  tw: number;
  hk: number;
  std: number;
}

/** 2 bits per code point from SCRIPT_BITS_BASE: 1 simplified only, 2 traditional only. */
let bits: string | null = null;

function scriptBits(): string {
  return (bits ??= atob(SCRIPT_BITS));
}

/** Inverse of the build script's encodeCharSet. */
export function decodeCharSet(encoded: string, visit: (codePoint: number) => void): void {
  let cp = 0;
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    cp += c < 0x100 ? c - 0x20 : c - 0x100;
    visit(cp);
  }
}

/** 'simplified' / 'traditional' for a character only that script uses, else null. */
export function charScript(ch: string): 'simplified' | 'traditional' | null {
  const c = ch.charCodeAt(0);
  if (c < SCRIPT_BITS_BASE || c >= SCRIPT_BITS_END || ch.length !== 1) return null;
  const k = c - SCRIPT_BITS_BASE;
  const v = (scriptBits().charCodeAt(k >> 2) >> ((k & 3) << 1)) & 3;
  return v === 1 ? 'simplified' : v === 2 ? 'traditional' : null;
}

export function emptyCounts(): ScriptCounts {
  return { han: 0, kana: 0, simplified: 0, traditional: 0 };
}

/** Adds the characters of text[start, end) to `counts` (and returns it). */
export function countText(text: string, counts: ScriptCounts = emptyCounts(), start = 0, end = text.length): ScriptCounts {
  const b = scriptBits();
  let { han, kana, simplified, traditional } = counts;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3041) continue;
    if (c < SCRIPT_BITS_BASE) {
      // Hiragana, katakana (not ・ or ー), katakana phonetic extensions.
      if (c <= 0x3096 || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x31f0 && c <= 0x31ff)) kana++;
    } else if (c < SCRIPT_BITS_END) {
      han++;
      const k = c - SCRIPT_BITS_BASE;
      const v = (b.charCodeAt(k >> 2) >> ((k & 3) << 1)) & 3;
      if (v === 1) simplified++;
      else if (v === 2) traditional++;
    } else if (c >= 0xd840 && c <= 0xd87f) {
      han++; // a supplementary ideograph (Extension B and later): high surrogate
    } else if (c >= 0xf900 && c <= 0xfaff) {
      han++;
    } else if (c >= 0xff66 && c <= 0xff9d && c !== 0xff70) {
      kana++; // half-width katakana
    }
  }
  counts.han = han;
  counts.kana = kana;
  counts.simplified = simplified;
  counts.traditional = traditional;
  return counts;
}

/**
 * simplified / traditional by the majority of one-script characters; 'mixed' when the minority
 * is at least a fifth of them; 'none' without any (not Chinese, or nothing to tell).
 */
export function classify(counts: ScriptCounts): Script {
  const { simplified: s, traditional: t } = counts;
  if (s + t === 0) return 'none';
  if (Math.min(s, t) > 0 && Math.min(s, t) * 5 >= s + t) return 'mixed';
  return s > t ? 'simplified' : 'traditional';
}

export function detectScript(text: string): Script {
  return classify(countText(text));
}

/**
 * Japanese: kana make up at least 5% of the Han + kana characters (at least two of them), or
 * the text declares Japanese (`lang="ja"`) and has any kana. A Chinese page with a stray の in a
 * shop name is still Chinese; any Japanese sentence has far more kana than that.
 */
export function isJapanese(text: string | ScriptCounts, langHint = ''): boolean {
  const c = typeof text === 'string' ? countText(text) : text;
  if (c.kana === 0) return false;
  if (/^ja\b/i.test(langHint)) return true;
  return c.kana >= 2 && c.kana * 20 >= c.han + c.kana;
}

// ---------------------------------------------------------------------------------------------
// Taiwan / Hong Kong / standard forms (only the converter script needs these)

const TW = 1;
const HK = 2;
const STD = 3;
let marks: Uint8Array | null = null;

function regionMarks(): Uint8Array {
  if (marks) return marks;
  const m = new Uint8Array(SCRIPT_BITS_END - SCRIPT_BITS_BASE);
  decodeCharSet(TAIWAN_MARKS, (cp) => (m[cp - SCRIPT_BITS_BASE] = TW));
  decodeCharSet(HONG_KONG_MARKS, (cp) => (m[cp - SCRIPT_BITS_BASE] = HK));
  decodeCharSet(STANDARD_MARKS, (cp) => (m[cp - SCRIPT_BITS_BASE] = STD));
  return (marks = m);
}

export function countRegion(text: string, counts: RegionCounts = { tw: 0, hk: 0, std: 0 }): RegionCounts {
  const m = regionMarks();
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < SCRIPT_BITS_BASE || c >= SCRIPT_BITS_END) continue;
    const r = m[c - SCRIPT_BITS_BASE]!;
    if (r === TW) counts.tw++;
    else if (r === HK) counts.hk++;
    else if (r === STD) counts.std++;
  }
  return counts;
}

/**
 * Which traditional a text uses, to pick opencc-js's source locale for conversion to
 * simplified: Hong Kong forms (説 温 户 …) → 'hk'; OpenCC's standard forms (爲 衆 …) without
 * regional ones → 't'; otherwise 'tw' (Taiwan forms, or nothing telling: tw2s also maps the
 * standard forms, so it is the safe default).
 */
export function traditionalRegion(counts: RegionCounts): TraditionalRegion {
  const { tw, hk, std } = counts;
  if (hk > tw && hk >= std) return 'hk';
  if (std > tw && std > hk) return 't';
  return 'tw';
}

/** Whether a page in `script` needs converting for a reader of `target`. */
export function needsConversion(script: Script, target: ConvertTarget): boolean {
  if (script === 'mixed') return true;
  return target === 'simplified' ? script === 'traditional' : script === 'simplified';
}

// ---------------------------------------------------------------------------------------------
// pages

export interface PageScript {
  script: Script;
  japanese: boolean;
  counts: ScriptCounts;
  /** The declared language (<html lang>), a hint only. */
  lang: string;
  /** Characters read. */
  chars: number;
}

/** Not the page's text: unreadable elements, and what the user types (textarea). */
const SKIPPED = `${UNREADABLE_SELECTOR}, textarea`;
/** The same, as a parent's tagName (SVG keeps the case of its script and style). */
const SKIP_PARENTS: ReadonlySet<string> = new Set([...UNREADABLE_BY_TAG_NAME, 'TEXTAREA']);
const HAN = /[\u3400-\u9fff]/;

/** Pages up to this many characters are read whole; longer ones are sampled. */
export const SAMPLE_CHARS = 2048;
const WINDOWS = 16;
/** Fewer one-script characters than this in the sample: read on. */
const MIN_EVIDENCE = 40;
/** Reading on stops once this many one-script characters were seen. */
export const ENOUGH_EVIDENCE = 2000;
const CHUNK = 4096;

/**
 * The body's text without scripts, styles and text areas. One native call (textContent) unless
 * one of those holds Han characters; only then are text nodes walked one by one.
 */
export function pageText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  for (const el of body.querySelectorAll(SKIPPED)) {
    if (HAN.test(el.textContent ?? '')) {
      const parts: string[] = [];
      const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentNode as Element | null;
        if (!parent || !SKIP_PARENTS.has(parent.nodeName)) parts.push((node as Text).data);
      }
      return parts.join('');
    }
  }
  return body.textContent ?? '';
}

/**
 * Counts a page's text: whole when short; otherwise 16 windows spread over the page (2,048
 * characters in all, so a long page costs no more than a short one and every part of it has a
 * say); when the sample holds too few one-script characters, the text from the start until
 * ENOUGH_EVIDENCE of them or `maxChars`.
 */
export function countPage(text: string, counts: ScriptCounts = emptyCounts(), maxChars = 1_000_000): { counts: ScriptCounts; chars: number } {
  const len = Math.min(text.length, maxChars);
  const base = { ...counts };
  if (len <= SAMPLE_CHARS) return { counts: countText(text, counts, 0, len), chars: len };
  const size = SAMPLE_CHARS / WINDOWS;
  const step = (len - size) / (WINDOWS - 1);
  for (let w = 0; w < WINDOWS; w++) {
    const start = Math.floor(w * step);
    countText(text, counts, start, start + size);
  }
  if (counts.simplified - base.simplified + counts.traditional - base.traditional >= MIN_EVIDENCE) {
    return { counts, chars: SAMPLE_CHARS };
  }
  Object.assign(counts, base);
  let i = 0;
  for (; i < len && counts.simplified + counts.traditional < ENOUGH_EVIDENCE; i += CHUNK) {
    countText(text, counts, i, Math.min(len, i + CHUNK));
  }
  return { counts, chars: Math.min(i, len) };
}

/** The page's script from its title and its body text (see pageText, countPage). */
export function analyzePage(doc: Document, maxChars = 1_000_000): PageScript {
  const counts = countText(doc.title);
  const { chars } = countPage(pageText(doc), counts, maxChars);
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  return {
    script: classify(counts),
    japanese: isJapanese(counts, lang),
    counts,
    lang,
    chars: chars + doc.title.length,
  };
}

/** Characters of a page read for its region. */
const REGION_CHARS = 30_000;

/** Which traditional a page uses (title and the first 30,000 characters of the body text). */
export function pageRegion(doc: Document): TraditionalRegion {
  const counts = countRegion(doc.title);
  countRegion(pageText(doc).slice(0, REGION_CHARS), counts);
  return traditionalRegion(counts);
}
