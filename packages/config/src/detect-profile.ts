/**
 * Which body wrote the report — 县级以上地方政府 (government), 政府部门 (department) or 乡镇、街道
 * (township) — from the organ named in the title, the sign-off, or the opening sentence.
 */
import type {ReportDocument, ReportingBodyProfile} from '@fzlint/core'

export interface DetectedProfile {
  profile: ReportingBodyProfile
  /** The organ name the decision rests on, or null when nothing named one (government is assumed). */
  organ: string | null
}

// 乡镇人民政府、街道办事处; local usage shortens 街道 to 街 (鹤龙街).
const TOWNSHIP = /(街道办事处|街道|街|镇人民政府|乡人民政府|镇|乡|苏木)(党工委|党委)?$/u
const GOVERNMENT = /人民政府|^中共.{1,20}委|(省|市|县|区|州|盟|旗|自治县|自治州)$/u
const DEPARTMENT = /(局|委员会|委|办公室|办|厅|中心|院|署|站|所|队|部)(党组)?$/u

/** The organ at the start of a title: text before 关于 or before the year. */
function organFromTitle(title: string): string | null {
  const match = /^(.+?)(?:关于|[（(]?(?:19|20)\d{2}年)/u.exec(title.replace(/\s+/gu, ' ').trim())
  return match ? match[1]!.trim() : null
}

/** The subject of an opening like `2023年,鹤龙街坚持……` or `2018年,我市各级行政机关……`. */
function organFromOpening(opening: string): string | null {
  const afterYear = opening.replace(/^(?:19|20)\d{2}年度?[,，、\s]*/u, '')
  const match = /^(?:我|全)?([\u4e00-\u9fff]{1,15}?(?:街道办事处|街道|街|镇|乡|县|区|市|州|局|委员会|办公室|厅))/u.exec(afterYear)
  return match ? match[0] : null
}

export function classifyOrgan(organ: string): ReportingBodyProfile {
  // A joint report of the Party committee and the government (中共X区委 X区人民政府) is a government report.
  const last = organ.split(/\s+/u).at(-1)!
  if (/人民政府$/u.test(last) && !/(镇|乡)人民政府$/u.test(last)) return 'government'
  if (TOWNSHIP.test(last)) return 'township'
  if (GOVERNMENT.test(last) || /^我(省|市|县|区)$/u.test(last)) return 'government'
  if (DEPARTMENT.test(last)) return 'department'
  return 'government'
}

export function detectProfile(document: ReportDocument): DetectedProfile {
  const candidates = [
    document.title ? organFromTitle(document.title.text) : null,
    document.signoff?.issuer?.text ?? null,
    document.opening ? organFromOpening(document.opening.text) : null,
  ]
  const organ = candidates.find((candidate): candidate is string => candidate !== null && candidate.length > 0) ?? null
  return {profile: organ ? classifyOrgan(organ) : 'government', organ}
}
