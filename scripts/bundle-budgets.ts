/**
 * What each built script may weigh (gzip bytes), and why. `wxt build` fails when a script is over
 * its budget or has none (wxt.config.ts, build:done), so growth is a decision, not an accident.
 * Budgets sit about 10% above the sizes at the time they were set; `npm run bench` prints both.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleBudget {
  /** Path of the script in the build folder, e.g. 'reader.js'. */
  file: string;
  gzipMax: number;
  why: string;
}

export const BUNDLE_BUDGETS: readonly BundleBudget[] = [
  { file: 'detect.js', gzipMax: 7_000, why: 'runs on every page the user let Qingdu convert: the script-detection tables only (6.1 KB)' },
  { file: 'background.js', gzipMax: 9_500, why: 'the service worker starts on every click: messages, injection, menus, settings (8.3 KB)' },
  { file: 'allow-select.js', gzipMax: 3_600, why: 'a page tool that only lifts selection blocks (3.1 KB)' },
  { file: 'reader.js', gzipMax: 106_000, why: 'one click: the pipeline (Readability, DOMPurify), the reader view, figures and quotes (99.0 KB)' },
  { file: 'copy-quote.js', gzipMax: 69_000, why: 'the quote tool: the pipeline, for the citation of what is selected (64.1 KB)' },
  { file: 'highlight-figures.js', gzipMax: 83_000, why: 'the figures tool: the pipeline, to mark only the article the reader shows (76.5 KB)' },
  { file: 'convert.js', gzipMax: 344_000, why: 'the OpenCC phrase dictionaries, every direction in one script for now (309 KB)' },
  { file: 'chunks/options-*.js', gzipMax: 17_000, why: 'the options page (15.8 KB)' },
];

function budgetFor(file: string): BundleBudget | undefined {
  return BUNDLE_BUDGETS.find((b) => (b.file.includes('*') ? new RegExp(`^${b.file.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(file) : b.file === file));
}

function jsFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsFiles(full, base);
    return name.endsWith('.js') ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

/** Every script of a build folder with its size, gzip size and budget. */
export function bundleSizes(dir: string): { file: string; bytes: number; gzip: number; budget: BundleBudget | undefined }[] {
  if (!existsSync(dir)) return [];
  return jsFiles(dir).map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, budget: budgetFor(file) };
  });
}

/** What is wrong with a build folder's scripts: over budget, or without one. Empty when all is well. */
export function budgetProblems(dir: string): string[] {
  return bundleSizes(dir).flatMap(({ file, gzip, budget }) => {
    if (!budget) return [`${file}: no budget in scripts/bundle-budgets.ts (add one, with why)`];
    if (gzip > budget.gzipMax) return [`${file}: ${gzip} bytes gzip, over its budget of ${budget.gzipMax} (${budget.why})`];
    return [];
  });
}
