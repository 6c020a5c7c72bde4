export type { Figure, FigureCategory } from './types';
export { CATEGORIES } from './types';
export { findFigures } from './find';
