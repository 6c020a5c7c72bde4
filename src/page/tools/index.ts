/** The context-menu page tools: each runs in the page itself (not the reader) and undoes itself. */
export { allowSelect } from './allow-select';
export { copyQuote } from './copy-quote';
export { highlightFigures } from './highlight-figures';
