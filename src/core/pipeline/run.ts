import { isProbablyReaderable } from '@mozilla/readability';
import { extractWithReadability } from '../extract/readability';
import type { PipelineOptions, PipelineResult, Removal } from '../model/article';
import { extractFrom } from './extract-article';
import { finish, noArticle } from './finish';
import { deeperThan, MAX_DEPTH, MAX_ELEMENTS, MAX_TEXT_CHARS, pageTextLength } from './page-size';

/**
 * The whole reader pipeline over a page: extract (on a copy; the page is never changed) → clean →
 * metadata → sanitize. Never throws: a page without an article, or one too big, gets a reason.
 */
export function runPipeline(doc: Document, options: PipelineOptions = {}): PipelineResult {
  try {
    return run(doc, options);
  } catch (error) {
    return { ok: false, reason: 'error', message: `Qingdu could not read this page: ${String(error)}` };
  }
}

function run(doc: Document, options: PipelineOptions): PipelineResult {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('the document has no window');
  const count = doc.getElementsByTagName('*').length;
  if (count > MAX_ELEMENTS) {
    return { ok: false, reason: 'too-large', message: `This page is too large to read (${count} elements).` };
  }
  // Few elements can still hold megabytes of text; past this, extraction takes seconds, not ms.
  if (deeperThan(doc, MAX_DEPTH)) {
    return { ok: false, reason: 'too-large', message: `This page is nested too deeply to read (more than ${MAX_DEPTH} levels).` };
  }
  const chars = pageTextLength(doc);
  if (chars > MAX_TEXT_CHARS) {
    return { ok: false, reason: 'too-large', message: `This page is too large to read (${chars} characters of text).` };
  }

  const removed: Removal[] = [];
  const ours = extractFrom(doc, removed);
  const result = ours ? finish(doc, ours, removed, options) : noArticle();
  if (result.ok) return result;
  // Where Firefox's Reader View opens a page, so must we: when our cleaner working copy found
  // nothing, bare Readability on an untouched copy gets a chance, through the same clean stage.
  const readerable = isProbablyReaderable(doc);
  const bare = extractWithReadability(doc.cloneNode(true) as Document);
  if (!bare) return result;
  return finish(doc, bare, [], options, readerable ? 'as-readability' : 'short');
}
