#!/usr/bin/env node
/**
 * Flattens opencc-js's dictionaries into the compact data Qingdu's converter reads at run time
 * (src/core/convert/generated/). Run after every install (the data follows the installed opencc-js):
 *
 *   node scripts/build-opencc-dict.mjs          # writes src/core/convert/generated/*.ts
 *   node scripts/build-opencc-dict.mjs --check  # exits 1 when the generated files are stale
 *
 * What it writes, and why:
 *
 * - One flat trie per dictionary GROUP of the conversion chains we ship (opencc-js's
 *   `preset/full.js` configs t2s, tw2s, hk2s, s2twp, s2hk). opencc-js builds a Map-of-Maps trie
 *   per group at run time (s2twp: ~49,000 phrases, built twice, ~330 ms and ~42 MB); we build
 *   the same trie here, once, and store it breadth-first: node labels (UTF-16 code units), one
 *   meta character per node (child count, value kind, segmentation flag) and the values that
 *   cannot be derived. The runtime (src/core/convert/trie.ts) turns that into typed arrays in a few
 *   milliseconds.
 * - The merge follows opencc-js exactly: `Trie.loadDictGroup` loads a group's dictionaries in
 *   reverse order into one trie, so for a key present in several dictionaries the FIRST one wins;
 *   matching is the longest key (maximum forward matching).
 * - A value is stored as "same as the key" (kind 1), "the key converted character by character
 *   with this trie's own single-character entries" (kind 2, only for keys of two or more
 *   characters; checked here, exactly) or explicitly (kind 3).
 * - The segmentation dictionary of a config (OpenCC's mmseg step, `Trie.segment`) only needs its
 *   keys: when they are all keys of one of the chain's tries, that trie carries a flag per node
 *   instead of a second trie.
 * - Detection sets (src/core/convert/generated/detect-sets.ts): characters that occur only on the
 *   simplified side or only on the traditional side of OpenCC's tables, and the few variant forms
 *   that tell Taiwan from Hong Kong usage.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.join(ROOT, 'src/core/convert/generated');

/** The conversion configs Qingdu ships (opencc-js config names). */
export const SHIPPED_CONFIGS = ['t2s', 'tw2s', 'hk2s', 's2twp', 's2hk'];

/** Readable names for the dictionary groups of the shipped configs (others get a generic name). */
const GROUP_NAMES = {
  'STPhrases+STPhrases_GeneratedFromRegionalPhrases+STCharacters': 'st',
  'TSPhrases+TSCharacters': 'ts',
  'TWVariantsRevPhrases+TWVariantsRev': 'tw-rev',
  'HKVariantsRevPhrases+HKVariantsRev': 'hk-rev',
  'TWPhrases+TWVariantsPhrases+TWVariants': 'twp',
  'HKVariantsPhrases+HKVariants': 'hk',
  CJK_Compatibility_Ideographs: 'cjk-compat',
};

/** Offset added to every meta code so that it is a printable character. */
export const META_OFFSET = 0x20;
const VALUE_NONE = 0;
const VALUE_SAME = 1;
const VALUE_CHARWISE = 2;
const VALUE_EXPLICIT = 3;

// ---------------------------------------------------------------------------------------------
// opencc-js data

function openccDir() {
  const require = createRequire(import.meta.url);
  // The package's "main" is dist/umd/full.js; the per-dictionary modules sit in dist/esm-lib.
  return path.resolve(path.dirname(require.resolve('opencc-js')), '..', 'esm-lib');
}

/** opencc-js's dictionaries by name, its configs, and its version. */
export async function loadOpencc() {
  const dir = openccDir();
  const dicts = new Map();
  for (const file of readdirSync(path.join(dir, 'dict')).sort()) {
    if (!file.endsWith('.js')) continue;
    const mod = await import(pathToFileURL(path.join(dir, 'dict', file)).href);
    dicts.set(file.slice(0, -3), mod.default);
  }
  const preset = await import(pathToFileURL(path.join(dir, 'preset', 'full.js')).href);
  const pkg = JSON.parse(readFileSync(path.join(dir, '..', '..', 'package.json'), 'utf8'));
  return { dicts, configs: preset.configs, version: pkg.version };
}

