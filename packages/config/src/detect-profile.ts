/**
 * Which body wrote the report — 县级以上地方政府 (government), 政府部门 (department) or 乡镇、街道
 * (township) — from the organ named in the title, the sign-off, or the subject of the opening sentence; when none
 * names one, from how the report speaks of itself (我局、我镇、全街道……).
 */
import type {ReportDocument, ReportingBodyProfile} from '@fzlint/core'

export interface DetectedProfile {
  profile: ReportingBodyProfile
  /** The organ's name the decision rests on (`某市司法局`), or null when the report names none. */
  organ: string | null
  /**
   * What the decision rests on, for people: the organ's name, or the words the report calls itself by (`我局×3`), or
   * null when nothing did (government is assumed).
   */
  basis: string | null
}

// Reports are also published in traditional characters (mirrors, Hong Kong and Macao readers): the characters of
// organ names are folded to simplified ones before matching.
const TRADITIONAL_ORGAN_CHARACTERS: Record<string, string> = {
  // organ words
  鎮: '镇', 鄉: '乡', 區: '区', 縣: '县', 廳: '厅', 辦: '办', 會: '会', 員: '员', 門: '门', 處: '处', 黨: '党', 關: '关',
  於: '于', 導: '导', 領: '领', 據: '据',
  // the opening verbs that follow a subject (OPENING_SUBJECT)
  堅: '坚', 認: '认', 緊: '紧', 著: '着', 圍: '围', 繞: '绕', 實: '实', 積: '积', 極: '极', 紮: '扎', 貫: '贯', 徹: '彻',
  嚴: '严', 續: '续', 準: '准', 確: '确', 進: '进', 錨: '锚', 來: '来',
}

// Only the characters that fold are matched: a callback for every CJK character of a report was a tenth of a
// 10,000-report run's time in one thread.
const TRADITIONAL_CHARACTER = new RegExp(`[${Object.keys(TRADITIONAL_ORGAN_CHARACTERS).join('')}]`, 'gu')

function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL_CHARACTER, (character) => TRADITIONAL_ORGAN_CHARACTERS[character]!)
}

// 乡镇人民政府、街道办事处; local usage shortens 街道 to 街 (鹤龙街).
const TOWNSHIP = /(街道办事处|街道|街|镇人民政府|乡人民政府|镇|乡|苏木)(党工委|党委)?$/u
const GOVERNMENT = /人民政府|(省|市|县|区|州|盟|旗|自治县|自治州)$/u
const DEPARTMENT = /(局|委员会|委|办公室|办|厅|中心|院|署|站|所|队|部)(党组)?$/u

