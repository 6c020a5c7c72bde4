import { normalizeText } from '../text/normalize';
import { parseDate } from './date';
import { comparable, pageShows, visibleTextAfter, visibleTextNodes } from './text-after';

const MAX_ZONE_LENGTH = 600;
const MAX_TRAILING_LENGTH = 300;

/**
 * The text between the page's headline and the article's first paragraph, where templates print
 * 来源, 作者 and 发布时间. Read from the live page, read only.
 */
export function metaZone(doc: Document, title: string | null, firstParagraph: string): string {
  if (!title) return '';
  const zone = textAfter(doc, title.slice(0, 8), firstParagraph.slice(0, 10), MAX_ZONE_LENGTH);
  const stopAt = firstParagraph ? zone.indexOf(firstParagraph.slice(0, 6)) : -1;
  return normalizeText(stopAt > 0 ? zone.slice(0, stopAt) : zone);
}

const MAX_BEFORE_TITLE = 80;

/** The last piece of text printed just above the headline, read only. */
export function textBeforeTitle(doc: Document, title: string | null): string {
  const probe = comparable((title ?? '').replace(/\s+/g, '').slice(0, 8));
  if (!probe) return '';
  let previous = '';
  for (const node of visibleTextNodes(doc)) {
    const text = normalizeText(node.nodeValue ?? '');
    if (!text) continue;
    if (comparable(text).includes(probe)) return previous.slice(-MAX_BEFORE_TITLE);
    previous = text;
  }
  return '';
}

/** A line that is a date and nothing much else ("2024年07月08日", "Posted 2024-07-08"). */
export function parseDateOnly(text: string): string | null {
  const trimmed = normalizeText(text);
  const date = parseDate(trimmed);
  return date && trimmed.length <= 40 ? date : null;
}

/** Paragraphs tried from the end when the last ones are not on the page (a slideshow's data captions). */
const MAX_TRAILING_TRIES = 12;

/**
 * The text right after the article's last paragraph that the page prints: 本文来源, 作者 and
 * 责任编辑 lines live there too.
 */
export function trailingZone(doc: Document, paragraphs: readonly string[]): string {
  const last = Math.max(0, paragraphs.length - MAX_TRAILING_TRIES);
  for (let i = paragraphs.length - 1; i >= last; i--) {
    const paragraph = paragraphs[i]!;
    if (!paragraph) continue;
    const probe = paragraph.slice(-10);
    const zone = normalizeText(textAfter(doc, probe, '', MAX_TRAILING_LENGTH));
    // Nothing after a paragraph the page prints is an answer; only one it does not print is skipped.
    if (zone || pageShows(doc, probe)) return zone;
  }
  return '';
}

/**
 * The page's visible text that follows the first place where `from` occurs (white space ignored),
 * up to `until` or `max` characters. One pass over text nodes, read only.
 */
function textAfter(doc: Document, from: string, until: string, max: number): string {
  const untilProbe = until.replace(/\s+/g, '');
  let out = '';
  for (const node of visibleTextAfter(doc, from)) {
    out += ' ' + (node.nodeValue ?? '').replace(/\s+/g, ' ');
    if ((untilProbe && out.replace(/\s+/g, '').includes(untilProbe)) || out.length > max) break;
  }
  return out;
}
