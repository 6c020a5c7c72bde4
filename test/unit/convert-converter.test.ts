import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { getConverter, OPENCC_OPTIONS, convertText, mayConvert, type ConfigName } from '../../src/core/convert/converter';
import { converterFromEncoded } from '../../src/core/convert/converter';
import { CONFIGS, OPENCC_JS_VERSION } from '../../src/core/convert/generated/configs';
import { encodeTrie, loadOpencc, planTries, SHIPPED_CONFIGS } from '../../scripts/build-opencc-dict.mjs';
import type { EncodedTrie } from '../../src/core/convert/trie';

const DATA = fileURLToPath(new URL('../data/opencc/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface TestCase {
  id: string;
  input: string;
  expected: Record<string, string>;
}

/** OpenCC's file is JSONC (trailing commas); drop them outside strings, then parse. */
function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === ',') {
      let j = i + 1;
      while (/\s/.test(text[j] ?? '')) j++;
      if (text[j] !== '}' && text[j] !== ']') out += c;
    } else {
      out += c;
    }
  }
  return JSON.parse(out);
}

const CASES = (parseJsonc(readFileSync(DATA + 'testcases.json', 'utf8')) as { cases: TestCase[] }).cases;
const SHIPPED = Object.keys(OPENCC_OPTIONS) as ConfigName[];

/** opencc-js options for any of its config names (the inverse of its getConfigName). */
function optionsOf(config: string): { from: string; to: string } {
  const special: Record<string, { from: string; to: string }> = {
    hk2sp: { from: 'hkp', to: 'cn' },
    tw2sp: { from: 'twp', to: 'cn' },
  };
  if (special[config]) return special[config];
  const [from, to] = config.split('2') as [string, string];
  return { from: from === 's' ? 'cn' : from, to: to === 's' ? 'cn' : to };
}