/** "a b|c d" → [["a","b"],["c","d"]], exactly as opencc-js's Trie.loadDict reads it. */
export function parseDict(dict) {
  if (typeof dict !== 'string') return dict.map(([k, v]) => [k, v]);
  if (dict === '') return [];
  return dict.split('|').map((line) => {
    const [k, v] = line.split(' ');
    if (typeof v !== 'string') throw new TypeError(`bad dictionary entry ${JSON.stringify(line)}`);
    return [k, v];
  });
}

/** One group's dictionaries merged as Trie.loadDictGroup does: the first dictionary wins. */
export function mergeGroup(dictList) {
  const map = new Map();
  for (const dict of dictList.slice().reverse()) {
    for (const [k, v] of parseDict(dict)) map.set(k, v);
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// flat trie

/**
 * Encodes key → value (and an optional set of segmentation keys) as a breadth-first trie over
 * UTF-16 code units. Returns { labels, meta, values, root, nodes, entries }:
 * - labels: one code unit per node except the root, breadth-first, siblings sorted;
 * - meta: one character per node except the root: META_OFFSET + childCount*8 + kind*2 + seg;
 * - root: the root's child count (it can exceed what fits in a meta character);
 * - values: the explicit values (kind 3), in node order, joined by '|'.
 */
export function encodeTrie(map, segKeys = null) {
  // The converter skips text without a code unit ≥ U+2E80 (src/core/convert/converter.ts): sound only
  // while every key has one.
  for (const key of map.keys()) {
    if (!/[\u2e80-\uffff]/.test(key)) throw new Error(`key ${JSON.stringify(key)} has no code unit ≥ U+2E80`);
  }
  // Build a plain trie first.
  const root = { children: new Map(), value: undefined, seg: false };
  for (const [key, value] of map) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = node.children.get(c);
      if (!next) {
        next = { children: new Map(), value: undefined, seg: false };
        node.children.set(c, next);
      }
      node = next;
    }
    node.value = value;
    node.key = key;
  }
  if (segKeys) {
    for (const key of segKeys) {
      let node = root;
      for (let i = 0; i < key.length && node; i++) node = node.children.get(key.charCodeAt(i));
      if (!node || node.value === undefined) throw new Error(`segmentation key ${key} is not a key of the trie`);
      node.seg = true;
    }
  }
  // Single-character entries (one code point) for kind 2.
  const single = new Map();
  for (const [key, value] of map) if ([...key].length === 1) single.set(key, value);
  const charwise = (key) => [...key].map((c) => single.get(c) ?? c).join('');

  let labels = '';
  let meta = '';
  const values = [];
  const queue = [root];
  let nodes = 0;
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi];
    const kids = [...node.children.entries()].sort((a, b) => a[0] - b[0]);
    if (node !== root) {
      let kind = VALUE_NONE;
      if (node.value !== undefined) {
        if (node.value === node.key) kind = VALUE_SAME;
        else if ([...node.key].length > 1 && charwise(node.key) === node.value) kind = VALUE_CHARWISE;
        else {
          kind = VALUE_EXPLICIT;
          if (node.value.includes('|')) throw new Error(`value ${node.value} contains the separator`);
          values.push(node.value);
        }
      }
      const code = META_OFFSET + kids.length * 8 + kind * 2 + (node.seg ? 1 : 0);
      if (code >= 0xd800) throw new Error(`node with ${kids.length} children does not fit a meta character`);
      meta += String.fromCharCode(code);
    }
    for (const [c, child] of kids) {
      labels += String.fromCharCode(c);
      queue.push(child);
    }
    nodes++;
  }
  return { root: root.children.size, labels, meta, values: values.join('|'), nodes, entries: map.size };
}

/** Keys of a segmentation dictionary as opencc-js builds it (array → group, string → one dict). */
function segmentationKeys(segmentation) {
  const list = Array.isArray(segmentation) && segmentation.every((d) => typeof d === 'string') ? segmentation : [segmentation];
  return new Set(mergeGroup(list).keys());
}

/**
 * Plans the tries for a list of configs: each distinct dictionary group becomes one trie; each
 * config becomes { normalize, seg, chain } naming tries. `seg` names the trie whose nodes carry
 * the segmentation flag (or a separate key-only trie when no chain trie holds all its keys).
 */
