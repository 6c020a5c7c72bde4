import { describe, expect, it } from 'vitest';
import { closeReader, openReader, updateReader, type ReaderOptions } from '../../src/page/reader';
import type { ReaderDisplay } from '../../src/core/settings/schema';
import { fixtureDocument, loadFixture } from '../support/fixtures';

/**
 * The reader's shadow root is closed; tests reach it by opening the reader with attachShadow
 * patched to record the root (the extension never does this).
 */
function openWithRoot(doc: Document, options: ReaderOptions, outcome = 'opened'): ShadowRoot {
  const original = doc.defaultView!.Element.prototype.attachShadow;
  let root: ShadowRoot | null = null;
  doc.defaultView!.Element.prototype.attachShadow = function (init: ShadowRootInit) {
    root = original.call(this, init);
    return root;
  };
  try {
    expect(openReader(doc, options)).toBe(outcome);
  } finally {
    doc.defaultView!.Element.prototype.attachShadow = original;
  }
  return root!;
}

const DISPLAY: ReaderDisplay = { theme: 'auto', font: 'sans', fontSize: 18, width: 38, chinesePunctuation: true };

describe('reader settings panel', () => {
  it('changes theme, font, size and width in place and reports each change', () => {
    const doc = fixtureDocument(loadFixture('seed-003-shixun'));
    const changes: ReaderDisplay[] = [];
    const shadow = openWithRoot(doc, { display: DISPLAY, onDisplay: (d) => changes.push(d), locale: 'zh-CN' });
    const root = shadow.querySelector<HTMLElement>('.qd-root')!;
    expect(root.dataset.theme).toBe('auto');
    shadow.querySelector<HTMLButtonElement>('.qd-settings-toggle')!.click();
    expect(shadow.querySelector<HTMLElement>('.qd-panel')!.hidden).toBe(false);
    shadow.querySelector<HTMLInputElement>('.qd-themes input[value="sepia"]')!.click();
    shadow.querySelector<HTMLInputElement>('.qd-fonts input[value="serif"]')!.click();
    const [, larger] = shadow.querySelectorAll<HTMLButtonElement>('.qd-size button');
    larger!.click();
    const [, wider] = shadow.querySelectorAll<HTMLButtonElement>('.qd-width button');
    wider!.click();
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('serif');
    expect(root.style.getPropertyValue('--qd-size')).toBe('19px');
    expect(root.style.getPropertyValue('--qd-measure')).toBe(`${40 * 19}px`);
    expect(changes.at(-1)).toEqual({ theme: 'sepia', font: 'serif', fontSize: 19, width: 40, chinesePunctuation: true });
    expect(shadow.querySelector('.qd-size output')!.textContent).toBe('19');
    closeReader(doc);
  });

  it('stops at the size bounds (the buttons disable)', () => {
    const doc = fixtureDocument(loadFixture('seed-003-shixun'));
    const shadow = openWithRoot(doc, { display: { ...DISPLAY, fontSize: 32 } });
    const [smaller, larger] = shadow.querySelectorAll<HTMLButtonElement>('.qd-size button');
    expect(larger!.disabled).toBe(true);
    expect(smaller!.disabled).toBe(false);
    closeReader(doc);
  });

  // The real key closes the panel first, then the reader: test/e2e/reader-design presses it.
  it('a synthetic Escape closes neither the open panel nor the reader', () => {
    const doc = fixtureDocument(loadFixture('seed-003-shixun'));
    const shadow = openWithRoot(doc, { display: DISPLAY });
    shadow.querySelector<HTMLButtonElement>('.qd-settings-toggle')!.click();
    doc.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shadow.querySelector<HTMLElement>('.qd-panel')!.hidden).toBe(false);
    expect(doc.querySelector('div[data-qingdu="reader"]')).not.toBeNull();
    closeReader(doc);
  });

  it('offers the script choice only for Chinese articles', () => {
    const zh = fixtureDocument(loadFixture('seed-004-qilu'));
    const zhShadow = openWithRoot(zh, { display: DISPLAY, script: 'off', onScript: () => {} });
    expect(zhShadow.querySelector('.qd-script select')).not.toBeNull();
    closeReader(zh);
    const en = fixtureDocument(loadFixture('en-health'));
    const enShadow = openWithRoot(en, { display: DISPLAY, script: 'off', onScript: () => {} });
    expect(enShadow.querySelector('.qd-script select')).toBeNull();
    closeReader(en);
  });
});

