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
const GROUPS =
  '万萬 亿億 两兩 个個箇 项項 张張 节節 岁歲 钟鐘鍾 周週 县縣 台臺檯枱 类類 种種 条條 间間 辆輛 户戶 几幾 数數 ' +
  '过過 于於 内內 从從 长長 减減 缩縮 扩擴 后後 线線 阅閱 读讀 浏瀏 览覽 点點 击擊 时時 门門 场場 轮輪 册冊 ' +
  '笔筆 颗顆 针針 剂劑 双雙 块塊 钱錢 欧歐 币幣 镑鎊 韩韓 卢盧 纳納 吨噸 亩畝 顷頃 头頭 只隻 届屆 级級 号號 页頁 ' +
  '层層 栋棟 处處 组組 队隊 区區 镇鎮 乡鄉 国國 际際 会會 员員 们們 众眾 体體 质質 选選 气氣 权權 达達 计計 ' +
  '划劃 规規 动動 开開 实實 现現 将將 较較 环環 龄齡 约約 余餘 来來 贰貳 叁參 陆陸 发發 览覽 观觀 评評 论論 ' +
  '转轉 赞贊 藏 频頻 单單 独獨 亲親 纯純 据據 词詞 调調 车車 轻輕 纪紀 鉴鑒鑑 报報 货貨 终終 连連 边邊 围圍 ' +
  '湾灣 阶階 风風 务務 织織 伍 庭 属屬 谓謂 额額 誉譽 义義 称稱 径徑 罩 述 岸 复復複 评評 准準 示 植 别別 ' +
  '似 型 款 约約 例 签簽 邀 违違 履 毁毀 婚 预預 节節 制製 条條 赶趕 临臨 亲親 邻鄰 靠 远遠 附 ' +
  '亿億 涨漲 跌 升 幅 提 增 滑 调調 缩縮 攀 办辦 战戰 办 规規 维維 护護 确確 立 全 面 代 表 五 位 一 体 ' +
  '癌 险險 票 带帶 路 义義 务務 育 教 动動 行 规規 划劃 计計 项項 扶 支 渠 山 河 确確 ' +
  '医醫 疗療 卫衛衞 团團 药藥 诊診 护護 养養 务務 机機 构構 总總 儿兒 压壓 汞 柱 摩 尔爾 卡 焦 兆 瓦 ' +
  '鐘 辆 艘 架 列 篇 本 份 套 栋 幢 粒 片 枚 盒 瓶 袋 包 箱 匹 棵 株 根 首 部 宗 道 步 ' +
  '间間 处處 岗崗 队隊 协協 议議 项項 规規 则則 条條 审審 查 检檢 验驗 测測 疗療';

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
FOLD.set('￥', '¥');
FOLD.set('\uFE6A', '%');

const FOLD_RE = new RegExp(`[${[...FOLD.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** The text with traditional forms and full-width signs folded; same length, same offsets. */
export function foldFigureText(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD.get(c) ?? c);
}

/** The simplified form of one character (itself when the table has none). */
export function foldChar(c: string): string {
  return FOLD.get(c) ?? c;
}
