/**
 * The reader chrome's words until the shared message catalogue (src/i18n) lands; keys match
 * the catalogue's so the switch is one import.
 */
const ZH = {
  readerNextPage: '本文有多页 · 下一页 →', readerClose: '退出阅读模式', readerCloseHint: '退出 (Esc)', metaBy: '作者 $1', metaVia: '转载自 $1',
  noArticleTitle: '没有找到正文', noArticleHint: '清读没有在这个页面上找到文章。点击此处、按 Esc 或再次点击工具栏按钮返回原页面。',
  tooLargeTitle: '页面太大', tooLargeHint: '清读没有处理这个页面,以免它卡住。点击此处或按 Esc 返回。',
  errorTitle: '清读出错了', errorHint: '页面没有被改动。点击此处或按 Esc 返回。',
  readerSettings: '阅读设置', theme: '主题', themeAuto: '跟随系统', themeLight: '浅色', themeSepia: '米黄', themeDark: '深色',
  font: '字体', fontSans: '黑体', fontSerif: '宋体', textSize: '字号', textSmaller: '缩小字号', textLarger: '放大字号',
  lineWidth: '行宽', narrower: '变窄', wider: '变宽', readerScript: '阅读文字',
  target_off: '不转换', target_simplified: '简体(大陆)', target_taiwan: '繁體(台灣)', target_hongkong: '繁體(香港)',
  chinesePunctuation: '中文标点（，：！？）',
  print: '打印', copyArticle: '复制全文', copied: '已复制', readingTime: '约 $1 分钟读完', printSource: '出处', allSettings: '全部设置…',
};
type Key = keyof typeof ZH;
const EN: Record<Key, string> = {
  readerNextPage: 'This article continues · Next page →', readerClose: 'Close reader view', readerCloseHint: 'Close (Esc)', metaBy: 'By $1', metaVia: 'via $1',
  noArticleTitle: 'No article found', noArticleHint: 'Qingdu found no article on this page. Click here, press Esc or click the toolbar button again to go back.',
  tooLargeTitle: 'Page too large', tooLargeHint: 'Qingdu left this page alone so that it does not freeze. Click here or press Esc to go back.',
  errorTitle: 'Qingdu ran into an error', errorHint: 'The page was not changed. Click here or press Esc to go back.',
  readerSettings: 'Reading settings', theme: 'Theme', themeAuto: 'System', themeLight: 'Light', themeSepia: 'Sepia', themeDark: 'Dark',
  font: 'Font', fontSans: 'Sans-serif', fontSerif: 'Serif', textSize: 'Text size', textSmaller: 'Smaller text', textLarger: 'Larger text',
  lineWidth: 'Line width', narrower: 'Narrower', wider: 'Wider', readerScript: 'Read in',
  target_off: 'No conversion', target_simplified: 'Simplified (mainland)', target_taiwan: 'Traditional (Taiwan)', target_hongkong: 'Traditional (Hong Kong)',
  chinesePunctuation: 'Chinese punctuation in Chinese text (，：！？)',
  print: 'Print', copyArticle: 'Copy article', copied: 'Copied', readingTime: '$1 min read', printSource: 'Source', allSettings: 'All settings…',
};

export type ReaderTextKey = Key;
export type ReaderText = (key: Key, ...substitutions: Array<string | number>) => string;

export function readerText(lang: string): ReaderText {
  const table: Record<Key, string> = /^zh/i.test(lang) ? ZH : EN;
  return (key, ...subs) => table[key].replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
