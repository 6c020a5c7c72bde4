import { compactText } from '../text/normalize';
import { paragraphOpeningWith } from '../dom/walk';

/** How far before the article's first paragraph a lead photo may sit (meta bars and share rows between). */
const MAX_SIBLINGS_BACK = 4;
const MAX_CAPTION = 160;

/** Photo blocks are named so (figure, photo, pic, cover …); author cards and logos are not photos. */
const PHOTO_NAME = /(^|[\s_-])(figure|photo|photos|pic|pics|picture|img|image|images|cover|lead|leadphoto|media|tu|tupian)([\s_-]|\d|$)/i;
const NOT_PHOTO_NAME = /(avatar|author|user|logo|icon|head|profile|qr|qrcode|ewm|follow|share|ad)([\s_-]|\d|$)/i;
const MIN_PHOTO_SIZE = 150;

function isPhotoBlock(el: Element, img: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id} ${img.getAttribute('class') ?? ''}`;
  if (NOT_PHOTO_NAME.test(names)) return false;
  const width = Number(img.getAttribute('width') ?? 0);
  if (width > 0 && width < MIN_PHOTO_SIZE) return false;
  return el.tagName === 'FIGURE' || el.querySelector('figure, figcaption') !== null || PHOTO_NAME.test(names);
}

/**
 * The lead photo that templates put just before the article's text container (a cover <figure>, a
 * "leadPhoto" block): Readability keeps the text container and drops it. Found on the live page,
 * read only; returns the element to copy, or null.
 */
export function findLeadPhoto(doc: Document, firstParagraph: string): Element | null {
  const probe = compactText(firstParagraph).slice(0, 12);
  if (probe.length < 6 || !doc.body) return null;
  const first = paragraphOpeningWith(doc, [probe]);
  if (!first) return null;
  for (let container: Element | null = first.parentElement, level = 0; container && level < 2; container = container.parentElement, level++) {
    let el = container.previousElementSibling;
    for (let steps = 0; el && steps < MAX_SIBLINGS_BACK; el = el.previousElementSibling, steps++) {
      const images = el.tagName === 'IMG' ? [el] : Array.from(el.querySelectorAll('img'));
      const text = compactText(el.textContent ?? '');
      if (images.length === 1 && text.length <= MAX_CAPTION && isPhotoBlock(el, images[0]!)) return el;
      // Only short things (meta bars, share rows) may stand between the photo and the text.
      if (text.length > MAX_CAPTION || images.length > 1) break;
    }
  }
  return null;
}