describe('Chinese punctuation switch', () => {
  it('sets Chinese text in full-width marks, or as the page had it when switched off', async () => {
    const doc = fixtureDocument(loadFixture('seed-004-qilu'));
    const shadow = openWithRoot(doc, { display: DISPLAY });
    const title = (): string => shadow.querySelector('.qd-title')!.textContent!;
    expect(title()).toContain('“網底”！我國');
    shadow.querySelector<HTMLButtonElement>('.qd-settings-toggle')!.click();
    const box = shadow.querySelector<HTMLInputElement>('.qd-punctuation input')!;
    expect(box.checked).toBe(true);
    box.click();
    await Promise.resolve();
    expect(title()).toContain('“網底”!我國');
    // The stored change coming back through the storage watch changes nothing more.
    updateReader(doc, { display: { ...DISPLAY, chinesePunctuation: false } });
    expect(title()).toContain('“網底”!我國');
    expect(shadow.querySelector<HTMLInputElement>('.qd-punctuation input')!.checked).toBe(false);
    closeReader(doc);
  });
});

describe('live settings (updateReader)', () => {
  it('applies display changes in place and re-renders for a new script, keeping the page untouched', () => {
    const doc = fixtureDocument(loadFixture('seed-004-qilu'));
    const before = doc.documentElement.outerHTML;
    const shadow = openWithRoot(doc, { display: DISPLAY, locale: 'zh-CN' });
    const firstRoot = shadow.querySelector<HTMLElement>('.qd-root')!;
    expect(updateReader(doc, { display: { ...DISPLAY, theme: 'dark' } })).toBe(true);
    expect(shadow.querySelector('.qd-root')).toBe(firstRoot);
    expect(firstRoot.dataset.theme).toBe('dark');
    expect(shadow.querySelector<HTMLInputElement>('.qd-themes input[value="dark"]')!.checked).toBe(true);

    // A converter arriving (the user picked 简体) re-renders the traditional article in simplified script.
    const toSimplified = (s: string): string => s.replace(/醫療/g, '医疗').replace(/衛生/g, '卫生');
    updateReader(doc, { convert: { text: toSimplified, lang: 'zh-Hans' } });
    const body = shadow.querySelector('.qd-body')!.textContent!;
    expect(body).toContain('医疗卫生');
    expect(body).not.toContain('醫療衛生');
    expect(shadow.querySelectorAll('.qd-root')).toHaveLength(1);
    expect(shadow.querySelector<HTMLElement>('.qd-root')!.dataset.theme).toBe('dark');
    // Hiding the figure marks from settings.
    updateReader(doc, { highlightFigures: false });
    expect(shadow.querySelector('.qd-root')!.classList.contains('qd-figs-off')).toBe(true);
    closeReader(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(updateReader(doc, { display: DISPLAY })).toBe(false);
  });
});

describe('errors inside the reader', () => {
  it('a failure while building the view shows the error notice, never a half-built reader, and the page is untouched', () => {
    const doc = fixtureDocument(loadFixture('seed-003-shixun'));
    const before = doc.documentElement.outerHTML;
    const shadow = openWithRoot(doc, {
      display: DISPLAY,
      locale: 'zh-CN',
      convert: {
        lang: 'zh-Hant-TW',
        text: () => {
          throw new Error('converter broke');
        },
      },
    }, 'no-article');
    expect(shadow.querySelector('.qd-article')).toBeNull();
    expect(shadow.querySelector('.qd-notice[role="alert"]')!.textContent).toContain('清读出错了');
    closeReader(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
