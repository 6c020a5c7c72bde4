/**
 * Clutter rules and outlet names are written once in simplified script; this table lets each
 * pattern also match the traditional forms (相关推荐 → 相關推薦) without a second copy of every rule.
 * Each group is a simplified character followed by its traditional forms. Only characters that
 * occur in our rule tables need to be here: a unit test checks that against OpenCC's tables.
 */
const GROUPS: readonly string[] = [
  '关關 荐薦 阅閱閲 读讀 热熱 门門 欢歡 罗羅 声聲 权權 责責 编編 辑輯 对對 审審 划劃 记記 来來 标標 题題 线線 广廣 备備 许許 证證 详詳 细細 闻聞 图圖 摄攝 监監 制製',
  '载載 转轉 发發 布佈 时時 间間 览覽 数數 击擊 论論 复複復 体體 号號 页頁 闭閉 机機 码碼 扫掃 众眾衆 网網 观觀 点點 赞贊 实實 联聯 系係繫 删刪 报報 举舉 违違',
  '规規 处處 邮郵 话話 电電 视視 节節 务務 术術 导導 语語 专專 栏欄 赏賞 纠糾 错錯 该該 属屬 于於 仅僅 场場 为為爲 经經 与與 请請 须須 获獲 价價 参參 头頭 条條',
  '单單 浏瀏 评評 写寫 园園 区區 将將 们們 这這 个個 会會 动動 态態 总總 开開 钟鐘鍾 筹籌 译譯 应應 链鏈 资資 讯訊 签籤簽 后後 层層 现現 医醫 疗療 别別 郑鄭 说說説',
  '台臺檯枱 户戶 周週 类類 过過 长長 识識 选選 顾顧 给給 亲親 边邊 连連 内內 进進 问問 书書 归歸 传傳 递遞 业業 沪滬 晋晉 辽遼 苏蘇 闽閩 赣贛 鲁魯 粤粵 琼瓊 贵貴 云雲 陕陝 宁寧 听聽 创創 认認 询詢 访訪 诚誠 缩縮 设設 维維 顶頂',
  '计計 当當 国國 续續 优優 质質 扩擴 脚腳 残殘 键鍵 词詞 义義 么麼 卫衛衞 华華 约約 员員 习習 终終 统統 觉覺 济濟 环環 汇匯 农農 妇婦 际際 财財 纪紀 齐齊 络絡 综綜',
].flatMap((line) => line.split(' '));

const VARIANTS = new Map<string, string>(GROUPS.map((group) => [group.charAt(0), group.slice(1)]));

/**
 * Turns a regular-expression source written in simplified Chinese into one that also matches
 * the traditional forms, character by character ("相关" → "相[关關]").
 * Characters already inside a [...] class are extended in place.
 */
export function withTraditional(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      out += ch + source.charAt(i + 1);
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const t = VARIANTS.get(ch);
    out += t ? (inClass ? ch + t : `[${ch}${t}]`) : ch;
  }
  return out;
}

/** A RegExp built from a simplified-script source that matches both scripts. */
export function bilingualRegExp(source: string, flags = ''): RegExp {
  return new RegExp(withTraditional(source), flags);
}
