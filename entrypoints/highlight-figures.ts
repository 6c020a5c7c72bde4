import { articleRegion } from '@/src/extract/region';
import { MARK_CLASS, markFigures, unmarkFigures } from '@/src/figures';
import { FIGURE_MARK_CSS } from '@/src/reader/styles';

/**
 * Injected by the "Highlight key figures / 标出关键数字" context-menu command into the page itself
 * (not the reader): marks the figures in the article's region, or removes the marks if they are
 * there. The page's text nodes are restored exactly on the second run. Returns how many it marked.
 */
const STYLE_ID = 'qingdu-figure-marks';

export default defineUnlistedScript(() => {
  const existing = document.getElementById(STYLE_ID);
  const marked = document.querySelector(`mark.${MARK_CLASS}`);
  if (existing || marked) {
    unmarkFigures(document.body);
    existing?.remove();
    return 0;
  }
  const region = articleRegion(document) ?? document.body;
  const marks = markFigures(region);
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = FIGURE_MARK_CSS;
  document.head.append(style);
  return marks.length;
});
