import { compactText } from '../text/normalize';
import { leafBlocks } from '../dom/blocks';
import { inlineScripts } from '../dom/walk';

/**
 * A slideshow page shows one caption at a time under a counter ("1/10 …"); the other captions are
 * in the page's data and appear as the reader clicks through. Firefox's Reader View shows the one
 * caption; a person reading the page reads all of them. The data is read as JSON, never run.
 */

/** The counter a slideshow caption opens with: slide k of n. */
const SLIDE_COUNTER = /^\s*(\d{1,3})\s*[/／]\s*(\d{1,3})\s*/;
const MIN_SLIDES = 2;
const MAX_SLIDES = 200;
/** Inline scripts larger than this are app bundles, not page data. */
const MAX_SCRIPT_CHARS = 2_000_000;
/** Enough of a caption to know it again in the data (captions there may be trimmed differently). */
const PROBE_CHARS = 16;
/** JSON nesting that is searched; deeper data is not a gallery's. */
const MAX_DEPTH = 8;
/** JSON handed to JSON.parse as a string literal: JSON.parse("{\"count\":10,…}"). */
const JSON_PARSE_LITERAL = /JSON\.parse\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\)/g;
const IMAGE_URL = /^(https?:)?\/\//i;
const IMAGE_KEYS = ['url', 'src', 'image', 'img', 'imgurl', 'pic', 'picurl', 'origin'] as const;

export interface GallerySlide {
  caption: string;
  image: string | null;
}

interface Counter {
  block: Element;
  index: number;
  count: number;
  caption: string;
}

/**
 * Puts every slide of a slideshow into the extracted article (a copy), in place of the one caption
 * the page shows. Leaves the article alone unless the page's data holds exactly that many captions,
 * the shown one among them at its slide's place, and none of the others already in the article.
 */
export function completeGallery(doc: Document, content: Element): void {
  const counter = findCounter(content);
  if (!counter) return;
  const slides = slidesFromData(doc, counter);
  if (!slides) return;
  const shown = compactText(content.textContent ?? '');
  const hidden = slides.filter((_, i) => i !== counter.index - 1);
  if (hidden.some((slide) => shown.includes(probe(slide.caption)))) return;

  const owner = counter.block.ownerDocument;
  const replacement = owner.createElement('div');
  for (const slide of slides) {
    if (slide.image) {
      const figure = owner.createElement('figure');
      const img = owner.createElement('img');
      img.setAttribute('src', slide.image);
      img.setAttribute('alt', '');
      figure.append(img);
      replacement.append(figure);
    }
    const p = owner.createElement('p');
    p.textContent = slide.caption;
    replacement.append(p);
  }
  counter.block.replaceWith(replacement);
}

function probe(caption: string): string {
  return compactText(caption).slice(0, PROBE_CHARS);
}

/** The first block whose text opens with a slide counter and goes on with a caption. */
function findCounter(content: Element): Counter | null {
  for (const block of leafBlocks(content)) {
    if (block === content) return null;
    const text = block.textContent ?? '';
    const match = SLIDE_COUNTER.exec(text);
    if (!match) continue;
    const index = Number(match[1]);
    const count = Number(match[2]);
    const caption = text.slice(match[0].length);
    if (count < MIN_SLIDES || count > MAX_SLIDES || index < 1 || index > count) continue;
    if (compactText(caption).length < PROBE_CHARS) continue;
    return { block, index, count, caption };
  }
  return null;
}

function slidesFromData(doc: Document, counter: Counter): GallerySlide[] | null {
  const wanted = probe(counter.caption);
  for (const { script, text } of inlineScripts(doc, MAX_SCRIPT_CHARS)) {
    for (const data of jsonPayloads(script.getAttribute('type'), text)) {
      const slides = findSlides(data, counter, wanted, 0);
      if (slides) return slides;
    }
  }
  return null;
}

/** The JSON a script carries: the whole of a JSON script, or the literals it hands to JSON.parse. */
function* jsonPayloads(type: string | null, source: string): Generator<unknown> {
  if (type && /json/i.test(type)) {
    const parsed = parseJson(source);
    if (parsed !== undefined) yield parsed;
    return;
  }
  if (!source.includes('JSON.parse')) return;
  for (const match of source.matchAll(JSON_PARSE_LITERAL)) {
    const literal = stringLiteral(match[1]!);
    if (literal === null) continue;
    const parsed = parseJson(literal);
    if (parsed !== undefined) yield parsed;
  }
}

/** A JS string literal's value, for the escapes JSON shares with JS (\" \\ \/ \n \uXXXX …). */
function stringLiteral(literal: string): string | null {
  const body = literal.slice(1, -1);
  const asJson = literal.startsWith("'") ? body.replace(/\\'/g, "'").replace(/(^|[^\\])((?:\\\\)*)"/g, '$1$2\\"') : body;
  const value = parseJson(`"${asJson}"`);
  return typeof value === 'string' ? value : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * An array of `count` captions (strings, or objects with a caption string) whose slide `index`
 * is the caption shown; images come from a sibling array of the same length, or the objects.
 */
function findSlides(data: unknown, counter: Counter, wanted: string, depth: number): GallerySlide[] | null {
  if (depth > MAX_DEPTH || data === null || typeof data !== 'object') return null;
  const values: unknown[] = Array.isArray(data) ? data : Object.values(data);
  if (!Array.isArray(data)) {
    for (const value of values) {
      const captions = captionsOf(value, counter, wanted);
      if (captions) return captions.map((caption, i) => ({ caption, image: imageAmong(values, counter.count, i) ?? imageOf((value as unknown[])[i]) }));
    }
  } else {
    const captions = captionsOf(data, counter, wanted);
    if (captions) return captions.map((caption, i) => ({ caption, image: imageOf(data[i]) }));
  }
  for (const value of values) {
    const found = findSlides(value, counter, wanted, depth + 1);
    if (found) return found;
  }
  return null;
}

function captionsOf(value: unknown, counter: Counter, wanted: string): string[] | null {
  if (!Array.isArray(value) || value.length !== counter.count) return null;
  const shown = captionText(value[counter.index - 1]);
  if (shown === null || !compactText(shown).startsWith(wanted)) return null;
  const captions = value.map(captionText);
  return captions.every((caption): caption is string => caption !== null && caption.trim() !== '') ? captions.map((c) => c.trim()) : null;
}

/** A slide's caption: the string itself, or the longest string field of a slide object. */
function captionText(slide: unknown): string | null {
  if (typeof slide === 'string') return IMAGE_URL.test(slide) ? null : slide;
  if (!slide || typeof slide !== 'object' || Array.isArray(slide)) return null;
  let best: string | null = null;
  for (const field of Object.values(slide)) {
    if (typeof field === 'string' && !IMAGE_URL.test(field) && field.length > (best?.length ?? 0)) best = field;
  }
  return best;
}

/** Slide i's image in a sibling array of the same length (parallel arrays: sub_images, sub_abstracts). */
function imageAmong(siblings: unknown[], count: number, i: number): string | null {
  for (const sibling of siblings) {
    if (!Array.isArray(sibling) || sibling.length !== count) continue;
    const image = imageOf(sibling[i]);
    if (image) return image;
  }
  return null;
}

function imageOf(slide: unknown): string | null {
  if (typeof slide === 'string') return IMAGE_URL.test(slide) ? slide : null;
  if (!slide || typeof slide !== 'object' || Array.isArray(slide)) return null;
  const record = slide as Record<string, unknown>;
  for (const key of IMAGE_KEYS) {
    const value = record[key];
    if (typeof value === 'string' && IMAGE_URL.test(value)) return value;
  }
  return null;
}