/** Gold texts of every fixture, and each converted the other way (so both scripts are inputs). */
function fixtureTexts(): { name: string; text: string }[] {
  const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
  const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.gold.txt'))
    .sort()
    .flatMap((f) => {
      const text = readFileSync(FIXTURES + f, 'utf8');
      return [
        { name: f, text },
        { name: `${f} (s2t)`, text: s2t(text) },
        { name: `${f} (t2s)`, text: t2s(text) },
      ];
    });
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('converter: identical to opencc-js', () => {
  it(`was generated from the installed opencc-js`, () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../node_modules/opencc-js/package.json', import.meta.url)), 'utf8'));
    expect(OPENCC_JS_VERSION).toBe(pkg.version);
  });

  it('ships the directions the product uses, and they are opencc-js configs', () => {
    expect(Object.keys(CONFIGS).sort()).toEqual([...SHIPPED_CONFIGS].sort());
    expect(SHIPPED.sort()).toEqual([...SHIPPED_CONFIGS].sort());
  });

  it("OpenCC's official test cases: pass rate per direction, and every output equals opencc-js's", () => {
    const rows: string[] = [];
    for (const config of SHIPPED) {
      const ours = getConverter(config);
      const ref = OpenCC.Converter(OPENCC_OPTIONS[config]);
      let total = 0;
      let pass = 0;
      let refPass = 0;
      for (const c of CASES) {
        const expected = c.expected[config];
        if (expected === undefined) continue;
        total++;
        const out = ours(c.input);
        expect(out, `${config} ${c.id}`).toBe(ref(c.input));
        if (out === expected) pass++;
        if (ref(c.input) === expected) refPass++;
      }
      expect(pass).toBe(refPass);
      rows.push(`${config.padEnd(6)} ${pass}/${total} (opencc-js ${refPass}/${total})`);
    }
    console.log(`OpenCC test cases, Qingdu's converter:\n  ${rows.join('\n  ')}`);
  });

  it('every opencc-js config, built by the same build script, matches opencc-js on all 543 expectations', async () => {
    const opencc = await loadOpencc();
    const names = Object.keys(opencc.configs);
    const { groups, configs } = planTries(opencc, names);
    const encoded = new Map<string, EncodedTrie>();
    for (const [name, g] of groups) encoded.set(name, encodeTrie(g.map, g.segKeys));
    let total = 0;
    let pass = 0;
    let refPass = 0;
    for (const name of names) {
      const c = configs[name]!;
      const ours = converterFromEncoded({
        normalize: c.normalize.map((n) => encoded.get(n)!),
        seg: c.seg ? encoded.get(c.seg)! : null,
        chain: c.chain.map((n) => encoded.get(n)!),
      });
      const ref = OpenCC.Converter(optionsOf(name));
      for (const tc of CASES) {
        const expected = tc.expected[name];
        if (expected === undefined) continue;
        total++;
        expect(ours(tc.input), `${name} ${tc.id}`).toBe(ref(tc.input));
        if (ours(tc.input) === expected) pass++;
        if (ref(tc.input) === expected) refPass++;
      }
    }
    console.log(`all ${names.length} opencc-js configs: ours ${pass}/${total}, opencc-js ${refPass}/${total}`);
    expect(total).toBe(543);
    expect(pass).toBe(refPass);
  });

  it('every fixture text, in both scripts, through every direction', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const config of SHIPPED) {
      const ours = getConverter(config);
      const ref = OpenCC.Converter(OPENCC_OPTIONS[config]);
      for (const { name, text } of texts) {
        const a = ours(text);
        const b = ref(text);
        if (a !== b) expect.fail(`${config} on ${name}: first difference at ${[...a].findIndex((ch, i) => ch !== [...b][i])}`);
      }
    }
  });

  it('random strings (dictionary characters, phrases, ASCII, astral and compatibility ideographs, IDS, lone surrogates)', async () => {
    const opencc = await loadOpencc();
    // A pool that makes phrase matches likely: characters and whole keys from the dictionaries.
    const keys: string[] = [];
    for (const name of ['STPhrases', 'TSPhrases', 'TWPhrases', 'TWVariantsRevPhrases', 'HKVariantsPhrases', 'TWPhrasesRev']) {
      const dict = opencc.dicts.get(name) as string;
      for (const line of dict.split('|')) keys.push(line.split(' ')[0]!, line.split(' ')[1]!);
    }
    const singles = [...new Set(keys.join(''))];
    const extras = ['a', 'B', ' ', '\n', '·', '-', '，', '⿰', '⿲', '⿱亻尔', '𠮷', '𡃁', '\ud840', '\udc00', '豈', '\uf900', '\ufa6d', 'の', 'カ'];
    const random = rng(20251124);
    const pick = <T,>(a: T[]): T => a[Math.floor(random() * a.length)]!;
    const strings: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const parts = 1 + Math.floor(random() * 12);
      for (let p = 0; p < parts; p++) {
        const r = random();
        if (r < 0.45) s += pick(keys);
        else if (r < 0.85) s += pick(singles);
        else s += pick(extras);
      }
      // Cut phrases at random places too.
      if (random() < 0.3) s = s.slice(Math.floor(random() * s.length));
      strings.push(s);
    }
    for (const config of SHIPPED) {
      const ours = getConverter(config);
      const ref = OpenCC.Converter(OPENCC_OPTIONS[config]);
      for (const s of strings) expect(ours(s), `${config} ${JSON.stringify(s)}`).toBe(ref(s));
    }
  });
});

describe('converter: the product', () => {
  it('seed 004 to simplified reads correctly', () => {
    const text = readFileSync(FIXTURES + 'seed-004-qilu.gold.txt', 'utf8');
    const out = convertText(text, 'simplified', 'tw');
    expect(out).toContain('医疗卫生');
    expect(out).toContain('网底');
    expect(convertText('數智化', 'simplified')).toBe('数智化');
    expect(out).toBe(OpenCC.Converter({ from: 'tw', to: 'cn' })(text));
  });

  it('converts at phrase level in each direction', () => {
    expect(convertText('软件和硬盘', 'taiwan')).toBe('軟體和硬碟');
    expect(convertText('我看着他写著作', 'taiwan')).toBe(OpenCC.Converter({ from: 'cn', to: 'twp' })('我看着他写著作'));
    expect(convertText('軟體', 'simplified', 'tw')).toBe('软体');
    expect(convertText('说话', 'hongkong')).toBe('説話');
    expect(convertText('説話', 'simplified', 'hk')).toBe('说话');
  });

  it('leaves text without CJK untouched (and says so cheaply)', () => {
    expect(mayConvert('Hello, world 123')).toBe(false);
    expect(mayConvert('中')).toBe(true);
    const s = 'Plain ASCII text';
    expect(getConverter('s2twp')(s)).toBe(s);
  });
});
