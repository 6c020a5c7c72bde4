// Lint: HTML is parsed in exactly one place (src/core/sanitize/). Anywhere else, writing markup into the
// DOM (innerHTML/outerHTML assignment, insertAdjacentHTML, document.write, execCommand('insertHTML'),
// srcdoc, DOMParser, createContextualFragment) would bypass DOMPurify, and writing a URL (href, src,
// action …) that is not a checked webUrl() would let a page's javascript: or data: link through, so
// this test lists every such write by file:line. Reads (`const html = el.innerHTML`) are allowed.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripComments, tsFiles } from '../support/source-scan';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['src', 'entrypoints'];
/** The one module allowed to parse HTML. */
const ALLOWED_DIR = `src${sep}core${sep}sanitize${sep}`;
/** Stages that write URLs into the pipeline's working copy, which DOMPurify cleans before anything shows it. */
const URL_WORKING_COPY_DIRS = [`src${sep}core${sep}extract${sep}`, `src${sep}core${sep}pipeline${sep}`];

/**
 * One rule: what it bans, a regex that finds it on a line of code (comments stripped), and for URL
 * sinks what makes a line safe: the value is a webUrl() result (http(s) only), or the file builds a
 * working copy that the sanitizer cleans afterwards.
 */
export const SINK_RULES: { name: string; re: RegExp; safeLine?: RegExp; safeDirs?: string[] }[] = [
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
  { name: "execCommand('insertHTML')", re: /\bexecCommand\s*\(\s*['"`]insertHTML/i },
  // A page-supplied URL in a link or image runs javascript: or loads data: unless it is checked.
  { name: 'URL property write', re: /\.(?:href|src|srcset|action|formAction)\s*=(?!=)/, safeLine: /\bwebUrl\(/, safeDirs: URL_WORKING_COPY_DIRS },
  {
    name: 'URL attribute write',
    re: /\bsetAttribute(?:NS)?\s*\((?:[^,]*,)?\s*['"`](?:href|src|srcset|action|formaction|xlink:href|data|poster)['"`]/i,
    safeLine: /\bwebUrl\(/,
    safeDirs: URL_WORKING_COPY_DIRS,
  },
];

export function findSinks(code: string, file = ''): { line: number; rule: string; text: string }[] {
  const lines = stripComments(code).split('\n');
  const original = code.split('\n');
  const found: { line: number; rule: string; text: string }[] = [];
  lines.forEach((line, idx) => {
    for (const rule of SINK_RULES) {
      if (!rule.re.test(line)) continue;
      if (rule.safeLine?.test(line) || rule.safeDirs?.some((dir) => file.startsWith(dir))) continue;
      found.push({ line: idx + 1, rule: rule.name, text: (original[idx] ?? '').trim() });
    }
  });
  return found;
}

describe('no HTML or URL sinks outside src/core/sanitize/', () => {
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
      "doc.execCommand('insertHTML', false, html);",
      'link.href = article.nextPage;',
      'img.src = value;',
      "a.setAttribute('href', url);",
      "img.setAttribute('src', data);",
      "use.setAttributeNS(XLINK, 'xlink:href', url);",
      'form.action = target;',
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
      'link.href = webUrl(article.nextPage)!;',
      "a.setAttribute('href', webUrl(url, base) ?? '#');",
      'if (a.href === b.href) return;',
      "doc.execCommand('copy');",
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
      for (const f of findSinks(readFileSync(file, 'utf8'), rel)) violations.push(`${rel}:${f.line}  [${f.rule}]  ${f.text}`);
    }
    expect(violations, `HTML sinks outside src/core/sanitize/:\n${violations.join('\n')}`).toEqual([]);
  });
});
