import { childList } from './walk';
import { blockText, leafBlocks } from './blocks';

/** A caption is short and reads like a label, or credits a photographer ("…摄", "File photo"). */
const MAX_CAPTION = 90;
const CAPTION_HINT = /(摄|攝|供图|供圖|图为|圖為|图片来源|圖片來源|资料图|資料圖|photo|图\s*[①-⑳\d]|圖\s*[①-⑳\d])/i;
const SENTENCE_END = /[。!?！？;；]$/;

function isCaption(text: string): boolean {
  return text.length > 0 && text.length <= MAX_CAPTION && (CAPTION_HINT.test(text) || !SENTENCE_END.test(text));
}

/**
 * Pages set a caption as the paragraph after its image, or as text beside it in the same
 * paragraph; the reader wants <figure><img><figcaption>. Rewrites those in place (a working copy).
 */
export function groupFigures(root: Element): void {
  const doc = root.ownerDocument;
  const blocks = leafBlocks(root);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const images = block.querySelectorAll('img');
    const img = images[0];
    if (!img || images.length > 1 || block.closest('figure')) continue;
    const own = blockText(block);
    let captionFrom: Element | null = null;
    if (own) {
      if (!isCaption(own)) continue;
      captionFrom = block;
    } else {
      const next = blocks[i + 1];
      if (next && !next.querySelector('img') && isCaption(blockText(next))) {
        captionFrom = next;
        i++;
      }
    }
    const figure = doc.createElement('figure');
    block.parentNode?.insertBefore(figure, block);
    figure.appendChild(img);
    if (captionFrom) {
      const caption = doc.createElement('figcaption');
      for (const node of childList(captionFrom)) {
        if (!(node.nodeType === 1 && (node as Element).tagName === 'BR')) caption.appendChild(node);
      }
      figure.appendChild(caption);
      captionFrom.remove();
    }
    // contains(), not isConnected: the working copy may be detached from any document.
    if (root.contains(block) && !blockText(block) && !block.querySelector('img')) block.remove();
  }
}
