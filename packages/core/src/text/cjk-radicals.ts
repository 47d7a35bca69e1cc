/**
 * Radicals a PDF's font maps its ideographs to. Fonts such as Noto CJK draw 人 and the Kangxi radical ⼈ with one
 * glyph, and a PDF's ToUnicode map, written per glyph, then gives the radical (U+2F08) for every 人 in the text —
 * Chromium's print to PDF does this, and so do other writers. What is extracted then reads ⼈⺠政府 for 人民政府,
 * which no rule or reader recognises. Such text is mapped back to the unified ideographs: Kangxi radicals
 * (U+2F00–U+2FD5) by their compatibility decomposition (NFKC), CJK Radicals Supplement (U+2E80–U+2EF3), which has
 * none, by Unicode's EquivalentUnifiedIdeograph.txt. Nobody types these radicals into a report.
 */

// Pairs of (radical, its equivalent unified ideograph) from EquivalentUnifiedIdeograph.txt, CJK Radicals Supplement.
const SUPPLEMENT_PAIRS = '⺀冫⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺉刂⺊卜⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗㣺⺘扌⺙攵⺛旡⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺥爫⺦丬⺨犭⺫罒⺬示⺭礻⺯糹⺰纟⺱罓⺳㓁⺴㓁⺹耂⺺肀⺼月⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻈讠⻉贝⻋车⻍辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟'

// The rest of the block's radicals, by what their Unicode names say they draw (⻆ CJK RADICAL SIMPLIFIED HORN is 角).
const NAMED_PAIRS = '⺇几⺈刀⺌小⺍小⺜日⺤爫⺧牛⺩王⺮竹⺲罒⺶羊⺷羊⺻聿⻆角⻇角⻊足⻌辶⻎辶⻕阜⻗雨⻞飠⻡首'

let supplement: Map<string, string> | undefined

function supplementMap(): Map<string, string> {
  if (!supplement) {
    supplement = new Map()
    const characters = [...SUPPLEMENT_PAIRS, ...NAMED_PAIRS]
    for (let index = 0; index + 1 < characters.length; index += 2) supplement.set(characters[index]!, characters[index + 1]!)
  }
  return supplement
}

// Where a simplified-Chinese font's glyph stands for another ideograph than the radical's decomposition: the SC
// glyph of ⼾ (KANGXI RADICAL DOOR, which decomposes to 戶) is 户.
const SIMPLIFIED_OVERRIDES: Record<string, string> = {'\u2f3e': '\u6237'}

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fd5]/u
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fd5]/gu

/** `text` with CJK radicals replaced by the ideographs they stand for; the same string when it has none. */
export function toUnifiedIdeographs(text: string): string {
  if (!RADICAL.test(text)) return text
  return text.replace(RADICALS, (radical) => SIMPLIFIED_OVERRIDES[radical] ?? (radical >= '\u2f00' ? radical.normalize('NFKC') : (supplementMap().get(radical) ?? radical)))
}
