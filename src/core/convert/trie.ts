/**
 * The run-time side of scripts/build-opencc-dict.mjs: a dictionary group of opencc-js as a flat,
 * breadth-first trie over UTF-16 code units in typed arrays. Decoding is one linear pass (no
 * Map per node, no per-entry strings), so a converter is ready in milliseconds.
 *
 * Matching reproduces opencc-js's `Trie` (node_modules/opencc-js/dist/esm-lib/core.js) exactly:
 * longest key at a position (maximum forward matching), unmatched text advanced one code point
 * at a time except that an ideographic description sequence (⿰亻尔) is skipped as a whole.
 */

/** A trie as the build script writes it (see encodeTrie there). */
export interface EncodedTrie {
  /** Number of children of the root. */
  readonly root: number;
  /** Label (one UTF-16 code unit) of every node but the root, breadth-first, siblings sorted. */
  readonly labels: string;
  /** Per node but the root: 0x20 + childCount*8 + valueKind*2 + segmentationFlag. */
  readonly meta: string;
  /** The explicit values (kind 3) in node order, joined by '|'. */
  readonly values: string;
}

const META_OFFSET = 0x20;
const KIND_NONE = 0;
const KIND_SAME = 1;
const KIND_CHARWISE = 2;
const KIND_EXPLICIT = 3;

export class FlatTrie {
  /** Code unit of each node (index 0, the root, unused). */
  private readonly label: Uint16Array;
  /** Children of node n are nodes first[n] … first[n + 1] - 1. */
  private readonly first: Uint32Array;
  /** Value kind << 1 | segmentation flag, per node. */
  private readonly flags: Uint8Array;
  /** Index into `values` for kind-3 nodes. */
  private readonly valueIndex: Int32Array;
  private readonly values: string[];
  /** Child of the root for each code unit (0: none). */
  private readonly rootChild: Int32Array;
  /** Values of kind 2, computed on first use. */
  private readonly charwiseCache = new Map<number, string>();
  readonly nodeCount: number;

  constructor(encoded: EncodedTrie) {
    const { labels, meta } = encoded;
    const n = labels.length + 1;
    if (meta.length !== labels.length) throw new Error('corrupt trie data');
    this.nodeCount = n;
    const label = new Uint16Array(n);
    const first = new Uint32Array(n + 1);
    const flags = new Uint8Array(n);
    const valueIndex = new Int32Array(n);
    first[0] = 1;
    first[1] = 1 + encoded.root;
    let explicit = 0;
    for (let i = 1; i < n; i++) {
      label[i] = labels.charCodeAt(i - 1);
      const code = meta.charCodeAt(i - 1) - META_OFFSET;
      const kind = (code >> 1) & 3;
      flags[i] = code & 7;
      first[i + 1] = first[i]! + (code >> 3);
      valueIndex[i] = kind === KIND_EXPLICIT ? explicit++ : -1;
    }
    if (first[n] !== n) throw new Error('corrupt trie data');
    this.label = label;
    this.first = first;
    this.flags = flags;
    this.valueIndex = valueIndex;
    this.values = encoded.values === '' ? [] : encoded.values.split('|');
    if (this.values.length !== explicit) throw new Error('corrupt trie data');
    const rootChild = new Int32Array(0x10000);
    for (let c = first[0]!; c < first[1]!; c++) rootChild[label[c]!] = c;
    this.rootChild = rootChild;
  }

  /** Child of `node` labelled `unit`, or 0. */
  private child(node: number, unit: number): number {
    let lo = this.first[node]!;
    let hi = this.first[node + 1]! - 1;
    const label = this.label;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = label[mid]!;
      if (l < unit) lo = mid + 1;
      else if (l > unit) hi = mid - 1;
      else return mid;
    }
    return 0;
  }

  /**
   * Longest key starting at s[i] and ending at or before `end`: returns its end (exclusive), or
   * -1. With `segmentation`, only keys of the segmentation dictionary count. The matched node is
   * left in `matchedNode`.
   */
  matchedNode = 0;
  match(s: string, i: number, end: number, segmentation = false): number {
    let node = this.rootChild[s.charCodeAt(i)]!;
    if (node === 0) return -1;
    const flags = this.flags;
    const mask = segmentation ? 1 : 6;
    let best = -1;
    let j = i + 1;
    for (;;) {
      if ((flags[node]! & mask) !== 0) {
        best = j;
        this.matchedNode = node;
      }
      if (j >= end) break;
      node = this.child(node, s.charCodeAt(j));
      if (node === 0) break;
      j++;
    }
    return best;
  }

  /** The value of the node `match` found for s[i, end). */
  valueOf(node: number, s: string, i: number, end: number): string {
    switch ((this.flags[node]! >> 1) & 3) {
      case KIND_SAME:
        return s.slice(i, end);
      case KIND_EXPLICIT:
        return this.values[this.valueIndex[node]!]!;
      case KIND_CHARWISE: {
        let v = this.charwiseCache.get(node);
        if (v === undefined) {
          v = '';
          for (const ch of s.slice(i, end)) v += this.single(ch);
          this.charwiseCache.set(node, v);
        }
        return v;
      }
      default:
        throw new Error('no value at node');
    }
  }

  /** The value of a one-character key, or the character itself. */
  private single(ch: string): string {
    let node = this.rootChild[ch.charCodeAt(0)]!;
    if (node !== 0 && ch.length === 2) node = this.child(node, ch.charCodeAt(1));
    if (node === 0) return ch;
    const kind = (this.flags[node]! >> 1) & 3;
    if (kind === KIND_EXPLICIT) return this.values[this.valueIndex[node]!]!;
    return ch;
  }

  /** opencc-js `Trie.convert` on s[start, end). */
  convert(s: string, start = 0, end = s.length): string {
    let out = '';
    let copied = start;
    let i = start;
    while (i < end) {
      const e = this.match(s, i, end);
      if (e > 0) {
        if (copied < i) out += s.slice(copied, i);
        out += this.valueOf(this.matchedNode, s, i, e);
        i = e;
        copied = e;
      } else {
        i += unmatchedLength(s, i, end);
      }
    }
    if (copied === start) return start === 0 && end === s.length ? s : s.slice(start, end);
    if (copied < end) out += s.slice(copied, end);
    return out;
  }
}

/** Code units of the code point at s[i] within s[…, end) (a pair cut by `end` counts as 1). */
function codePointLength(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** End of the ideographic description sequence at s[i], or 0 (opencc-js's rules, bounded by end). */
function idsEnd(s: string, i: number, end: number): number {
  const arity = idsArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  let pos = i + 1;
  for (let k = 0; k < arity; k++) {
    if (pos >= end) return 0;
    const child = idsEnd(s, pos, end);
    pos = child || pos + codePointLength(s, pos, end);
  }
  return pos;
}

/** How far an unmatched position advances (opencc-js getUnmatchedLength). */
export function unmatchedLength(s: string, i: number, end: number): number {
  const ids = idsEnd(s, i, end);
  return ids > i ? ids - i : codePointLength(s, i, end);
}
