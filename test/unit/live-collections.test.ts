// Lint: the core walks no live collection (getElementsBy*, children, childNodes). In jsdom (the CLI, the tests, the eval) each step over a
// getElementsBy* collection re-reads its length through a named-property lookup that walks the
// whole list, so a walk costs time quadratic in its length: 16,000 <p> took 1.3 s, and the lead
// photo search alone was a tenth of the pipeline on a 100 k-character page. querySelectorAll is a
// static list, linear everywhere. Taking only `.length` of a live collection is fine (one walk).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripComments, tsFiles } from '../support/source-scan';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIVE = /\.(?:getElementsByTagName|getElementsByClassName|getElementsByName)\s*\([^)]*\)(?!\s*\.length\b)|\.(?:children|childNodes)\b(?!\s*\.length\b)/;

export function liveCollectionWalks(code: string): number[] {
  return stripComments(code)
    .split('\n')
    .flatMap((line, i) => (LIVE.test(line) ? [i + 1] : []));
}

describe('no live collection walked in src/core', () => {
  it('the check finds a walk and lets a length through', () => {
    expect(liveCollectionWalks("for (const p of Array.from(doc.getElementsByTagName('p'))) {}")).toEqual([1]);
    expect(liveCollectionWalks("const n = doc.getElementsByTagName('*').length;")).toEqual([]);
    expect(liveCollectionWalks("// Array.from(doc.getElementsByTagName('p'))")).toEqual([]);
    expect(liveCollectionWalks('for (const c of Array.from(el.childNodes)) {}')).toEqual([1]);
    expect(liveCollectionWalks('const i = Array.prototype.indexOf.call(parent.children, el);')).toEqual([1]);
  });

  it.each(tsFiles(`${ROOT}src/core`).map((f) => [f.slice(ROOT.length)]))('%s', (file) => {
    expect(liveCollectionWalks(readFileSync(`${ROOT}${file}`, 'utf8'))).toEqual([]);
  });
});
