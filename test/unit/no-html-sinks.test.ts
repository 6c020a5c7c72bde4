// Lint: HTML is parsed in exactly one place (src/core/sanitize/). Anywhere else, writing markup into the
// DOM (innerHTML/outerHTML assignment, insertAdjacentHTML, document.write, srcdoc, DOMParser,
// createContextualFragment) would bypass DOMPurify, so this test lists every such write by file:line.
// Reads (`const html = el.innerHTML`) are allowed.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripComments, tsFiles } from '../support/source-scan';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['src', 'entrypoints'];
/** The one module allowed to parse HTML. */
const ALLOWED_DIR = `src${sep}core${sep}sanitize${sep}`;

/** One rule: what it bans, and a regex that finds it on a line of code (comments stripped). */
export const SINK_RULES: { name: string; re: RegExp }[] = [
  // `el.innerHTML = …`, `el.outerHTML += …` (but not `==`/`===` comparisons).
  { name: 'innerHTML/outerHTML write', re: /\.(?:innerHTML|outerHTML)\s*\+?=(?!=)/ },
  // `el['innerHTML'] = …`
  { name: 'innerHTML/outerHTML write (bracket)', re: /\[\s*['"`](?:innerHTML|outerHTML)['"`]\s*\]\s*\+?=(?!=)/ },
  // Object.assign(el, { innerHTML: … }) and similar property bags.
  { name: 'innerHTML/outerHTML in property bag', re: /[{,]\s*['"]?(?:innerHTML|outerHTML)['"]?\s*:/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\s*\(/ },
  { name: 'document.write', re: /\b(?:document|doc|\w+Document)\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'srcdoc', re: /\bsrcdoc\b/i },
  { name: 'DOMParser', re: /\bDOMParser\b/ },
  { name: 'parseFromString', re: /\bparseFromString\s*\(/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\s*\(/ },
  { name: 'setHTMLUnsafe / parseHTMLUnsafe', re: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\s*\(/ },
];

export function findSinks(code: string): { line: number; rule: string; text: string }[] {
  const lines = stripComments(code).split('\n');
  const original = code.split('\n');
  const found: { line: number; rule: string; text: string }[] = [];
  lines.forEach((line, idx) => {
    for (const rule of SINK_RULES) {
      if (rule.re.test(line)) found.push({ line: idx + 1, rule: rule.name, text: (original[idx] ?? '').trim() });
    }
  });
  return found;
}

describe('no HTML sinks outside src/core/sanitize/', () => {
  test('the rules catch writes and let reads through', () => {
    const bad = [
      'el.innerHTML = html;',
      'el.outerHTML=html',
      'el.innerHTML += more;',
      "el['innerHTML'] = x;",
      'Object.assign(el, { innerHTML: x });',
      "el.insertAdjacentHTML('beforeend', x);",
      'document.write(x);',
      'doc.writeln(x);',
      'frame.srcdoc = x;',
      "frame.setAttribute('srcdoc', x);",
      "new DOMParser().parseFromString(x, 'text/html');",
      'range.createContextualFragment(x);',
      'el.setHTMLUnsafe(x);',
    ];
    for (const code of bad) expect(findSinks(code), code).not.toEqual([]);
    const good = [
      'const html = el.innerHTML;',
      'return a.outerHTML === b.outerHTML;',
      'if (el.innerHTML == "") return;',
      'fn(el.innerHTML);',
      '// el.innerHTML = x  (a comment)',
      '/* document.write(x) */',
      'el.textContent = text;',
    ];
    for (const code of good) expect(findSinks(code), code).toEqual([]);
  });

  test('no file writes HTML into the DOM', () => {
    const files = SCANNED.flatMap((d) => tsFiles(join(ROOT, d)));
    expect(files.length, 'scanned TypeScript files').toBeGreaterThan(20);
    const violations: string[] = [];
    for (const file of files) {
      const rel = relative(ROOT, file);
      if (rel.startsWith(ALLOWED_DIR)) continue;
      for (const f of findSinks(readFileSync(file, 'utf8'))) violations.push(`${rel}:${f.line}  [${f.rule}]  ${f.text}`);
    }
    expect(violations, `HTML sinks outside src/core/sanitize/:\n${violations.join('\n')}`).toEqual([]);
  });
});
