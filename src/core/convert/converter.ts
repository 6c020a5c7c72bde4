/**
 * Converters for the product's directions, output identical to opencc-js's `Converter`:
 *
 *   to simplified  ← Taiwan page:        opencc-js {from: 'tw', to: 'cn'}  (config tw2s)
 *                  ← Hong Kong page:     opencc-js {from: 'hk', to: 'cn'}  (config hk2s)
 *                  ← OpenCC-standard:    opencc-js {from: 't',  to: 'cn'}  (config t2s)
 *   to Taiwan      (with Taiwan phrases) opencc-js {from: 'cn', to: 'twp'} (config s2twp)
 *   to Hong Kong                         opencc-js {from: 'cn', to: 'hk'}  (config s2hk)
 *
 * Which traditional source a page is written in is read from its text (detect.ts:
 * traditionalRegion); Taiwan usage is the default, since tw2s also handles standard forms.
 *
 * One conversion = opencc-js's ConverterBuilder path for a config with segmentation:
 * normalization (CJK compatibility ideographs) on the whole string, OpenCC's segmentation into
 * phrases and unmatched runs, then each dictionary group in turn on each segment.
 */
import { CONFIGS, type ConfigName, type EncodedConfig } from './generated/configs';
import { FlatTrie, unmatchedLength, type EncodedTrie } from './trie';
import { countRegion, traditionalRegion } from './detect';
import type { ConvertTarget, TraditionalRegion } from './types';
import { LANG_TAGS } from './lang';

export type { ConfigName } from './generated/configs';
export type { ConvertTarget, TraditionalRegion } from './types';

export interface Converter {
  (text: string): string;
  readonly config: ConfigName;
  /** BCP 47 tag for converted text: zh-Hans, zh-Hant-TW or zh-Hant-HK. */
  readonly lang: string;
}

/** The opencc-js options each config reproduces (for tests and documentation). */
export const OPENCC_OPTIONS: Record<ConfigName, { from: string; to: string }> = {
  t2s: { from: 't', to: 'cn' },
  tw2s: { from: 'tw', to: 'cn' },
  hk2s: { from: 'hk', to: 'cn' },
  s2twp: { from: 'cn', to: 'twp' },
  s2hk: { from: 'cn', to: 'hk' },
};

/** The config for a target; `region` (of a traditional page) matters only for simplified. */
export function configFor(target: ConvertTarget, region: TraditionalRegion = 'tw'): ConfigName {
  if (target === 'taiwan') return 's2twp';
  if (target === 'hongkong') return 's2hk';
  return region === 'hk' ? 'hk2s' : region === 't' ? 't2s' : 'tw2s';
}

export function targetOf(config: ConfigName): ConvertTarget {
  return config === 's2twp' ? 'taiwan' : config === 's2hk' ? 'hongkong' : 'simplified';
}

/**
 * Every dictionary key contains a code unit ≥ U+2E80 (the build script checks it), so text
 * without one is never changed: a fast exit for Latin text, numbers and whitespace.
 */
const MAY_CONVERT = /[\u2e80-\uffff]/;

export function mayConvert(text: string): boolean {
  return MAY_CONVERT.test(text);
}

const decoded = new WeakMap<EncodedTrie, FlatTrie>();

function trie(encoded: EncodedTrie): FlatTrie {
  let t = decoded.get(encoded);
  if (!t) {
    t = new FlatTrie(encoded);
    decoded.set(encoded, t);
  }
  return t;
}

/** A converter from an encoded config (tests build these for every opencc-js config). */
export function converterFromEncoded(config: EncodedConfig): (text: string) => string {
  const normalize = config.normalize.map(trie);
  const seg = config.seg ? trie(config.seg) : null;
  const chain = config.chain.map(trie);
  // When the first group's trie is the segmentation trie, a matched segment is one of its keys,
  // and converting it is just that key's value.
  const segIsFirst = seg !== null && chain[0] === seg;

  const convertSegment = (s: string, start: number, end: number, node: number): string => {
    let text: string;
    let from = 0;
    if (node !== 0 && segIsFirst) {
      text = seg.valueOf(node, s, start, end);
      from = 1;
    } else {
      text = chain.length > 0 ? chain[0]!.convert(s, start, end) : s.slice(start, end);
      from = 1;
    }
    for (let g = from; g < chain.length; g++) text = chain[g]!.convert(text);
    return text;
  };

  return (input: string): string => {
    if (!MAY_CONVERT.test(input)) return input;
    let s = input;
    for (const t of normalize) s = t.convert(s);
    if (!seg) {
      for (const t of chain) s = t.convert(s);
      return s;
    }
    // opencc-js Trie.segment: matched phrases, and runs of unmatched text between them.
    const n = s.length;
    let out = '';
    let run = -1;
    for (let i = 0; i < n; ) {
      const e = seg.match(s, i, n, true);
      if (e > 0) {
        const node = seg.matchedNode;
        if (run >= 0) {
          out += convertSegment(s, run, i, 0);
          run = -1;
        }
        out += convertSegment(s, i, e, node);
        i = e;
      } else {
        if (run < 0) run = i;
        i += unmatchedLength(s, i, n);
      }
    }
    if (run >= 0) out += convertSegment(s, run, n, 0);
    return out;
  };
}

const converters = new Map<ConfigName, Converter>();

/**
 * The converter for a config, built on first use (decoding its tries: a few milliseconds) and
 * kept for the life of the page or process.
 */
export function getConverter(config: ConfigName): Converter {
  let c = converters.get(config);
  if (!c) {
    const fn = converterFromEncoded(CONFIGS[config]);
    c = Object.assign((text: string) => fn(text), { config, lang: LANG_TAGS[targetOf(config)] });
    converters.set(config, c);
  }
  return c;
}

/**
 * Converts text to a target script: the one function for the reader view, copied quotes and the
 * CLI. To simplified, `region` says which traditional the text is in; by default it is read from
 * the text itself (Hong Kong forms → hk2s, OpenCC standard forms → t2s, else tw2s).
 */
export function convertText(text: string, target: ConvertTarget, region?: TraditionalRegion): string {
  const r = target === 'simplified' ? (region ?? traditionalRegion(countRegion(text))) : 'tw';
  return getConverter(configFor(target, r))(text);
}
