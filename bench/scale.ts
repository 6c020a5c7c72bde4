/**
 * `npm run bench:scale`: how the pipeline's time grows with the page. A farm-template page (the
 * seed-004-qilu fixture) has its article's real paragraphs repeated until the article holds 10 k,
 * 30 k, 100 k, 300 k and 1 M characters; for each size, the median time of Qingdu's whole pipeline
 * and of bare Readability on the same page (interleaved, in one process), their ratio, and at the
 * end the growth exponent of each (least-squares slope of log time on log size). The largest size
 * stops where the whole page reaches the pipeline's text limit (MAX_TEXT_CHARS): past it Qingdu
 * says "too large" instead of reading. Figures, not assertions: the budget (ratio ≤ 1.2×,
 * exponent ≤ 1.15) is read off the table.
 */
import { Readability } from '@mozilla/readability';
import { runPipeline } from '../src/core/pipeline';
import { MAX_TEXT_CHARS, pageTextLength } from '../src/core/pipeline/page-size';
import { fixtureDocument, loadFixture } from '../test/support/fixtures';
import { median, printTable, time } from './stats';

const SIZES = (process.env.SCALE_SIZES ?? '10000,30000,100000,300000,1000000').split(',').map(Number);
const TEMPLATE = 'seed-004-qilu';

/** The template page with its article's paragraphs repeated, in order, until the article holds `chars` characters. */
function scaledPage(chars: number): Document {
  const fixture = loadFixture(TEMPLATE);
  const doc = fixtureDocument(fixture);
  const gold = new Set(fixture.gold.map((line) => line.trim()));
  const paragraphs = [...doc.querySelectorAll('p')].filter((p) => gold.has((p.textContent ?? '').trim()));
  const parent = paragraphs[0]?.parentElement;
  if (!parent) throw new Error(`${TEMPLATE}: no article paragraph found`);
  const own = paragraphs.filter((p) => p.parentElement === parent);
  const last = own[own.length - 1]!;
  let length = own.reduce((n, p) => n + (p.textContent ?? '').length, 0);
  const room = MAX_TEXT_CHARS - (pageTextLength(doc) - length);
  let anchor: Element = last;
  for (let i = 0; ; i++) {
    const copy = own[i % own.length]!.cloneNode(true) as Element;
    const add = (copy.textContent ?? '').length;
    if (length + add > Math.min(chars, room)) break;
    anchor.after(copy);
    anchor = copy;
    length += add;
  }
  return doc;
}

const rows: string[][] = [['paragraph chars', 'elements', 'qingdu ms', 'readability ms', 'ratio']];
const points: { size: number; ours: number; bare: number }[] = [];
for (const size of SIZES) {
  const doc = scaledPage(size);
  const articleChars = [...doc.querySelectorAll('p')].reduce((n, p) => n + (p.textContent ?? '').length, 0);
  const runs = size >= 300_000 ? 3 : size >= 100_000 ? 5 : 9;
  const ours: number[] = [];
  const bare: number[] = [];
  let ok = true;
  for (let i = 0; i < runs + 1; i++) {
    let result: ReturnType<typeof runPipeline> | undefined;
    const a = time(() => {
      result = runPipeline(doc);
    });
    const b = time(() => new Readability(doc.cloneNode(true) as Document).parse());
    ok &&= result?.ok === true;
    if (i > 0) {
      ours.push(a);
      bare.push(b);
    }
  }
  const o = median(ours);
  const r = median(bare);
  points.push({ size: articleChars, ours: o, bare: r });
  rows.push([String(articleChars), String(doc.getElementsByTagName('*').length), o.toFixed(0) + (ok ? '' : ' (no article)'), r.toFixed(0), (o / r).toFixed(2) + '×']);
}
printTable(rows);
console.log(`\ngrowth exponent (slope of log time on log size): qingdu ${slope(points.map((p) => [p.size, p.ours])).toFixed(2)}, readability ${slope(points.map((p) => [p.size, p.bare])).toFixed(2)}`);

function slope(xy: [number, number][]): number {
  const pts = xy.map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  const mx = pts.reduce((s, [x]) => s + x, 0) / pts.length;
  const my = pts.reduce((s, [, y]) => s + y, 0) / pts.length;
  const num = pts.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = pts.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return num / den;
}

