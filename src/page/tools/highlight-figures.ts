import { findFigures, MARK_CLASS, markFigures, unmarkFigures } from '../../core/figures';
import { runPipeline } from '../../core/pipeline';
import { normalizeText } from '../../core/text/normalize';
import { FIGURE_MARK_CSS } from '../reader/styles';
import { runPageTool, showToolNotice } from '../notice';

/**
 * The "Highlight key figures / 标出关键数字" context-menu tool, in the page itself (not the
 * reader): marks the figures of the article the reader would show, or removes the marks if they are
 * there. Only blocks whose text is a line of that article are read: a disclaimer, the 上一篇 link
 * or a sidebar next to the article keep their numbers unmarked, as the reader leaves them out. The
 * page's text nodes are restored exactly on the second run. Returns how many it marked (0 when it
 * removed the marks), or null when it failed: the page is then as it was, and a notice says so.
 * Finding no figures is said too.
 */
const STYLE_ID = 'qingdu-figure-marks';

export function highlightFigures(doc: Document): number | null {
  const outcome = runPageTool(doc, () => toggleMarks(doc), () => null);
  if (outcome?.action === 'marked' && outcome.count === 0) showToolNotice(doc, 'toolNoFigures');
  return outcome && outcome.count;
}

function toggleMarks(doc: Document): { action: 'marked' | 'removed'; count: number } {
  const existing = doc.getElementById(STYLE_ID);
  const marked = doc.querySelector(`mark.${MARK_CLASS}`);
  if (existing || marked) {
    if (doc.body) unmarkFigures(doc.body);
    existing?.remove();
    return { action: 'removed', count: 0 };
  }
  const result = runPipeline(doc, { url: doc.URL });
  if (!result.ok || !doc.body) return { action: 'marked', count: 0 };
  const lines = new Set(result.article.text.split('\n'));
  const marks = markFigures(doc.body, (text) => (lines.has(normalizeText(text)) ? findFigures(text) : []));
  // Nothing marked, no stylesheet either: the page stays untouched and the next run marks again.
  if (!marks.length) return { action: 'marked', count: 0 };
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = FIGURE_MARK_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return { action: 'marked', count: marks.length };
}
