import { describe, expect, it } from 'vitest';
import { CATALOGS, MESSAGE_KEYS, UI_LOCALES, formatMessage, translator, uiLocale, type Catalog, type CatalogEntry, type MessageKey, type UiLocale } from '../../src/core/i18n';
import { charScript } from '../../src/core/convert/detect';
import { TEXT_RULES } from '../../src/core/clean';
import { removalLabel, removalLabelKey, reportedRuleNames } from '../../src/core/clean/labels';

/** Placeholder names a message uses ($NAME$), lower-cased as the browser compares them. */
function usedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

function definedPlaceholders(entry: CatalogEntry): [string, string][] {
  return Object.entries(entry.placeholders ?? {}).map(([name, p]): [string, string] => [name.toLowerCase(), p.content]).sort();
}

function entries(locale: UiLocale): [string, CatalogEntry][] {
  return Object.entries(CATALOGS[locale]);
}

/**
 * Mainland words that have a different Taiwan UI term: written in traditional characters they still
 * read as mainland Chinese in Taiwan, so zh_TW must use the Taiwan term.
 */
const MAINLAND_TERMS: readonly [mainland: string, taiwan: string][] = [
  ['設置', '設定'],
  ['字體', '字型'],
  ['打印', '列印'],
  ['視圖', '檢視'],
  ['默認', '預設'],
  ['鏈接', '連結'],
  ['導入', '匯入'],
  ['導出', '匯出'],
  ['保存', '儲存'],
  ['文件', '檔案'],
  ['信息', '資訊'],
  ['快捷鍵', '快速鍵'],
  ['擴展', '擴充功能'],
  ['點擊', '點選'],
  ['網絡', '網路'],
  ['菜單', '選單'],
  ['工具欄', '工具列'],
  ['字號', '字級'],
  ['宋體', '明體'],
];

