import { JSDOM } from 'jsdom';
import { runPipeline, type Article } from '../../src/core/pipeline';

/** The article the pipeline reads from a page's HTML; throws with the pipeline's message when there is none. */
export function readArticle(html: string, url = 'http://127.0.0.1/a'): Article {
  const result = runPipeline(new JSDOM(html, { url }).window.document);
  if (!result.ok) throw new Error(result.message);
  return result.article;
}
