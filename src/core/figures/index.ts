/**
 * Key figures (关键数字): recognise the numbers that carry a health-policy story — "87.7%",
 * "超3.1亿人", "25.4亿元", "提高4.1个百分点", "到2027年", "about 30 percent" — mark them in the
 * reader, and list them with the clause they belong to. Pure TypeScript, no dependencies.
 */
export type { Figure, FigureCategory } from './types';
export { CATEGORIES } from './types';
export { findFigures } from './find';
export { figureMarker, markFigures, unmarkFigures, MARK_CLASS, type FigureMarker } from './mark';
export { figureSummary, figureContext, type FigureSummaryItem } from './summary';
