// Reading the repo's own TypeScript as text, for the lint-like tests (no-html-sinks, core-purity).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...tsFiles(full));
    else if (/\.(?:ts|tsx|mts|cts)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/**
 * Code with comments removed (line structure kept), so that a comment mentioning innerHTML is not
 * a finding. Strings stay as written (`el['innerHTML'] =` must stay visible), or with blankStrings
 * their contents become spaces (a message saying "browser." is not a use of the browser API).
 */
export function stripComments(code: string, options: { blankStrings?: boolean } = {}): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      i += 2;
      while (i < code.length && !(code[i] === '*' && code[i + 1] === '/')) {
        if (code[i] === '\n') out += '\n';
        i++;
      }
      i += 2;
    } else if (c === '"' || c === "'" || c === '`') {
      // Keep the string as written: property names in brackets must stay visible.
      let j = i + 1;
      while (j < code.length && code[j] !== c) {
        if (code[j] === '\\') j++;
        j++;
      }
      const literal = code.slice(i, j + 1);
      // Blanked: the quotes stay, the contents become spaces (newlines kept for line numbers).
      out += options.blankStrings ? c + literal.slice(1, -1).replace(/[^\n]/g, ' ') + (literal.length > 1 ? c : '') : literal;
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

