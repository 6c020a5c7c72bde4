/**
 * `npm run eval`: extraction quality over every fixture with gold, ours against bare Readability
 * and defuddle, as bag-of-tokens precision/recall/F1 (see test/support/score.ts). Prints a table
 * and writes eval-report.json. This is how we decide whether a change is better.
 */
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { JSDOM } from 'jsdom';
import { runPipeline } from '../src/pipeline';
import { articleLines } from '../src/pipeline/article-text';
import { fixtureDocument, listFixtures, loadFixture } from '../test/support/fixtures';
import { scoreText, type Score } from '../test/support/score';

type Extractor = 'qingdu' | 'readability' | 'defuddle';

function htmlToText(html: string): string {
  const doc = new JSDOM(`<div id="x">${html}</div>`).window.document;
  return articleLines(doc.getElementById('x')!).join('\n');
}

async function extract(name: string, which: Extractor): Promise<string> {
  const doc = fixtureDocument(loadFixture(name));
  if (which === 'qingdu') {
    const result = runPipeline(doc);
    return result.ok ? result.article.text : '';
  }
  if (which === 'readability') {
    const parsed = new Readability(doc).parse();
    return parsed?.content ? htmlToText(parsed.content) : '';
  }
  const result = await Defuddle(doc, doc.URL);
  return result.content ? htmlToText(result.content) : '';
}

const rows: { name: string; lang: string; scores: Record<Extractor, Score> }[] = [];
for (const name of listFixtures()) {
  const fixture = loadFixture(name);
  if (fixture.meta.noArticle) continue;
  const gold = fixture.gold.join('\n');
  const scores = {} as Record<Extractor, Score>;
  for (const which of ['qingdu', 'readability', 'defuddle'] as const) scores[which] = scoreText(await extract(name, which), gold);
  rows.push({ name, lang: fixture.meta.lang, scores });
}

const pct = (n: number): string => n.toFixed(3);
const header = ['fixture', 'lang', 'qingdu P/R/F1', 'readability P/R/F1', 'defuddle P/R/F1'];
const lines = rows.map((r) => [
  r.name,
  r.lang,
  ...(['qingdu', 'readability', 'defuddle'] as const).map((w) => `${pct(r.scores[w].precision)}/${pct(r.scores[w].recall)}/${pct(r.scores[w].f1)}`),
]);
const summary = (subset: typeof rows, label: string): string[] => [
  label,
  '',
  ...(['qingdu', 'readability', 'defuddle'] as const).map((w) => {
    const f1s = subset.map((r) => r.scores[w].f1);
    const mean = f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length);
    return `mean F1 ${pct(mean)} · min ${pct(Math.min(...f1s))}`;
  }),
];
const chinese = rows.filter((r) => r.lang.startsWith('zh'));
const table = [header, ...lines, summary(rows, `ALL (${rows.length})`), summary(chinese, `CHINESE (${chinese.length})`)];
const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
writeFileSync('eval-report.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
console.log('\nwrote eval-report.json');
