/** Reports figures qualified as covering only part of the report year (1-11月, 截至目前, 截至10月底) and a 成文日期 before the year ended. */
import {defineRule, noOptions, type ReportDocument} from '@fzlint/core'
import {dateKey, findCutoffs, findMonthRanges, formatChineseDate, formatIsoDate} from '@fzlint/core/text'
import {findRangeInNode, findReference} from '../shared/reference.js'

const MIN_YEAR_TO_DATE_MONTHS = 6

interface Qualifier {
  kind: 'range' | 'cutoff' | 'now'
  range: [number, number]
  text: string
  /** The last month and day covered, when stated. */
  through: {month: number; day: number | null} | null
}

/**
 * The partial-year qualifiers in the part of the report about the report year. The plans section is
 * skipped: `截至6月底前完成` there is a deadline, not a statistic.
 */
function findQualifiers(document: ReportDocument, source: string, year: number): Qualifier[] {
  const found: Qualifier[] = []
  const isAboutReportYear = (offset: number) => findReference(document, offset)?.isPlans === false
  for (const range of findMonthRanges(source)) {
    // A year-to-date range starts in January and runs at least half the year; `7-9月开展专项整治` and
    // `1-3月开展春季行动` are a campaign's window, and 上半年 mostly dates activities.
    if (range.from !== 1 || range.to < MIN_YEAR_TO_DATE_MONTHS || range.to >= 12 || range.form === 'half') continue
    if (range.year !== null && range.year !== year) continue
    if (!isAboutReportYear(range.index)) continue
    found.push({kind: 'range', range: [range.index, range.index + range.length], text: range.text, through: {month: range.to, day: null}})
  }
  for (const cutoff of findCutoffs(source)) {
    const end = cutoff.index + cutoff.length
    // `截至11月底前` / `截止10月底完成` set deadlines.
    if (/^\s*(?:前|之前|以前)/u.test(source.slice(end, end + 3))) continue
    if (!isAboutReportYear(cutoff.index)) continue
    if (cutoff.kind === 'now') {
      found.push({kind: 'now', range: [cutoff.index, end], text: cutoff.text, through: null})
      continue
    }
    if (cutoff.year !== null && cutoff.year !== year) continue
    if (dateKey({year, month: cutoff.month!, day: cutoff.day!}) >= dateKey({year, month: 12, day: 31})) continue
    found.push({kind: 'cutoff', range: [cutoff.index, end], text: cutoff.text, through: {month: cutoff.month!, day: cutoff.day}})
  }
  return found.sort((a, b) => a.range[0] - b.range[0])
}

export default defineRule({
  meta: {
    id: 'partial-year-data',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '年度报告的数据应覆盖报告年度全年，成文日期不应早于该年12月31日',
      basis: '《法治政府建设与责任落实督察工作规定》：每年第一季度报告上一年度（全年）法治政府建设情况',
    },
    messages: {
      partialPeriod: '“{text}”的数据只统计到{through}：年度报告应报告{year}年全年（至12月31日）的情况，请改用全年数据',
      openCutoff: '“{text}”没有写明统计截止日期，看不出是否是{year}年全年的数据：年度报告应报告{year}年全年的情况，请写明“截至{year}年12月31日”或改用全年数据',
      earlySignoff: '成文日期“{text}”早于{year}年12月31日：报告在年度结束前写成，所报数据不可能覆盖全年；督察工作规定要求次年第一季度报告上一年度的情况',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        const year = document.year
        if (year === null) return
        const items: {range: [number, number]; report: () => void}[] = []
        for (const qualifier of findQualifiers(document, context.source, year)) {
          const through = qualifier.through
            ? qualifier.through.day === null
              ? `${qualifier.through.month}月`
              : `${qualifier.through.month}月${qualifier.through.day}日`
            : null
          items.push({
            range: qualifier.range,
            report: () =>
              context.report({
                messageId: qualifier.kind === 'now' ? 'openCutoff' : 'partialPeriod',
                range: qualifier.range,
                data: {qualifier: qualifier.kind, text: qualifier.text, year, through},
              }),
          })
        }
        const signoffDate = document.signoff?.date
        if (signoffDate && signoffDate.value.year === year && dateKey(signoffDate.value) < dateKey({year, month: 12, day: 31})) {
          const range = findRangeInNode(context.source, signoffDate.node, signoffDate.value.text)
          if (range) {
            items.push({
              range,
              report: () =>
                context.report({
                  messageId: 'earlySignoff',
                  range,
                  data: {qualifier: 'signoff', text: signoffDate.value.text, year, date: formatIsoDate(signoffDate.value), dateText: formatChineseDate(signoffDate.value)},
                }),
            })
          }
        }
        for (const item of items.sort((a, b) => a.range[0] - b.range[0])) item.report()
      },
    }
  },
})
