import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline';
import { fixtureDocument, listFixtures, loadFixture, squash } from '../support/fixtures';

const names = listFixtures();

describe('fixtures through the whole pipeline', () => {
  it('has the fixtures the product is specified against', () => {
    for (const required of ['seed-000-yiwang', 'seed-001-yizhan', 'seed-002-aggregator', 'seed-003-shixun', 'seed-004-qilu', 'no-article']) {
      expect(names).toContain(required);
    }
    expect(names.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(names)('%s', (name) => {
    const fixture = loadFixture(name);
    const doc = fixtureDocument(fixture);
    const before = doc.documentElement.outerHTML;
    const result = runPipeline(doc);

    it('leaves the page itself untouched', () => {
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    if (fixture.meta.noArticle) {
      it('says there is no article', () => {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toMatch(/no article/i);
      });
      return;
    }

    it('finds the article', () => {
      expect(result.ok, result.ok ? '' : result.message).toBe(true);
    });
    if (!result.ok) return;
    const { article } = result;
    const text = squash(article.text);

    it('keeps every gold paragraph', () => {
      const missing = fixture.gold.filter((line) => !text.includes(squash(line)));
      expect(missing).toEqual([]);
    });

    it('removes every clutter string', () => {
      const inText = fixture.meta.clutter.filter((c) => text.includes(squash(c)));
      const inTitle = fixture.meta.clutter.filter((c) => squash(article.title).includes(squash(c)));
      expect({ inText, inTitle }).toEqual({ inText: [], inTitle: [] });
    });

    it('shows no clutter in the reader HTML either', () => {
      const shown = squash(new JSDOM(article.html).window.document.body.textContent ?? '');
      expect(fixture.meta.clutter.filter((c) => shown.includes(squash(c)))).toEqual([]);
      for (const line of fixture.gold) expect(shown).toContain(squash(line));
    });

    it('keeps nothing but the article (every output line is in the gold)', () => {
      const gold = squash(fixture.gold.join(''));
      const extra = article.text.split('\n').filter((line) => !gold.includes(squash(line)));
      expect(extra).toEqual([]);
    });

    it('reads the metadata', () => {
      const m = fixture.meta;
      expect({
        title: squash(article.title),
        source: article.source,
        published: article.published?.slice(0, 10) ?? null,
        author: article.author,
        lang: article.lang,
      }).toEqual({
        title: squash(m.title ?? ''),
        source: m.source,
        published: m.published,
        author: m.author,
        lang: m.lang,
      });
      if (m.site) expect(article.site).toBe(m.site);
    });

    it('returns sanitized HTML only', () => {
      expect(article.html).not.toMatch(/<(script|style|iframe|form|object|embed)\b|\son\w+=|javascript:/i);
    });
  });
});
