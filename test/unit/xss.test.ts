// The XSS corpus (test/data/xss/vectors.txt: OWASP cheat sheet and DOMPurify vectors) inside a real
// article page, through the whole pipeline: the article HTML must hold nothing that can run, in the
// pipeline's output and again after the reader's own sanitizing step, and the article must survive.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../../src/core/pipeline';
import { sanitizeToFragment } from '../../src/core/sanitize';
import { loadDocument } from '../../src/cli/load-page';
import { formatArticle } from '../../src/cli/format';
import { citationFromArticle, formatQuote } from '../../src/core/quote';

/** C0 controls but tab and newline, DEL and C1: a terminal acts on them. */
const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
import { BASE_FIXTURE_NAME, PLACEMENTS, hostilePage, loadVectors, readerWindow, squash, unsafeHtml, unsafeParts } from '../support/xss';

const VECTORS = loadVectors();
const GOLD = readFileSync(fileURLToPath(new URL(`../fixtures/${BASE_FIXTURE_NAME}.gold.txt`, import.meta.url)), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const URL_ = `http://127.0.0.1/${BASE_FIXTURE_NAME}.html`;

/**
 * The gold lines the page still has as paragraphs once the vector is in it. A vector such as an
 * unclosed <textarea> or <xmp> turns the rest of the page into its text, as any browser would; the
 * lines it swallowed are not paragraphs of the page any more and cannot be asked for.
 */
function goldStillInPage(doc: Document): string[] {
  // Paragraphs a vector pulled into a form control, a <noscript> (parsed as markup here, as raw text
  // by a browser with scripts on), a template, an embedded object or foreign (SVG/MathML) content
  // are dropped whole by design: the sanitizer removes those containers with their content.
  const inert = 'select, textarea, noscript, template, object, iframe, svg, math';
  const paragraphs = Array.from(doc.querySelectorAll('#Article .content p'))
    .filter((p) => !p.parentElement?.closest(inert))
    .map((p) => {
      const copy = p.cloneNode(true) as Element;
      for (const el of Array.from(copy.querySelectorAll(inert))) el.remove();
      return squash(copy.textContent ?? '');
    });
  return GOLD.filter((line) => paragraphs.some((p) => p.includes(squash(line))));
}

test('the corpus is the published vectors, numbered', () => {
  expect(VECTORS.length).toBeGreaterThanOrEqual(100);
  expect(VECTORS.filter((v) => v.raw.includes('PWN')).length).toBeGreaterThanOrEqual(100);
  expect(new Set(VECTORS.map((v) => v.raw)).size, 'duplicate vectors').toBe(VECTORS.length);
});

test('the safety check finds what it must find', () => {
  // The check itself must be able to fail: raw vectors (unsanitized) are flagged.
  expect(unsafeHtml('<img src=x onerror=alert(1)>')).not.toEqual([]);
  expect(unsafeHtml('<a href=" jav&#x09;ascript:alert(1)">x</a>')).not.toEqual([]);
  expect(unsafeHtml('<a href="vbscript:x" rel="noopener noreferrer">x</a>')).not.toEqual([]);
  expect(unsafeHtml('<img src="data:text/html,<script>alert(1)</script>">')).not.toEqual([]);
  expect(unsafeHtml('<svg><g/></svg>')).not.toEqual([]);
  expect(unsafeHtml('<p style="color:red">x</p>')).not.toEqual([]);
  expect(unsafeHtml('<iframe src="https://a"></iframe>')).not.toEqual([]);
  expect(unsafeHtml('<a href="https://a">x</a>')).toEqual(['link without rel=noopener']);
  expect(unsafeHtml('<p>x</p><img src="https://a/b.png" alt="&lt;script&gt;"><img src="data:image/png;base64,AAAA">')).toEqual([]);
  const flagged = VECTORS.filter((v) => unsafeHtml(v.html).length > 0).length;
  expect(flagged, 'vectors the check flags before sanitizing').toBeGreaterThan(VECTORS.length * 0.6);
});

describe.each(PLACEMENTS)('vectors placed %s', (placement) => {
  test.each(VECTORS.map((v) => [v.n, v] as const))('#%i', (_n, vector) => {
    const doc = loadDocument(hostilePage(vector.html, placement), URL_);
    const expectedGold = goldStillInPage(doc);
    const result = runPipeline(doc);
    if (!result.ok) {
      // Only a vector that swallowed most of the article may leave no article; never an error.
      expect(result.reason, result.message).toBe('no-article');
      expect(expectedGold.length, 'article lost although most of its paragraphs are in the page').toBeLessThan(GOLD.length / 2);
      return;
    }
    const { article } = result;
    expect(unsafeHtml(article.html), `pipeline output for: ${vector.raw}`).toEqual([]);
    // The reader sanitizes again when it builds its view, in the page's window.
    const fragment = sanitizeToFragment(article.html, readerWindow());
    expect(unsafeParts(fragment), `reader fragment for: ${vector.raw}`).toEqual([]);
    // Text fields are shown as text, but must still be strings without the page's markup turned into elements.
    for (const field of [article.title, article.source, article.author, article.site]) {
      expect(field === null || typeof field === 'string').toBe(true);
    }
    // Where output goes besides the reader: the CLI's formats and the clipboard's text/html.
    const markdown = formatArticle(article, 'markdown');
    expect(markdown, `markdown for: ${vector.raw}`).not.toMatch(/(?<!\\)<[a-z!/?]/i);
    expect(markdown, `markdown for: ${vector.raw}`).not.toMatch(/(?<!\\)\]\(\s*(?:javascript|data|vbscript):/i);
    for (const format of ['text', 'markdown', 'html'] as const) expect(formatArticle(article, format), `${format} for: ${vector.raw}`).not.toMatch(TERMINAL_CONTROL);
    const selection = article.text.split('\n').slice(0, 2).join('\n');
    for (const format of ['plain', 'markdown', 'chinese'] as const) {
      const quote = formatQuote(selection, citationFromArticle(article), format, { citation: true, url: true, lang: article.lang });
      const findings = unsafeHtml(quote.html).filter((f) => f !== 'link without rel=noopener');
      expect(findings, `clipboard text/html (${format}) for: ${vector.raw}`).toEqual([]);
    }
    const body = squash(article.text);
    const missing = expectedGold.filter((line) => !body.includes(squash(line)));
    if (placement === 'head') {
      // Markup in the title, meta and attributes: every line still in the page survives.
      expect(missing, 'gold lines lost').toEqual([]);
    } else {
      expect(expectedGold.length, 'gold lines before the vector at least').toBeGreaterThanOrEqual(2);
      // A vector that leaves an element open (<details>, <marquee>, <x>) wraps the rest of the article;
      // the extraction then keeps the wrapped part and may drop a few short lines before it (see
      // the known bug below). Anything more is a failure.
      expect(missing.length, `gold lines lost: ${missing.join(' | ')}`).toBeLessThanOrEqual(4);
    }
  });
});

// Found by this corpus (reported to the lead, not fixed here): an element left open between the
// paragraphs of the article container — common in farm templates, not only in attacks — makes the
// extraction keep the wrapped part and silently drop the short first paragraph (and the lead image)
// before it, without a removal record. Readability's sibling rule keeps a short sibling paragraph
// only when it ends with an ASCII period (/\.( |$)/), never with 。. This test flips to failing
// (and must become a plain test) when the bug is fixed.
test.fails('KNOWN BUG: an unclosed <div> in the article container loses the first paragraph', () => {
  const result = runPipeline(loadDocument(hostilePage('<div>', 'between'), URL_));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(squash(result.article.text)).toContain(squash(GOLD[0]!));
});
