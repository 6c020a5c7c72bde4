import { articleRegion } from '@/src/core/extract/region';
import { MARK_CLASS, markFigures, unmarkFigures } from '@/src/core/figures';
import { FIGURE_MARK_CSS } from '@/src/page/reader/styles';
import { runPageTool, showToolNotice } from '@/src/page/notice';

/**
 * Injected by the "Highlight key figures / 标出关键数字" context-menu command into the page itself
 * (not the reader): marks the figures in the article's region, or removes the marks if they are
 * there. The page's text nodes are restored exactly on the second run. Returns how many it marked
 * (0 when it removed the marks), or null when it failed: the page is then as it was, and a notice
 * says so. Finding no figures is said too.
 */
const STYLE_ID = 'qingdu-figure-marks';

export default defineUnlistedScript(() => {
  const outcome = runPageTool(document, toggleMarks, () => null);
  if (outcome?.action === 'marked' && outcome.count === 0) showToolNotice(document, 'toolNoFigures');
  return outcome && outcome.count;
});

function toggleMarks(): { action: 'marked' | 'removed'; count: number } {
  const existing = document.getElementById(STYLE_ID);
  const marked = document.querySelector(`mark.${MARK_CLASS}`);
  if (existing || marked) {
    unmarkFigures(document.body);
    existing?.remove();
    return { action: 'removed', count: 0 };
  }
  const region = articleRegion(document) ?? document.body;
  const marks = markFigures(region);
  // Nothing marked, no stylesheet either: the page stays untouched and the next run marks again.
  if (!marks.length) return { action: 'marked', count: 0 };
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = FIGURE_MARK_CSS;
  (document.head ?? document.documentElement).append(style);
  return { action: 'marked', count: marks.length };
}
