import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePage, loadDocument } from '../../src/cli/load-page';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface FixtureMeta {
  title: string | null;
  source: string | null;
  published: string | null;
  author: string | null;
  site: string | null;
  lang: string;
  clutter: string[];
  noArticle?: boolean;
}

export interface Fixture {
  name: string;
  path: string;
  html: string;
  gold: string[];
  meta: FixtureMeta;
}

/** Every fixture page that has its gold and meta files. */
export function listFixtures(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .filter((name) => existsSync(join(FIXTURE_DIR, `${name}.gold.txt`)) && existsSync(join(FIXTURE_DIR, `${name}.meta.json`)))
    .sort();
}

export function loadFixture(name: string): Fixture {
  const path = join(FIXTURE_DIR, `${name}.html`);
  const html = decodePage(readFileSync(path));
  const gold = readFileSync(join(FIXTURE_DIR, `${name}.gold.txt`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const meta = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.meta.json`), 'utf8')) as FixtureMeta;
  return { name, path, html, gold, meta };
}

/** The URL a fixture is "served" from in unit tests (the e2e suite serves them for real). */
export function fixtureUrl(name: string): string {
  return `http://127.0.0.1/${name}.html`;
}

export function fixtureDocument(fixture: Fixture): Document {
  return loadDocument(fixture.html, fixtureUrl(fixture.name));
}

/** White space is not content: compare text with all of it removed. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}
