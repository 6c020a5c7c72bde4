import { elementsUnder } from '../dom/walk';
import { plausibleName } from './names';

/**
 * Where templates mark the author: rel=author, itemprop=author, or "author"/"byline" as a whole word
 * of a class, id or test id (class="authorized" is a licence popup, not a byline).
 */
const AUTHOR_MARK = /(?:^|[^a-z])(?:author|authors|byline|zuozhe)(?:$|[^a-z])/i;
const MAX_AUTHOR_CANDIDATES = 8;

/**
 * The first element the template marks as the author, when its text is a name. Read only; one
 * walk over the elements (attribute-substring selectors cost far more in some DOMs).
 */
export function authorElementName(doc: Document): string | null {
  if (!doc.body) return null;
  let tried = 0;
  for (const el of elementsUnder(doc.body)) {
    if (!el.hasAttributes()) continue;
    const marks = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
    if (!AUTHOR_MARK.test(marks.replace(/([a-z])([A-Z])/g, '$1 $2'))) continue;
    // An author box reads "<a>王文</a><span>中国人民大学…院长</span>": the name is its first text.
    const name = plausibleName(el.querySelector('[itemprop="name"]')?.textContent ?? firstText(el) ?? el.textContent);
    if (name && name.length <= 20 && !/[,，。:：|]/.test(name)) return name;
    if (++tried >= MAX_AUTHOR_CANDIDATES) break;
  }
  return null;
}

/** The first non-blank text node under el, when el holds more than one (else null: use the whole). */
function firstText(el: Element): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node && texts.length < 2; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text) texts.push(text);
  }
  return texts.length > 1 ? texts[0]! : null;
}
