/** Reports a 成文日期 or publication date after the deadline for the report year, before the year itself, or in the future. */
import {defineRule, noOptions, type ReportDocument} from '@fzlint/core'
import {dateKey, formatChineseDate, formatIsoDate, type CalendarDate, type DateMention} from '@fzlint/core/text'
import {deadlinesData, findDeadline} from '../data/deadlines.js'
import {findRangeInNode, resolveToday} from '../shared/reference.js'

interface DatedLine {
  kind: 'signoff' | 'publication'
  label: string
  value: DateMention
  range: [number, number]
}

function findDatedLines(document: ReportDocument, source: string): DatedLine[] {
  const lines: DatedLine[] = []
  const signoffDate = document.signoff?.date
  if (signoffDate) {
    const range = findRangeInNode(source, signoffDate.node, signoffDate.value.text)
    if (range) lines.push({kind: 'signoff', label: '成文日期', value: signoffDate.value, range})
  }
  const publication = document.publication
  if (publication) lines.push({kind: 'publication', label: '发布日期', value: publication.value, range: publication.range})
  return lines
}

export default defineRule({
  meta: {
    id: 'date-deadline',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    fixable: false,
    docs: {
      description: '成文日期应在次年第一季度内，发布日期不晚于次年4月1日，两者都不应早于报告年度或晚于今天',
      basis: '《法治政府建设与责任落实督察工作规定》：每年第一季度报告上一年度法治政府建设情况；第二十四条：每年4月1日之前向社会公开',
    },
    messages: {
      lateSignoff: '成文日期“{text}”晚于{deadline}：{basis}要求{requirement}（{year}年度报告）',
      latePublication: '发布日期“{text}”晚于{deadline}：{basis}要求{requirement}（{year}年度报告）',
      beforeYear: '{label}“{text}”早于报告所述的{year}年：年度报告在{year}年结束后报告该年的情况，日期应在{next}年',
      earlyPublication: '发布日期“{text}”在报告所述的{year}年之内：年度报告在{year}年结束后报告全年情况，应在{next}年第一季度报告、4月1日之前公开，请核对发布日期或报告年度',
      future: '{label}“{text}”晚于今天（{today}）：日期不可能在未来，请核对年份',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        const year = document.year
        const today = resolveToday(context.settings)
        const deadlines = context.data(deadlinesData)
        for (const line of findDatedLines(document, context.source)) {
          const {value, range, label, kind} = line
          const base = {kind, text: value.text, date: formatIsoDate(value), label}
          if (dateKey(value) > dateKey(today)) {
            context.report({messageId: 'future', range, data: {...base, today: formatChineseDate(today)}})
            continue
          }
          if (year === null) continue
          if (value.year < year) {
            context.report({messageId: 'beforeYear', range, data: {...base, year, next: year + 1}})
            continue
          }
          // A page published before the year it reports on ended (the sign-off's case is partial-year-data's).
          if (kind === 'publication' && value.year === year) {
            context.report({messageId: 'earlyPublication', range, severity: 'warn', data: {...base, year, next: year + 1}})
            continue
          }
          const deadline = findDeadline(deadlines, kind, year)
          if (!deadline) continue
          const last: CalendarDate = {year: year + 1, month: deadline.month, day: deadline.day}
          if (dateKey(value) <= dateKey(last)) continue
          context.report({
            messageId: kind === 'signoff' ? 'lateSignoff' : 'latePublication',
            range,
            severity: 'warn',
            data: {
              ...base,
              year,
              deadline: formatChineseDate(last),
              deadlineDate: formatIsoDate(last),
              basis: deadline.basis,
              requirement: deadline.requirement,
            },
          })
        }
      },
    }
  },
})
