/** What a key figure is about; each has its own mark colour in the reader. */
export type FigureCategory = 'percent' | 'money' | 'count' | 'measure' | 'date' | 'change';

/**
 * One key figure: qualifier + number + unit or classifier as one span ("超3.1亿人", "约200名",
 * "提高4.1个百分点", "到2027年", "about 30 percent"). Offsets are UTF-16 indices into the text the
 * recognizer was given: `text === input.slice(start, end)`.
 */
export interface Figure {
  text: string;
  category: FigureCategory;
  start: number;
  end: number;
}

export const CATEGORIES: readonly FigureCategory[] = ['percent', 'money', 'count', 'measure', 'date', 'change'];
