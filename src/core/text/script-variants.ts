/**
 * The two scripts' character pairs, written down once for every hand-written table: clean rules,
 * outlet names and meta labels (written in simplified script, matched in both through
 * bilingualRegExp) and the figure recognizer's units and words (which folds traditional text to
 * simplified, src/core/figures/script.ts).
 *
 * Each group is a simplified character followed by its traditional forms. Only characters that
 * occur in those tables need to be here: unit tests check the rule patterns (rules.test.ts), the
 * figure tables (figures.test.ts) and every pair (text-script-variants.test.ts) against OpenCC.
 * (OpenCC itself is ~1 MB and never imported here.)
 */
const GROUPS: readonly string[] = [
  '关關 荐薦 阅閱閲 读讀 热熱 门門 欢歡 罗羅 声聲 权權 责責 编編 辑輯 对對 审審 划劃',
  '记記 来來 标標 题題 线線 广廣 备備 许許 证證 详詳 细細 闻聞 图圖 摄攝 监監 制製',
  '载載 转轉 发發 布佈 时時 间間 览覽 数數 击擊 论論 复複復 体體 号號 页頁 闭閉 机機',
  '码碼 扫掃 众眾衆 网網 观觀 点點 赞贊 实實 联聯 系係繫 删刪 报報 举舉 违違 规規',
  '处處 邮郵 话話 电電 视視 节節 务務 术術 导導 语語 专專 栏欄 赏賞 纠糾 错錯 该該',
  '属屬 于於 仅僅 场場 为為爲 经經 与與 请請 须須 获獲 价價 参參 头頭 条條 单單 浏瀏',
  '评評 写寫 园園 区區 将將 们們 这這 个個箇 会會 动動 态態 总總 开開 钟鐘鍾 筹籌',
  '译譯 应應 链鏈 资資 讯訊 签籤簽 后後 层層 现現 医醫 疗療 别別 郑鄭 说說説 台臺檯枱',
  '户戶 周週 类類 过過 长長 识識 选選 顾顧 给給 亲親 边邊 连連 内內 进進 问問 书書',
  '归歸 传傳 递遞 业業 沪滬 晋晉 辽遼 苏蘇 闽閩 赣贛 鲁魯 粤粵 琼瓊 贵貴 云雲 陕陝',
  '宁寧 听聽 创創 认認 询詢 访訪 诚誠 缩縮 设設 维維 顶頂 计計 当當 国國 续續 优優',
  '质質 扩擴 脚腳 残殘 键鍵 词詞 义義 么麼 卫衛衞 华華 约約 员員 习習 终終 统統 觉覺',
  '济濟 环環 汇匯 农農 妇婦 际際 财財 纪紀 齐齊 络絡 综綜 万萬 亿億 两兩 项項 张張',
  '岁歲 县縣 种種 辆輛 几幾 从從 减減 轮輪 册冊 笔筆 颗顆 针針 剂劑 双雙 块塊 钱錢',
  '欧歐 币幣 镑鎊 韩韓 卢盧 纳納 吨噸 亩畝 顷頃 只隻 届屆 级級 栋棟 组組 队隊 镇鎮',
  '乡鄉 气氣 达達 较較 龄齡 余餘 贰貳 叁參叄 陆陸 频頻 独獨 纯純 据據 调調 车車 轻輕',
  '鉴鑒鑑 货貨 围圍 湾灣 阶階 风風 织織 谓謂 额額 誉譽 称稱 径徑 准準 毁毀 预預 赶趕',
  '临臨 邻鄰 远遠 涨漲 办辦 战戰 护護 确確 险險 带帶 团團 药藥 诊診 养養 构構 儿兒',
  '压壓 尔爾 岗崗 协協 议議 则則 检檢 验驗 测測 绩績 状狀 砖磚 群羣 床牀 垫墊 账賬',
  '势勢 着著 撑撐 谈談 断斷 罚罰 装裝 脑腦 骤驟 里裏裡 饭飯 厘釐 温溫 学學 职職 担擔',
  '摊攤 杀殺 昼晝 扬揚 飙飆 锐銳鋭 产產 奖獎 折摺 升昇 样樣',
].flatMap((line) => line.split(' '));

/** Simplified character → its traditional forms (one or more characters, in one string). */
export const TRADITIONAL_FORMS: ReadonlyMap<string, string> = new Map(GROUPS.map((group) => [group.charAt(0), group.slice(1)]));

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
    const t = TRADITIONAL_FORMS.get(ch);
    out += t ? (inClass ? ch + t : `[${ch}${t}]`) : ch;
  }
  return out;
}

/** A RegExp built from a simplified-script source that matches both scripts. */
export function bilingualRegExp(source: string, flags = ''): RegExp {
  return new RegExp(withTraditional(source), flags);
}
