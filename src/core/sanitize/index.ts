/** The one door through which article HTML enters a document: DOMPurify with an article allowlist. */
export { sanitizeInPlace, sanitizeToFragment } from './purify';
