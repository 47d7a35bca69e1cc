/**
 * Reading a line as a title candidate (GB/T 9704 7.3.1: 发文机关名称、事由和文种): the title part of a line that page
 * chrome shares, whether a line can be a title at all, and how well it names the issuing body, the year, 法治政府建设
 * and 报告, so that the model can rank the candidates of a page instead of taking the first line that mentions 报告.
 */
import {findYears} from '../text/years.js'
import {maskQuotedNames} from '../text/quoted-names.js'
import {toSimplified} from '../text/simplified.js'
import {toNfkc} from '../text/nfkc.js'
import {GENRE_AT_END_WITH_NOTE, GENRE_THEN_SITE_NAME, QUOTED_REPORT_NAME, RELATED_TITLE_TOPIC, TITLE_TOPIC} from '../text/title-wording.js'

/** The title part of a line, as offsets in the line's trimmed text. */
export interface TitlePart {
  start: number
  end: number
}

// A reposting site's watermark stuck to the title (`秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于……`).
const LEADING_WATERMARK = /^[^\s，。,；;：:]{0,40}?(?:https?:\/\/)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?\s*/iu
// A column tag before the title (`【2022年】州生态环境局2022年度法治政府建设报告`); a bracketed field label (`[ 体裁分类 ] 工作报告`)
// is told from it by what follows, which is no title.
const LEADING_TAG = /^[【[]\s*[^【】[\]\s]{1,10}\s*[】\]]\s*/u
const TAG_FOLLOWED_BY_TITLE = 8
// Page metadata after the title on its line (`……情况报告 信息来源: 发布时间:2024-01-02`): a space, then a label and a colon.
const TRAILING_METADATA = /\s+[^\s:：，。,；;]{1,8}\s*[:：]/u
// A title that markup loss fused with the first paragraph (`……情况的报告2023年,省政府坚持……`): up to its genre word.
// The paragraph opens with a year or a heading; a title quotes no document (《》) or phrase (“”).
const FUSED_TITLE = /^[^，。,；;：:《》“”"]{6,70}?(?:的报告|情况报告|工作报告|年度报告|建设报告)(?=(?:19|20)\d\d\s?年|[一二三四五六七八九十]、)/u
// A line of a metadata table or a bulleted list of fields is a field, whatever its value says (`[ 体裁分类 ] 工作报告`, `• 工作报告`).
const METADATA_CELL = /^(?:[[【\-•·*|｜▪●◆■]|[^\s:：，。,；;]{1,8}\s*[:：])/u

const ISSUER = /关于|人民政府|政府|委员会|管委会|局|厅|办公室|街道|办事处|镇|乡|委|中心/u

// What every match of the patterns above contains: checked first, since most lines have none of it and the
// patterns scan a whole opening paragraph (measured: findTitlePart 7 → 1.3 µs a corpus report).
const HAS_WWW = /www\./iu
const hasColon = (text: string): boolean => text.includes('：') || text.includes(':')

/** The part of a line that may be a title: the line without a watermark before it, metadata after it, or a paragraph fused to it. */
export function findTitlePart(text: string): TitlePart {
  let start = 0
  let end = text.length
  const watermark = HAS_WWW.test(text) ? LEADING_WATERMARK.exec(text) : null
  if (watermark && text.length - watermark[0].length >= 6) start = watermark[0].length
  const tag = LEADING_TAG.exec(text.slice(start))
  if (tag) {
    const after = text.slice(start + tag[0].length)
    if (!/[【[]/u.test(after) && scoreTitle(after) >= TAG_FOLLOWED_BY_TITLE) start += tag[0].length
  }
  const rest = text.slice(start)
  const metadata = hasColon(rest) ? TRAILING_METADATA.exec(rest) : null
  if (metadata && metadata.index >= 6) end = start + metadata.index
  else if (rest.includes('报告')) {
    const fused = FUSED_TITLE.exec(rest)
    if (fused && RELATED_TITLE_TOPIC.test(toSimplified(fused[0]))) end = start + fused[0].length
  }
  return {start, end}
}

/**
 * A line that cannot be a title whatever it says: a field of a metadata table, a browser's page title (the title, then
 * a separator and the site or column name), or an aggregator's headline quoting the title as a document name in 《》.
 */
export function isNeverTitle(line: string): boolean {
  const simple = toSimplified(line)
  return METADATA_CELL.test(line) || GENRE_THEN_SITE_NAME.test(simple) || QUOTED_REPORT_NAME.test(simple)
}

/**
 * How well a text reads as this report's title: 法治政府建设 (3, a related topic 2), a year (2), the genre word ending
 * it (3, 报告 elsewhere 1), the issuing body or 关于 (1). Traditional characters are read as simplified; a year
 * inside a cited document name does not count.
 */
export function scoreTitle(text: string): number {
  const simple = toSimplified(toNfkc(text)).replace(/\s+/gu, '')
  let score = 0
  if (TITLE_TOPIC.test(simple)) score += 3
  else if (RELATED_TITLE_TOPIC.test(simple)) score += 2
  if (findYears(maskQuotedNames(simple)).length > 0) score += 2
  if (GENRE_AT_END_WITH_NOTE.test(simple)) score += 3
  else if (simple.includes('报告')) score += 1
  if (ISSUER.test(simple)) score += 1
  return score
}