/** The organ at the start of a title: text before 关于 or before the year (`XX区司法局关于2023年…`); null for `关于2023年…`. */
export function findOrganInTitle(title: string): string | null {
  const match = /^(?!关于)(.+?)(?:关于|[（(]?(?:19|20)\d{2}年)/u.exec(title.replace(/\s+/gu, '').trim())
  return match ? match[1]! : null
}

// What may stand before the subject of an opening sentence: the year (2023年、2024年以来、2023年度), a basis
// (根据……，), and the leadership it worked under (在区委、区政府的正确领导下，).
const OPENING_LEAD =
  /^(?:(?:(?:19|20)\d{2}年(?:度|以来|来)?|今年以来|一年来|过去一年)[,，、\s]*|(?:根据|按照|依据)(?:[^。]{1,160}?(?=[,，]\s*(?:19|20)\d{2}年)|[^,，。]{1,80})[,，]\s*|在[^,，。]{1,60}(?:领导|指导|部署|支持|关心|关怀)下[,，]\s*)+/u
/**
 * The subject: a name of up to 20 characters ending in an organ word, followed by what the body did (坚持、全面……)
 * or by 在 (礼让街街道办事处在区委……领导下). The verb list is the opening verbs of these reports; a name followed by
 * anything else is not taken, so `在区` or `各级` never pass for an organ.
 */
const OPENING_SUBJECT =
  /^(?:我|全)?([\u4e00-\u9fff]{0,20}?(?:人民政府|政府|街道办事处|街道|街|镇|乡|县|区|市|州|盟|旗|局|委员会|办公室|厅|部|署|中心))(?:党组|党委|党工委)?(?=坚持|全面|深入|认真|以|在|紧紧|始终|着力|围绕|按照|根据|切实|不断|积极|扎实|聚焦|立足|贯彻|严格|高度|牢牢|持续|准确|大力|进一步|紧扣|锚定)/u

/** The subject of an opening like `2023年,鹤龙街坚持……`, `在区委领导下，三张镇坚持……` or `2022年,司法部坚持……`. */
function organFromOpening(opening: string): string | null {
  const afterLead = foldTraditional(opening).replace(OPENING_LEAD, '')
  const match = OPENING_SUBJECT.exec(afterLead)
  if (!match) return null
  // `我区坚持……` names no organ but the word is enough: keep 我 with a one-character name.
  return match[1]!.length <= 1 ? match[0] : match[1]!
}

/**
 * How a report speaks of its own body: 我局、本委、局党组 for a department, 我镇、全乡、街道党工委 for a town or street,
 * 我市、我县、我区 for a government. 全市、全县 are left out: a bureau reports on 全市 work as often as the city does.
 */
const SELF_REFERENCES: {profile: ReportingBodyProfile; pattern: RegExp}[] = [
  // 全乡镇 (a county's towns) is not 全乡; 各镇党委 are a county's.
  {profile: 'township', pattern: /(?:我|本|全)(?:镇(?!乡)|乡(?!镇)|街道|街(?!道))|(?<!各)(?:镇|乡|街道)党(?:工)?委/gu},
  {profile: 'department', pattern: /(?:我|本)(?:局|委|厅|办|部门|院|署|中心)|(?:局|厅)(?:党组|党委|长|务会)|部(?:党组|党委|主要负责同志)/gu},
  {profile: 'government', pattern: /(?:我|本)(?:省|市|县|区|州|盟|旗)(?![委直])/gu},
]

/** The body a report speaks of as its own, with the words it used, when one kind of self-reference clearly leads. */
function profileFromSelfReferences(text: string): DetectedProfile | null {
  const folded = foldTraditional(text)
  const counts = SELF_REFERENCES.map(({profile, pattern}) => {
    const words = folded.match(pattern) ?? []
    return {profile, words}
  }).sort((a, b) => b.words.length - a.words.length)
  const [first, second] = counts
  // One kind must be used at least twice and half as often again as the next: a bureau's report speaks of 我市 too.
  if (first!.words.length < 2 || first!.words.length <= second!.words.length * 1.5) return null
  // The word used most (the first of those used equally often), counted once rather than in every comparison.
  const uses = new Map<string, number>()
  for (const word of first!.words) uses.set(word, (uses.get(word) ?? 0) + 1)
  let mostUsed = first!.words[0]!
  for (const [word, count] of uses) if (count > uses.get(mostUsed)!) mostUsed = word
  return {profile: first!.profile, organ: null, basis: `${mostUsed}×${uses.get(mostUsed)!}`}
}

/** The kind of body an organ name names, or null when its last word names none (`某某中学` is left to other evidence). */
function classifyNamedOrgan(organ: string): ReportingBodyProfile | null {
  // A joint report of the Party committee and the government (中共X区委 X区人民政府) is a government report.
  const last = foldTraditional(organ).split(/\s+/u).at(-1)!
  if (/人民政府$/u.test(last) && !/(镇|乡)人民政府$/u.test(last)) return 'government'
  if (TOWNSHIP.test(last)) return 'township'
  if (/^中共.{1,20}委$/u.test(last) || /^我(省|市|县|区)$/u.test(last) || /[省市县区州]政府$/u.test(last)) return 'government'
  // Before the government's names: 某县人民政府办公室 and 市政府法制办 are working departments of a government.
  if (DEPARTMENT.test(last)) return 'department'
  if (GOVERNMENT.test(last)) return 'government'
  return null
}

export function classifyOrgan(organ: string): ReportingBodyProfile {
  return classifyNamedOrgan(organ) ?? 'government'
}

/**
 * The lines that may open the body: the model's opening paragraph, then the first few preamble lines after the
 * title (a short opening of under 80 characters is not the model's `opening`). organFromOpening takes only a line
 * that starts with a subject and its verb, so page chrome among them names nothing.
 */
function openingCandidates(document: ReportDocument): string[] {
  // One loop into one array: a spread of a filter().slice().map() chain deoptimised this function once warm.
  const lines: string[] = document.opening ? [document.opening.text] : []
  let taken = 0
  for (const node of document.preamble) {
    if (taken === 5) break
    if (node.type !== 'paragraph' || node === document.title?.node) continue
    lines.push(document.source.slice(node.position!.start.offset!, node.position!.end.offset!).trim())
    taken++
  }
  return lines
}

/**
 * The organs the report names, in the order they count: the title's, the sign-off's, then the opening's. Each is
 * read only when those before it named no body: most titles name one, and reading the opening paragraphs for
 * every report anyway was most of detecting the profile (corpus reports: 8.5 → 3.5 µs a report).
 */
function* namedOrgans(document: ReportDocument): Generator<string | null> {
  yield document.title ? findOrganInTitle(foldTraditional(document.title.text)) : null
  yield document.signoff?.issuer?.text ?? null
  for (const line of openingCandidates(document)) yield organFromOpening(line)
}

export function detectProfile(document: ReportDocument): DetectedProfile {
  for (const organ of namedOrgans(document)) {
    if (!organ) continue
    const profile = classifyNamedOrgan(organ)
    if (profile) return {profile, organ, basis: organ}
  }
  return profileFromSelfReferences(document.source) ?? {profile: 'government', organ: null, basis: null}
}
