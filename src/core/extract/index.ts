/** Extract: finds the article in a working copy of the page. */
export { prepareForExtraction } from './prepare';
export { extractWithReadability, type Extracted } from './readability';
export { STRUCTURE_RULES, FURNITURE_TOKENS } from './structure-rules';
