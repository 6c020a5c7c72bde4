/**
 * `npm run eval`: extraction quality on three sets side by side — our fixtures, Readability's test
 * suite (against the text of expected.html) and the real Chinese pages (against our blind gold) —
 * for Qingdu, bare Readability and defuddle, as bag-of-tokens precision/recall/F1
 * (test/support/score.ts), plus metadata accuracy per field where the set has metadata gold.
 * Prints the tables and writes eval-report.json. This is how we decide whether a change is better.
 *
 * Options: `--set fixtures|readability|gne` (repeatable) scores only those sets; `--pages` prints
 * every page's row (by default only pages where Qingdu is below 0.90 or below Readability);
 * `--only REGEX` (repeatable) scores only the pages whose name matches.
 */
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { loadDocument } from '../src/cli/load-page';
import { runPipeline } from '../src/core/pipeline';
import { scoreText, type Score } from '../test/support/score';
import { META_FIELDS, metaFieldRight, tallyMeta } from './eval-meta';
import { evalSets, GNE_GOLD_DIR, htmlToText, type EvalPage, type GoldMeta } from './eval-sets';
import { scoreFigurePage, totalFigureScore, type FigureScore } from './eval-figures';

const EXTRACTORS = ['qingdu', 'readability', 'defuddle'] as const;
type Extractor = (typeof EXTRACTORS)[number];

interface Row {
  name: string;
  lang: string;
  scores: Record<Extractor, Score>;
  /** Qingdu said "no article" (or too large / error). */
  qingduNone: boolean;
  readabilityNone: boolean;
  got?: GoldMeta;
}

/** Milliseconds each extractor took on the page, printed as progress so a slow page is visible. */
const timings: Record<Extractor, number> = { qingdu: 0, readability: 0, defuddle: 0 };

async function run(page: EvalPage): Promise<Row> {
  let t = performance.now();
  const ourDoc = loadDocument(page.html, page.url);
  const result = runPipeline(ourDoc, { url: page.url });
  // jsdom keeps every window alive until closed: 130 open pages exhaust a 4 GB heap.
  ourDoc.defaultView?.close();
  timings.qingdu = performance.now() - t;
  t = performance.now();
  const ours = result.ok ? result.article.text : '';
  let readability = '';
  try {
    const doc = loadDocument(page.html, page.url);
    const parsed = new Readability(doc).parse();
    readability = parsed?.content ? htmlToText(parsed.content) : '';
    doc.defaultView?.close();
  } catch {
    readability = '';
  }
  timings.readability = performance.now() - t;
  t = performance.now();
  let defuddle = '';
  if (withDefuddle) try {
    const doc = loadDocument(page.html, page.url);
    const d = await Defuddle(doc, page.url);
    defuddle = d.content ? htmlToText(d.content) : '';
    doc.defaultView?.close();
  } catch {
    defuddle = '';
  }
  timings.defuddle = performance.now() - t;
  const texts: Record<Extractor, string> = { qingdu: ours, readability, defuddle };
  const scores = {} as Record<Extractor, Score>;
  for (const w of EXTRACTORS) scores[w] = scoreText(texts[w], page.gold);
  const got: GoldMeta | undefined = result.ok
    ? { title: result.article.title, source: result.article.source, published: result.article.published, author: result.article.author }
    : { title: null, source: null, published: null, author: null };
  return { name: page.name, lang: page.lang, scores, qingduNone: !result.ok, readabilityNone: !readability.trim(), got };
}

const f3 = (n: number): string => n.toFixed(3);

/** Key figures on the gold text of the real pages: exact and overlap precision and recall, misses and false positives. */
function printFigureScores(names: string[]): FigureScore {
  const total = totalFigureScore(names.flatMap((name) => scoreFigurePage(GNE_GOLD_DIR, name) ?? []));
  const ratio = (a: number, b: number): string => (b ? f3(a / b) : '-');
  console.log('');
  printTable([
    ['key figures (on the gold text)', 'gold', 'found', 'precision', 'recall'],
    ['exact span', String(total.gold), String(total.predicted), ratio(total.exact, total.predicted), ratio(total.exact, total.gold)],
    ['overlap (one-to-one)', String(total.gold), String(total.predicted), ratio(total.overlap, total.predicted), ratio(total.overlap, total.gold)],
  ]);
  const limit = allPages ? Infinity : 40;
  const list = (label: string, items: string[]): void => {
    if (!items.length) return;
    console.log(`${label} (${items.length}${items.length > limit ? `, first ${limit}; --pages lists all` : ''}):`);
    for (const item of items.slice(0, limit)) console.log(`  ${item}`);
  };
  list('missed figures', total.misses);
  list('false positives', total.falsePositives);
  list('span boundaries (gold ≠ ours)', total.boundaries);
  return total;
}

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