export function planTries(opencc, configNames) {
  const nameOf = new Map([...opencc.dicts].map(([name, dict]) => [dict, name]));
  const groupName = (group) => {
    const id = group.map((d) => nameOf.get(d) ?? '?').join('+');
    if (id.includes('?')) throw new Error(`unknown dictionary in a group of ${configNames.join(',')}`);
    return GROUP_NAMES[id] ?? id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  };
  const groups = new Map(); // trie name → { dicts, map, segKeys, segId }
  const addGroup = (group) => {
    const name = groupName(group);
    if (!groups.has(name)) groups.set(name, { dicts: group, map: mergeGroup(group), segKeys: null, segId: null });
    return name;
  };
  const configs = {};
  for (const configName of configNames) {
    const config = opencc.configs[configName];
    if (!config) throw new Error(`opencc-js has no config ${configName}`);
    const normalize = (config.normalizationChain ?? []).map((group) => addGroup(group));
    const chain = config.conversionChain.map((group) => addGroup(group));
    let seg = null;
    if (config.segmentation) {
      const keys = segmentationKeys(config.segmentation);
      const segList = Array.isArray(config.segmentation) ? config.segmentation : [config.segmentation];
      const segId = segList.map((d) => nameOf.get(d)).join('+');
      const holder = chain.find((name) => {
        const g = groups.get(name);
        if (g.segId !== null && g.segId !== segId) return false;
        for (const k of keys) if (!g.map.has(k)) return false;
        return true;
      });
      if (holder) {
        const g = groups.get(holder);
        g.segKeys = keys;
        g.segId = segId;
        seg = holder;
      } else {
        seg = `seg-${segId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
        if (!groups.has(seg)) {
          groups.set(seg, { dicts: segList, map: new Map([...keys].map((k) => [k, k])), segKeys: keys, segId });
        }
      }
    }
    configs[configName] = { normalize, seg, chain };
  }
  return { groups, configs };
}

// ---------------------------------------------------------------------------------------------
// detection sets

const chars = (s) => [...s];

/**
 * Characters that occur only on one side of OpenCC's simplified ⇄ traditional tables.
 * A simplified-only character is one STCharacters changes, that no traditional text contains:
 * not a value of STCharacters or of the phrase tables (STPhrases, regional phrases), not a key
 * of TSCharacters, not a Taiwan / Hong Kong variant form. A traditional-only character is one
 * TSCharacters changes that no simplified text contains: not a key of STCharacters or STPhrases,
 * not a value of TSCharacters or TSPhrases. A character on both sides (乾 in 乾隆, 着, 干 …)
 * is in neither. (TSPhrases keys are not used as traditional text: some hold simplified
 * characters, e.g. 藉藉无名.) Only U+3400–U+9FFF is kept: the detector's table covers that range.
 */
export function detectionSets(dicts) {
  const simp = new Set();
  const trad = new Set();
  const add = (name, keySide, valueSide) => {
    for (const [k, v] of parseDict(dicts.get(name))) {
      if (keySide) for (const c of chars(k)) keySide.add(c);
      if (valueSide) for (const c of chars(v)) valueSide.add(c);
    }
  };
  add('STCharacters', simp, trad);
  add('STPhrases', simp, trad);
  add('STPhrases_GeneratedFromRegionalPhrases', simp, trad);
  add('TSCharacters', trad, simp);
  add('TSPhrases', null, simp);
  for (const name of ['TWVariants', 'HKVariants', 'TWPhrases', 'HKPhrases']) add(name, null, trad);
  const changes = (name) => new Set(parseDict(dicts.get(name)).filter(([k, v]) => k !== v && [...k].length === 1).map(([k]) => k));
  const stChanges = changes('STCharacters');
  const tsChanges = changes('TSCharacters');
  const inRange = (c) => {
    const cp = c.codePointAt(0);
    return cp >= 0x3400 && cp <= 0x9fff;
  };
  const sorted = (set) => [...set].filter(inRange).sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
  const simplifiedOnly = sorted(new Set([...stChanges].filter((c) => !trad.has(c))));
  const traditionalOnly = sorted(new Set([...tsChanges].filter((c) => !simp.has(c))));

  // Taiwan vs Hong Kong: for each OpenCC-standard character, the Taiwan and the Hong Kong form;
  // where they differ, a form that is not itself an OpenCC-standard character (着/著 …) marks
  // the region. Used only to choose tw2s / hk2s / t2s for a traditional page.
  const tw = new Map(parseDict(dicts.get('TWVariants')));
  const hk = new Map(parseDict(dicts.get('HKVariants')));
  const standard = new Set();
  for (const name of ['STCharacters', 'STPhrases']) for (const [, v] of parseDict(dicts.get(name))) for (const c of chars(v)) standard.add(c);
  const twMarks = new Set();
  const hkMarks = new Set();
  const stdMarks = new Set();
  const regional = new Set([...tw.values(), ...hk.values()]);
  for (const s of new Set([...tw.keys(), ...hk.keys()])) {
    if ([...s].length !== 1) continue;
    const t = tw.get(s) ?? s;
    const h = hk.get(s) ?? s;
    // Both regions write it differently from OpenCC's standard form (爲 → 為 in both).
    if (t !== s && h !== s && !regional.has(s)) stdMarks.add(s);
    if (t === h) continue;
    if (t !== s && !standard.has(t) && [...t].length === 1) twMarks.add(t);
    if (h !== s && !standard.has(h) && [...h].length === 1) hkMarks.add(h);
  }
  return {
    simplifiedOnly,
    traditionalOnly,
    taiwanMarks: sorted(twMarks),
    hongKongMarks: sorted(hkMarks),
    standardMarks: sorted(stdMarks),
  };
}

const BITS_BASE = 0x3400;
const BITS_END = 0xa000;

/**
 * The detector's table: 2 bits per code point from U+3400 to U+9FFF (1: simplified only,
 * 2: traditional only), four code points per byte, low bits first, as base64. Read with atob
 * (native) and charCodeAt: nothing to build at run time on every page.
 */
export function scriptBits(sets) {
  const bytes = new Uint8Array((BITS_END - BITS_BASE) / 4);
  const put = (list, value) => {
    for (const c of list) {
      const k = c.codePointAt(0) - BITS_BASE;
      if (k < 0 || k >= BITS_END - BITS_BASE) throw new Error(`scriptBits: ${c} out of range`);
      bytes[k >> 2] |= value << ((k & 3) * 2);
    }
  };
  put(sets.simplifiedOnly, 1);
  put(sets.traditionalOnly, 2);
  return Buffer.from(bytes).toString('base64');
}

/**
 * Sorted BMP characters → a compact string of deltas from the previous code point (starting at 0):
 * delta 1–94 → one printable ASCII character (0x20 + delta); larger deltas → U+0100 + delta.
 */
export function encodeCharSet(list) {
  let prev = 0;
  let out = '';
  for (const c of list) {
    const cp = c.codePointAt(0);
    const delta = cp - prev;
    if (delta <= 0 || cp > 0xffff) throw new Error('encodeCharSet: sorted BMP characters only');
    out += String.fromCharCode(delta <= 94 ? 0x20 + delta : 0x100 + delta);
    prev = cp;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// output

const HEADER = (version) =>
  `// GENERATED by scripts/build-opencc-dict.mjs from opencc-js ${version} (OpenCC data, Apache-2.0).\n` +
  `// Do not edit: run \`node scripts/build-opencc-dict.mjs\`.\n`;

const literal = (s) => JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export async function generate() {
  const opencc = await loadOpencc();
  const { groups, configs } = planTries(opencc, SHIPPED_CONFIGS);
  const files = new Map();
  const header = HEADER(opencc.version);

  const trieIds = [...groups.keys()].sort();
  const ident = (name) => 'trie_' + name.replace(/[^a-zA-Z0-9]/g, '_');
  for (const name of trieIds) {
    const g = groups.get(name);
    const enc = encodeTrie(g.map, g.segKeys);
    files.set(
      `trie-${name}.ts`,
      header +
        `// Dictionary group: ${g.dicts.map((d) => [...opencc.dicts].find(([, v]) => v === d)?.[0]).join(', ')}` +
        ` — ${enc.entries} entries, ${enc.nodes} nodes${g.segKeys ? `, ${g.segKeys.size} segmentation keys` : ''}.\n` +
        `import type { EncodedTrie } from '../trie';\n\n` +
        `const trie: EncodedTrie = {\n` +
        `  root: ${enc.root},\n` +
        `  labels: ${literal(enc.labels)},\n` +
        `  meta: ${literal(enc.meta)},\n` +
        `  values: ${literal(enc.values)},\n` +
        `};\nexport default trie;\n`,
    );
  }
  let configsSrc = header + `import type { EncodedTrie } from '../trie';\n`;
  for (const name of trieIds) configsSrc += `import ${ident(name)} from './trie-${name}';\n`;
  configsSrc += `\n/** opencc-js version the data was generated from. */\nexport const OPENCC_JS_VERSION = ${literal(opencc.version)};\n\n`;
  configsSrc += `export interface EncodedConfig {\n  /** Applied to the whole string first (opencc-js normalizationChain). */\n  normalize: readonly EncodedTrie[];\n  /** The trie whose nodes carry the segmentation flag, or null (no segmentation). */\n  seg: EncodedTrie | null;\n  /** Dictionary groups applied in order to each segment. */\n  chain: readonly EncodedTrie[];\n}\n\n`;
  configsSrc += `export const CONFIGS = {\n`;
  for (const [name, c] of Object.entries(configs)) {
    configsSrc +=
      `  ${name}: { normalize: [${c.normalize.map(ident).join(', ')}], seg: ${c.seg ? ident(c.seg) : 'null'}, ` +
      `chain: [${c.chain.map(ident).join(', ')}] },\n`;
  }
  configsSrc += `} as const satisfies Record<string, EncodedConfig>;\n\nexport type ConfigName = keyof typeof CONFIGS;\n`;
  files.set('configs.ts', configsSrc);

  const sets = detectionSets(opencc.dicts);
  files.set(
    'detect-sets.ts',
    header +
      `// Characters found on only one side of OpenCC's tables, U+3400–U+9FFF: ${sets.simplifiedOnly.length} simplified only,\n` +
      `// ${sets.traditionalOnly.length} traditional only. SCRIPT_BITS: base64 of 2 bits per code point from U+3400\n` +
      `// (1 simplified only, 2 traditional only), low bits first; see scriptBits() and ../detect.ts.\n\n` +
      `export const SCRIPT_BITS_BASE = 0x${BITS_BASE.toString(16)};\n` +
      `export const SCRIPT_BITS_END = 0x${BITS_END.toString(16)};\n` +
      `export const SCRIPT_BITS = ${literal(scriptBits(sets))};\n\n` +
      `// Region marks, delta-encoded (encodeCharSet in scripts/build-opencc-dict.mjs).\n` +
      `/** Variant forms used in Taiwan, not Hong Kong (${sets.taiwanMarks.join('')}). */\n` +
      `export const TAIWAN_MARKS = ${literal(encodeCharSet(sets.taiwanMarks))};\n\n` +
      `/** Variant forms used in Hong Kong, not Taiwan (${sets.hongKongMarks.join('')}). */\n` +
      `export const HONG_KONG_MARKS = ${literal(encodeCharSet(sets.hongKongMarks))};\n\n` +
      `/** OpenCC-standard forms that both regions write differently (${sets.standardMarks.join('')}). */\n` +
      `export const STANDARD_MARKS = ${literal(encodeCharSet(sets.standardMarks))};\n`,
  );
  return { files, groups, configs, sets, version: opencc.version };
}

async function main() {
  const check = process.argv.includes('--check');
  const started = performance.now();
  const { files, version } = await generate();
  let stale = 0;
  if (!check) mkdirSync(OUT_DIR, { recursive: true });
  // Remove nothing; report files that are no longer generated.
  for (const [name, content] of files) {
    const file = path.join(OUT_DIR, name);
    const old = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (old === content) continue;
    stale++;
    if (check) console.error(`stale: src/core/convert/generated/${name}`);
    else writeFileSync(file, content);
  }
  const extra = existsSync(OUT_DIR) ? readdirSync(OUT_DIR).filter((f) => !files.has(f)) : [];
  for (const f of extra) console.warn(`not generated any more (delete it): src/core/convert/generated/${f}`);
  const total = [...files.values()].reduce((n, s) => n + Buffer.byteLength(s), 0);
  const ms = (performance.now() - started).toFixed(0);
  if (check) {
    console.log(stale ? `${stale} generated file(s) stale (opencc-js ${version})` : `generated data up to date (opencc-js ${version})`);
    if (stale) process.exitCode = 1;
  } else {
    console.log(`opencc dictionaries (opencc-js ${version}) → src/core/convert/generated: ${files.size} files, ${(total / 1024).toFixed(0)} KB, ${stale} updated, ${ms} ms`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
