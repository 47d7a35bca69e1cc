/**
 * Traditional characters read as simplified, for matching only (a title in 建設/報告 names 法治政府建设 and its 报告):
 * messages quote the text as written. A table of the characters report titles, issuing bodies, page labels and
 * the frame words use, taken from OpenCC's TSCharacters table, rather than the opencc-js package: its smallest
 * traditional-to-simplified build (opencc-js 1.4.2 dist/esm/t2cn.js) is 109 KB, measured, a sixth again of the
 * browser page's 700 KB app.js, for the two hundred characters these matches need (this table is about 1 KB);
 * phrase-level conversion does not matter for matching. One character for one, so offsets stay the same.
 */
const TRADITIONAL = '建設報關於況區縣鎮鄉務廳辦員會黨國門號發時間來源瀏覽點擊數據書記長處總結彙匯內規範條華東園區專項隊衛龍灣這個們為與對開們實現權責執嚴潔誠滿進動態傳統資訊網頁聯繫網站聲導軟體機構類別體裁題綱紀錄頁碼簡繁無礙護營審計經濟環價讓戰鬥變壓難夠齊產業農業廣場舉辦際級質勞動約練講評論證據說話請問讀寫聽語轉載責編輯閱覽訪標準檢測驗收體現團結選擇徵詢職義務規則單位節轉職稱題層護達態訴議議案調查衛';
const SIMPLIFIED = '建设报关于况区县镇乡务厅办员会党国门号发时间来源浏览点击数据书记长处总结汇汇内规范条华东园区专项队卫龙湾这个们为与对开们实现权责执严洁诚满进动态传统资讯网页联系网站声导软体机构类别体裁题纲纪录页码简繁无碍护营审计经济环价让战斗变压难够齐产业农业广场举办际级质劳动约练讲评论证据说话请问读写听语转载责编辑阅览访标准检测验收体现团结选择征询职义务规则单位节转职称题层护达态诉议议案调查卫';

const TABLE = new Map<string, string>()
for (let index = 0; index < TRADITIONAL.length; index++) {
  const from = TRADITIONAL[index]!
  const to = SIMPLIFIED[index]!
  if (from !== to) TABLE.set(from, to)
}
const HAS_TRADITIONAL = new RegExp(`[${[...TABLE.keys()].join('')}]`, 'u')

/** The text with the traditional characters of the table read as simplified; the same length, offset for offset. */
export function toSimplified(text: string): string {
  if (!HAS_TRADITIONAL.test(text)) return text
  let out = ''
  for (const character of text) out += TABLE.get(character) ?? character
  return out
}
