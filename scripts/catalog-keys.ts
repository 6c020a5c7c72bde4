/**
 * Which message keys a bundle can show: the keys written as string literals in the modules its
 * entry imports (statically, transitively), plus every key that starts with a template prefix
 * written as `prefix_${…}`. Read from the source as text, before bundling, so each bundle's catalogs
 * (src/core/i18n) can carry only those keys. Over-counting a key is harmless (a word like 'font'
 * that is also a key); missing one is not, and a unit test checks every bundle against its code.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g;
/** `import type …` and `export type … from`: erased by the compiler, so not part of the bundle. */
const TYPE_ONLY = /\b(?:import|export)\s+type\s[\s\S]*?\bfrom\s*(['"])[^'"]+\1/g;
const SCRIPT_SRC = /<script[^>]*\bsrc=(['"])([^'"]+)\1/g;
const LITERAL = /(['"`])([A-Za-z][A-Za-z0-9_]*)\1/g;
const TEMPLATE_PREFIX = /`([A-Za-z][A-Za-z0-9_]*_)\$\{/g;

function resolveModule(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null; // a package: it holds none of our keys
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.(?:ts|html)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every module of ours an entry (a .ts file, or an .html page with module scripts) pulls in. */
export function moduleGraph(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.filter((e) => existsSync(e));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const pattern = file.endsWith('.html') ? SCRIPT_SRC : IMPORT;
    for (const m of code.replace(TYPE_ONLY, '').matchAll(pattern)) {
      const next = resolveModule(root, file, m[2]!);
      if (next && !seen.has(next)) queue.push(next);
    }
  }
  return [...seen];
}

/** The keys of `allKeys` that the entries' modules can show. */
export function catalogKeysFor(root: string, entries: readonly string[], allKeys: readonly string[]): Set<string> {
  const known = new Set(allKeys);
  const used = new Set<string>();
  for (const file of moduleGraph(root, entries)) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(LITERAL)) if (known.has(m[2]!)) used.add(m[2]!);
    for (const m of code.matchAll(TEMPLATE_PREFIX)) for (const key of allKeys) if (key.startsWith(m[1]!)) used.add(key);
  }
  return used;
}
