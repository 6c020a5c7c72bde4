/**
 * The page sets `npm run eval` scores: our own fixtures, Readability's test suite (against the text
 * of its expected.html) and the real Chinese news pages (against the gold in test/real-gold/gne).
 * The real pages are read in place from ../shared/data/pages (or $QINGDU_PAGES); they are never
 * copied into this repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { articleLines } from '../src/core/pipeline/article-text';
import { wrapInlineRuns } from '../src/core/dom/blocks';
import { fixtureUrl, listFixtures, loadFixture } from '../test/support/fixtures';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PAGES_DIR = process.env.QINGDU_PAGES ?? join(ROOT, '..', 'shared', 'data', 'pages');
export const GNE_GOLD_DIR = join(ROOT, 'test', 'real-gold', 'gne');

/** The metadata fields scored; null in the gold means "the page does not say". */
export interface GoldMeta {
  title: string | null;
  source: string | null;
  published: string | null;
  author: string | null;
}

export interface EvalPage {
  name: string;
  lang: string;
  html: string;
  url: string;
  gold: string;
  /** Present where the set has human metadata gold. */
  meta?: GoldMeta;
}

export interface EvalSet {
  id: 'fixtures' | 'readability' | 'gne';
  label: string;
  pages: EvalPage[];
  /** Why the set is empty, when it is. */
  missing?: string;
}

/**
 * The visible text of an HTML fragment, one block per line (the same lines the pipeline emits).
 * Text that sits loose beside blocks (expected.html's "<p>When</p>, there are two solutions…",
 * where a formula split a paragraph) is a line of its own, as a reader shows it, not dropped.
 */
export function htmlToText(html: string): string {
  const { window } = new JSDOM(`<div id="x">${html}</div>`);
  const root = window.document.getElementById('x')!;
  wrapInlineRuns(root);
  const lines = articleLines(root);
  window.close();
  return lines.join('\n');
}

function fixtureSet(): EvalSet {
  const pages: EvalPage[] = [];
  for (const name of listFixtures()) {
    const f = loadFixture(name);
    if (f.meta.noArticle) continue;
    pages.push({ name, lang: f.meta.lang, html: f.html, url: fixtureUrl(name), gold: f.gold.join('\n'), meta: f.meta });
  }
  return { id: 'fixtures', label: 'our fixtures (written for this project)', pages };
}

/** Readability's suite: every page is UTF-8 (qq declares gb2312 but was transcoded), as its own runner reads them. */
function readabilitySet(): EvalSet {
  const dir = join(PAGES_DIR, 'readability');
  const label = "Readability's test suite vs expected.html";
  if (!existsSync(dir)) return { id: 'readability', label, pages: [], missing: `${dir} is absent` };
  const pages: EvalPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const source = join(dir, name, 'source.html');
    const expected = join(dir, name, 'expected.html');
    if (!existsSync(source) || !existsSync(expected)) continue;
    const metaPath = join(dir, name, 'expected-metadata.json');
    const lang = existsSync(metaPath) ? ((JSON.parse(readFileSync(metaPath, 'utf8')) as { lang?: string }).lang ?? '') : '';
    pages.push({
      name,
      lang,
      html: readFileSync(source, 'utf8'),
      url: 'http://fakehost/test/page.html',
      gold: htmlToText(readFileSync(expected, 'utf8')),
    });
  }
  return { id: 'readability', label, pages };
}

/** The 60 real Chinese pages with our blind gold (test/real-gold/gne/README.md says how it was written). */
function gneSet(): EvalSet {
  const dir = join(PAGES_DIR, 'gne');
  const label = 'real Chinese news pages vs our blind gold';
  if (!existsSync(dir)) return { id: 'gne', label, pages: [], missing: `${dir} is absent` };
  const pages: EvalPage[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const name = file.slice(0, -'.html'.length);
    const goldPath = join(GNE_GOLD_DIR, `${name}.gold.txt`);
    const metaPath = join(GNE_GOLD_DIR, `${name}.meta.json`);
    if (!existsSync(goldPath) || !existsSync(metaPath)) continue;
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as GoldMeta & { lang?: string };
    pages.push({
      name,
      lang: meta.lang ?? 'zh-Hans',
      html: readFileSync(join(dir, file), 'utf8'),
      url: `http://127.0.0.1/gne/${file}`,
      gold: readFileSync(goldPath, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean).join('\n'),
      meta,
    });
  }
  return { id: 'gne', label, pages, missing: pages.length ? undefined : `no gold in ${GNE_GOLD_DIR}` };
}

export function evalSets(): EvalSet[] {
  return [fixtureSet(), readabilitySet(), gneSet()];
}