const args = process.argv.slice(2);
const onlySets = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));
const allPages = args.includes('--pages');
/** defuddle takes most of the run (30 s on one wikipedia page): `--no-defuddle` leaves it out while iterating. */
const withDefuddle = !args.includes('--no-defuddle');
const onlyPages = args.flatMap((a, i) => (args[i - 1] === '--only' ? [new RegExp(a)] : []));

const report: Record<string, unknown> = { date: new Date().toISOString() };
for (const set of evalSets()) {
  if (onlySets.length && !onlySets.includes(set.id)) continue;
  console.log(`\n## ${set.id}: ${set.label}`);
  if (!set.pages.length) {
    console.log(`not scored: ${set.missing ?? 'no pages'}`);
    report[set.id] = { missing: set.missing };
    continue;
  }
  const rows: Row[] = [];
  const pages = onlyPages.length ? set.pages.filter((p) => onlyPages.some((re) => re.test(p.name))) : set.pages;
  for (const [i, page] of pages.entries()) {
    rows.push(await run(page));
    const ms = EXTRACTORS.map((w) => `${w} ${Math.round(timings[w])} ms`).join(', ');
    process.stderr.write(`  [${i + 1}/${pages.length}] ${page.name}: ${ms}\n`);
  }

  const shown = rows.filter((r) => allPages || r.scores.qingdu.f1 < 0.9 || r.scores.qingdu.f1 + 0.02 < r.scores.readability.f1);
  const cell = (r: Row, w: Extractor): string => {
    const s = r.scores[w];
    const none = w === 'qingdu' ? r.qingduNone : w === 'readability' ? r.readabilityNone : false;
    return none ? 'no article' : `${f3(s.precision)}/${f3(s.recall)}/${f3(s.f1)}`;
  };
  const table: string[][] = [['page', 'lang', 'qingdu P/R/F1', 'readability P/R/F1', 'defuddle P/R/F1']];
  for (const r of shown) table.push([r.name, r.lang, ...EXTRACTORS.map((w) => cell(r, w))]);
  if (shown.length < rows.length) table.push([`(${rows.length - shown.length} more pages at ≥ 0.90 and not behind Readability; --pages lists them)`, '', '', '', '']);
  for (const w of EXTRACTORS) {
    const f1s = rows.map((r) => r.scores[w].f1);
    const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
    const below = (t: number): number => f1s.filter((f) => f < t).length;
    table.push([`${w}: mean F1 ${f3(mean)} · min ${f3(Math.min(...f1s))} · <0.90: ${below(0.9)} · <0.80: ${below(0.8)} · <0.50: ${below(0.5)}`, '', '', '', '']);
  }
  printTable(table);
  const refused = rows.filter((r) => r.qingduNone && !r.readabilityNone);
  console.log(`Qingdu "no article" where Readability has an article: ${refused.length}${refused.length ? ` (${refused.map((r) => r.name).join(', ')})` : ''}`);

  const withMeta = pages.map((p, i) => ({ page: p, row: rows[i]! })).filter((x) => x.page.meta);
  if (withMeta.length) {
    const tally = tallyMeta(withMeta.map((x) => ({ got: x.row.got!, want: x.page.meta! })));
    const metaTable: string[][] = [['metadata', 'right / gold has it', 'accuracy', 'invented where gold has none']];
    for (const field of META_FIELDS) {
      const t = tally[field];
      metaTable.push([field, `${t.right} / ${t.withValue}`, t.withValue ? f3(t.right / t.withValue) : '-', String(t.invented)]);
    }
    console.log('');
    printTable(metaTable);
    const wrong = withMeta.flatMap(({ page, row }) =>
      META_FIELDS.filter((f) => page.meta![f] && !metaFieldRight(f, row.got![f], page.meta![f])).map(
        (f) => `  ${page.name} ${f}: got ${JSON.stringify(row.got![f])}, gold ${JSON.stringify(page.meta![f])}`,
      ),
    );
    if (wrong.length && set.id !== 'fixtures') console.log(['wrong metadata:', ...wrong].join('\n'));
    report[`${set.id}-meta`] = tally;
  }
  if (set.id === 'gne') report['gne-figures'] = printFigureScores(pages.map((p) => p.name));
  report[set.id] = rows.map(({ got: _got, ...r }) => r);
}
writeFileSync('eval-report.json', JSON.stringify(report, null, 2));
console.log('\nwrote eval-report.json');