describe('message catalogs (public/_locales)', () => {
  it('are valid for the browser: keys of [A-Za-z0-9_], unique regardless of case, every message non-empty', () => {
    for (const locale of UI_LOCALES) {
      const keys = Object.keys(CATALOGS[locale]);
      for (const key of keys) expect(key, `${locale}: ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
      expect(new Set(keys.map((k) => k.toLowerCase())).size, locale).toBe(keys.length);
      for (const [key, entry] of entries(locale)) expect(entry.message.trim(), `${locale}: ${key}`).not.toBe('');
    }
  });

  it('every locale has exactly the English keys', () => {
    for (const locale of UI_LOCALES) expect(Object.keys(CATALOGS[locale]).sort(), locale).toEqual([...MESSAGE_KEYS].sort());
  });

  it('every locale has the same placeholders, each defined where it is used and used where it is defined', () => {
    for (const key of MESSAGE_KEYS) {
      const reference = definedPlaceholders(CATALOGS.en[key]!);
      for (const locale of UI_LOCALES) {
        const entry = CATALOGS[locale][key]!;
        expect(definedPlaceholders(entry), `${locale}: ${key}`).toEqual(reference);
        expect(usedPlaceholders(entry.message), `${locale}: ${key}`).toEqual(reference.map(([name]) => name));
        // A lone $ would be read as the start of a placeholder or substitution.
        expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$|\$\$|\$[1-9]/g, ''), `${locale}: ${key}`).not.toContain('$');
      }
    }
  });

  it('zh_TW has no simplified-only character and zh_CN no traditional-only one', () => {
    expect([charScript('这'), charScript('這'), charScript('的')]).toEqual(['simplified', 'traditional', null]);
    const offending = (locale: UiLocale, script: 'simplified' | 'traditional'): string[] =>
      entries(locale).flatMap(([key, e]) => Array.from(e.message).filter((ch) => charScript(ch) === script).map((ch) => `${key}: ${ch}`));
    expect(offending('zh_TW', 'simplified')).toEqual([]);
    expect(offending('zh_CN', 'traditional')).toEqual([]);
  });

  it('Chinese messages use Chinese punctuation between Chinese words (，：；（）), as the reader sets article text', () => {
    // Exceptions, each with its reason (none now).
    const HALF_WIDTH_KEPT: Readonly<Record<string, string>> = {};
    const han = '[\\u3400-\\u9fff]';
    const halfWidth = new RegExp(`${han}[,:;]|\\([^()]*${han}[^()]*\\)`);
    for (const locale of ['zh_CN', 'zh_TW'] as const) {
      const offending = entries(locale).filter(([key, e]) => !Object.hasOwn(HALF_WIDTH_KEPT, key) && halfWidth.test(e.message));
      expect(offending.map(([key, e]) => `${key}: ${e.message}`), locale).toEqual([]);
    }
  });

  it('zh_TW uses Taiwan UI terms, not mainland ones in traditional characters', () => {
    for (const [key, entry] of entries('zh_TW')) {
      for (const [mainland, taiwan] of MAINLAND_TERMS) expect(entry.message, `${key}: ${mainland} → ${taiwan}`).not.toContain(mainland);
    }
  });

  it('really differ between the two Chinese locales (not one copied over the other)', () => {
    const same = MESSAGE_KEYS.filter((k) => CATALOGS.zh_CN[k]!.message === CATALOGS.zh_TW[k]!.message && /[\u4e00-\u9fff]/.test(CATALOGS.zh_CN[k]!.message));
    // Some words are written alike in both (深色, 比例, 署名); most are not.
    expect(same.length).toBeLessThan(MESSAGE_KEYS.length / 5);
  });
});

describe('uiLocale', () => {
  it('maps Taiwan, Hong Kong, Macau and traditional script to zh_TW, other Chinese to zh_CN, the rest to en', () => {
    const cases: [string, UiLocale][] = [
      ['zh-TW', 'zh_TW'],
      ['zh-HK', 'zh_TW'],
      ['zh-MO', 'zh_TW'],
      ['zh-Hant', 'zh_TW'],
      ['zh-Hant-TW', 'zh_TW'],
      ['zh-Hant-HK', 'zh_TW'],
      ['zh_TW', 'zh_TW'],
      ['ZH-tw', 'zh_TW'],
      ['zh', 'zh_CN'],
      ['zh-CN', 'zh_CN'],
      ['zh-SG', 'zh_CN'],
      ['zh-Hans', 'zh_CN'],
      ['zh-Hans-HK', 'zh_CN'],
      ['zh_CN', 'zh_CN'],
      ['en', 'en'],
      ['en-US', 'en'],
      ['ja-JP', 'en'],
      ['', 'en'],
      ['zhx', 'en'],
    ];
    expect(cases.map(([tag]) => [tag, uiLocale(tag)])).toEqual(cases);
  });
});

describe('translator', () => {
  it('picks the locale from a language tag or a locale name', () => {
    expect(translator('zh-CN')('readerSettings')).toBe('阅读设置');
    expect(translator('zh-HK')('readerSettings')).toBe('閱讀設定');
    expect(translator('zh_TW')('print')).toBe('列印');
    expect(translator('fr-FR')('readerSettings')).toBe('Reading settings');
  });

  it('substitutes placeholders in order, numbers included', () => {
    expect(translator('en')('metaBy', 'Li Hua')).toBe('By Li Hua');
    expect(translator('zh-TW')('metaVia', '易網')).toBe('轉載自 易網');
    expect(translator('zh-CN')('readingTime', 7)).toBe('约 7 分钟读完');
    expect(translator('zh-CN')('removedSummary', 3, '相关推荐 2 · 版权 1')).toBe('已移除 3 处\uff1a相关推荐 2 · 版权 1');
    expect(translator('en')('removedSummary', 3, 'related links 2')).toBe('3 removed: related links 2');
  });

  it('resolves like chrome.i18n.getMessage: names case-insensitive, $$ is $, missing substitutions empty, no second expansion', () => {
    const entry: CatalogEntry = { message: 'By $NAME$ $$ $1 x', placeholders: { name: { content: '$1' } } };
    // What Chromium 156 returns for this message with ['X', 'Y'].
    expect(formatMessage(entry, ['X', 'Y'])).toBe('By X $ X x');
    expect(formatMessage({ message: 'a $Who$ b', placeholders: { WHO: { content: '$2' } } }, ['1'])).toBe('a  b');
    expect(formatMessage({ message: '$A$', placeholders: { a: { content: '$1' } } }, ['$1 $$'])).toBe('$1 $$');
  });

  it('falls back to English for a key a locale lacks, then to the key', () => {
    const zhTW = CATALOGS.zh_TW as Record<string, CatalogEntry>;
    const saved = zhTW.readerClose!;
    delete zhTW.readerClose;
    try {
      expect(translator('zh-TW')('readerClose')).toBe('Close reader view');
    } finally {
      zhTW.readerClose = saved;
    }
    expect(translator('zh-TW')('readerClose')).toBe('退出閱讀模式');
    expect(translator('en')('no_such_key' as MessageKey)).toBe('no_such_key');
  });
});

describe('removal labels', () => {
  it('label every rule the pipeline can report, in every locale', () => {
    for (const rule of reportedRuleNames()) {
      const key = removalLabelKey(rule);
      expect(key, rule).toBeDefined();
      for (const tag of ['en', 'zh-CN', 'zh-TW']) expect(removalLabel(rule, tag), `${rule} (${tag})`).toBe(CATALOGS[uiLocale(tag)][key!]!.message);
    }
    expect(removalLabel('no-such-rule', 'zh-CN')).toBe('no-such-rule');
  });

  it('the rule table holds message keys, and each key names the same kind in all three locales', () => {
    const catalog: Catalog = CATALOGS.en;
    for (const rule of TEXT_RULES) expect(Object.hasOwn(catalog, rule.label), rule.name).toBe(true);
    expect(removalLabel('related-heading', 'zh-Hans')).toBe('相关推荐');
    expect(removalLabel('related-heading', 'zh-Hant')).toBe('相關推薦');
    expect(removalLabel('related-heading', 'en')).toBe('related links');
    // Rules that share a label are counted together in the reader.
    expect(removalLabel('breadcrumb', 'zh-CN')).toBe(removalLabel('navigation', 'zh-CN'));
    expect(removalLabel('summary-box', 'en')).toBe(removalLabel('summary-repeat', 'en'));
  });
});
