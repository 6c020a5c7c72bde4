/**
 * Every table of the recognizer is written once, in simplified script. Instead of a second copy of
 * each row in traditional script, the text is folded to the simplified forms of the few characters
 * our tables use (個→个, 萬→万, 歲→岁, 鐘→钟, 週→周, 臺→台 …) before matching. The fold maps one
 * UTF-16 unit to one, so offsets into the folded text are offsets into the original.
 *
 * Each group is a simplified character followed by its traditional forms. A unit test converts
 * every table row with OpenCC (s2t, s2tw, s2hk) and checks that folding gives the row back, so a
 * character missing here fails the build rather than a page. (OpenCC itself is ~1 MB and never
 * imported here.)
 */
const GROUPS = [
  '万萬 亿億 两兩 个個箇 项項 张張 节節 岁歲 钟鐘鍾 周週 县縣 台臺檯枱 类類 种種 条條 间間 辆輛 户戶 几幾',
  '数數 过過 于於 内內 从從 长長 减減 缩縮 扩擴 后後 线線 阅閱閲 读讀 浏瀏 览覽 点點 击擊 时時 门門 场場',
  '轮輪 册冊 笔筆 颗顆 针針 剂劑 双雙 块塊 钱錢 欧歐 币幣 镑鎊 韩韓 卢盧 纳納 吨噸 亩畝 顷頃 头頭 只隻',
  '届屆 级級 号號 页頁 层層 栋棟 处處 组組 队隊 区區 镇鎮 乡鄉 国國 际際 会會 员員 们們 众眾 体體 质質',
  '选選 气氣 权權 达達 计計 划劃 规規 动動 开開 实實 现現 将將 较較 环環 龄齡 约約 余餘 来來 贰貳 叁參叄',
  '陆陸 发發 观觀 评評 论論 转轉 赞贊 频頻 单單 独獨 亲親 纯純 据據 词詞 调調 车車 轻輕 纪紀 鉴鑒鑑 报報',
  '货貨 终終 连連 边邊 围圍 湾灣 阶階 风風 务務 织織 属屬 谓謂 额額 誉譽 义義 称稱 径徑 复復複 准準 别別',
  '签簽籤 违違 毁毀 预預 制製 赶趕 临臨 邻鄰 远遠 涨漲 办辦 战戰 维維 护護 确確 险險 带帶 医醫 疗療',
  '卫衛衞 团團 药藥 诊診 养養 机機 构構 总總 儿兒 压壓 尔爾 岗崗 协協 议議 则則 审審 检檢 验驗 测測',
  '为爲為 绩績 状狀 砖磚 园園 群羣 床牀 垫墊 账賬 势勢 举舉 着著 撑撐 谈談 断斷 罚罰 对對 装裝 脑腦 许許',
  '骤驟 里裏裡 饭飯 厘釐 温溫 学學 职職 华華 摄攝 担擔 摊攤 杀殺 昼晝 扬揚 飙飆 锐銳鋭 识識 当當 价價',
].join(' ');

const FOLD = new Map<string, string>();
for (const group of GROUPS.split(' ')) {
  const simp = group.charAt(0);
  for (const t of group.slice(1)) if (t !== simp) FOLD.set(t, simp);
}
// Width: full-width digits, letters and signs to ASCII (the Chinese comma stays, so "3,200" is one
// number but "3家，200名" is two), ideographic space to space, fancy percent and yen signs.
for (let c = 0xff01; c <= 0xff5e; c++) if (c !== 0xff0c) FOLD.set(String.fromCharCode(c), String.fromCharCode(c - 0xfee0));
FOLD.set('\u3000', ' ');
FOLD.set('\u00a0', ' ');
FOLD.set('﹪', '%');
FOLD.set('○', '〇'); // 二○三五年: a white circle often stands in for 〇
FOLD.set('￥', '¥');
FOLD.set('\uFE6A', '%');

/** UTF-16 unit → folded unit, 0 where the character stays. */
const TABLE = new Uint16Array(0x10000);
for (const [from, to] of FOLD) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

/** The text with traditional forms and full-width signs folded; same length, same offsets. */
export function foldFigureText(text: string): string {
  let out: string[] | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const to = TABLE[text.charCodeAt(i)]!;
    if (to === 0) continue;
    out ??= [];
    out.push(text.slice(last, i), String.fromCharCode(to));
    last = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** The simplified form of one character (itself when the table has none). */
export function foldChar(c: string): string {
  return FOLD.get(c) ?? c;
}
