import type { ConvertMode, QuoteFormat, ScriptTarget } from '@/src/settings/schema';
import type { Citation } from '@/src/quote';

/** The options page's words, in Chinese or English by the browser's language. */
export function optionsText(language: string) {
  const zh = language.toLowerCase().startsWith('zh');
  const hant = /^zh-(tw|hk|mo|hant)/i.test(language);
  const sampleQuote: { text: string; citation: Citation } = {
    text: '截至2022年底，87.7%的县医院达到了二级医院能力，45.6%的县医院达到了三级医院能力。',
    citation: { title: '我国持续推进优质医疗资源扩容下沉和区域均衡布局', source: '人民网', published: '2023-04-14', url: 'https://example.com/article.html' },
  };
  if (!zh) {
    return {
      title: 'Qingdu settings',
      intro: 'Changes are saved at once and apply to open readers.',
      convertHeading: 'Script conversion',
      target: 'Read in',
      targets: [['off', 'No conversion'], ['simplified', 'Simplified (mainland)'], ['taiwan', 'Traditional (Taiwan)'], ['hongkong', 'Traditional (Hong Kong)']] as [ScriptTarget, string][],
      mode: 'Convert automatically',
      modes: [['off', 'Never'], ['reader', 'In the reader view only'], ['all', 'On every page'], ['listed', 'Only on listed sites']] as [ConvertMode, string][],
      sites: 'Sites to convert (one per line)',
      neverSites: 'Sites never to convert',
      accessDenied: 'Qingdu needs access to those sites to convert them automatically; the setting was not changed.',
      figuresHeading: 'Key figures',
      highlight: 'Highlight key figures in the reader',
      quoteHeading: 'Copying quotes',
      quoteFormat: 'Format',
      quoteFormats: [['plain', 'Plain text'], ['markdown', 'Markdown'], ['chinese', '「…」——《Title》']] as [QuoteFormat, string][],
      citation: 'Add the citation (title, original outlet, date)',
      url: 'Include the link',
      preview: 'Preview:',
      shortcutsHeading: 'Keyboard',
      shortcuts: 'Alt+Shift+R opens and closes the reader (change it on the browser\'s extension shortcuts page); Esc closes it; Alt+Shift+C copies the selection as a quote.',
      backupHeading: 'Backup',
      export: 'Export settings',
      import: 'Import settings…',
      reset: 'Reset to defaults',
      saved: 'Saved.',
      imported: 'Settings imported.',
      importFailed: 'That file is not a Qingdu settings file.',
      sampleQuote,
    };
  }
  const text = {
    title: '清读设置',
    intro: '更改会立即保存,并作用于已打开的阅读视图。',
    convertHeading: '繁简转换',
    target: '阅读文字',
    targets: [['off', '不转换'], ['simplified', '简体(大陆)'], ['taiwan', '繁體(台灣)'], ['hongkong', '繁體(香港)']] as [ScriptTarget, string][],
    mode: '自动转换',
    modes: [['off', '从不'], ['reader', '仅在阅读视图中'], ['all', '所有网页'], ['listed', '仅列出的网站']] as [ConvertMode, string][],
    sites: '要转换的网站(每行一个)',
    neverSites: '从不转换的网站',
    accessDenied: '自动转换需要访问这些网站的权限;设置未更改。',
    figuresHeading: '关键数字',
    highlight: '在阅读视图中标出关键数字',
    quoteHeading: '复制引用',
    quoteFormat: '格式',
    quoteFormats: [['plain', '纯文本'], ['markdown', 'Markdown'], ['chinese', '「…」——《标题》']] as [QuoteFormat, string][],
    citation: '附上出处(标题、原始来源、日期)',
    url: '附上链接',
    preview: '预览:',
    shortcutsHeading: '快捷键',
    shortcuts: 'Alt+Shift+R 打开或关闭阅读视图(可在浏览器的扩展快捷键页面更改);Esc 关闭;Alt+Shift+C 将所选文字复制为引用。',
    backupHeading: '备份',
    export: '导出设置',
    import: '导入设置…',
    reset: '恢复默认',
    saved: '已保存。',
    imported: '设置已导入。',
    importFailed: '这不是清读的设置文件。',
    sampleQuote,
  };
  return hant ? { ...text, title: '清讀設定' } : text;
}
