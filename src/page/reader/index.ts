/**
 * The reader view: opening and closing it over a page (toggle.ts), rendering an article into it
 * (render.ts, view.ts), applying changed settings live (update.ts). This file only re-exports.
 */
export { closeReader, READER_HOST_SELECTOR, isReaderOpen, openReader, toggleReader, type ToggleOutcome } from './toggle';
export { updateReader } from './update';
export type { ReaderOptions } from './options';
