/** Reports a plans section that plans for a year other than the next one, or a section on the year's work that names another year. */
import {defineRule, nodeText, noOptions, type ReportDocument, type Section} from '@fzlint/core'
import {findYears, type YearMention} from '@fzlint/core/text'

/** Years inside a document name (《…2023年工作要点》) or an ongoing period (2021年以来) do not date the section. */
function isDatingYear(text: string, mention: YearMention): boolean {
  if (mention.isSpan) return false
  const before = text.slice(0, mention.index)
  if (before.lastIndexOf('《') > before.lastIndexOf('》')) return false
  const after = text.slice(mention.index + mention.length)
  return !/^\s?年度?(?:以来|至今|起|来)/u.test(after)
}

/**
 * The report year to check against. When the model took it from the headings themselves, the plans heading
 * must not vote: a report whose only dated heading is `三、2024年…安排` would otherwise be a 2024 report.
 */
function findBaseYear(document: ReportDocument): number | null {
  if (document.yearSource !== 'headings') return document.year
  const counts = new Map<number, number>()
  for (const section of document.topSections) {
    if (section.kind === 'plans') continue
    for (const mention of findYears(section.title)) {
      if (isDatingYear(section.title, mention)) counts.set(mention.value, (counts.get(mention.value) ?? 0) + 1)
    }
  }
  let best: number | null = null
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value
  return best
}

// gaoming-2023: `2024年,我区将继续……` — the plans section's first sentence names the year it plans for.
const PLANNING_OPENING = /^\s*((?:19|20)\d{2})\s?年度?\s*[,，]?[^。！？!?]{0,40}?(?:将|计划|拟|要|着力|力争)/u

const DATED_KINDS = new Set(['measures', 'shortcomings', 'duty'])

export default defineRule({
  meta: {
    id: 'plan-year',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    fixable: false,
    docs: {
      description: '“下一年度安排”应写报告年度的下一年，其余部分的标题应写报告年度',
      basis: '《法治政府建设与责任落实督察工作规定》：年度报告写上一年度的举措、不足、第一责任人履职情况和下一年度的主要安排',
    },
    messages: {
      planHeading:
        '“下一年度安排”的标题写的是{found}年：本报告是{year}年度报告，应安排{expected}年的工作（督察工作规定要求写下一年度推进法治政府建设的主要安排）',
      planOpening:
        '“下一年度安排”开头写的是{found}年：本报告是{year}年度报告，应安排{expected}年的工作（督察工作规定要求写下一年度推进法治政府建设的主要安排）',
      sectionYear: '“{heading}”写的是{found}年：本报告是{year}年度报告，{label}应写{expected}年的情况',
    },
    options: noOptions,
  },
  create(context) {
    const {source} = context

    /** Years that date a heading, with their source offsets. */
    function findHeadingYears(section: Section): {value: number; range: [number, number]}[] {
      const start = section.heading.position?.start.offset
      const end = section.heading.position?.end.offset
      if (start === undefined || end === undefined) return []
      const text = source.slice(start, end)
      // Pushed, not filter()ed and map()ped: the optimised filter() and map() return arrays of other maps than the
      // interpreter's, and the code reading them deoptimised on them ("wrong map", V8 --trace-deopt).
      const years: {value: number; range: [number, number]}[] = []
      for (const mention of findYears(text)) {
        if (isDatingYear(text, mention)) years.push({value: mention.value, range: [start + mention.index, start + mention.index + mention.length]})
      }
      return years
    }

    return {
      'report:exit'(document) {
        const year = findBaseYear(document)
        if (year === null) return
        for (const section of document.topSections) {
          // The heading's text goes only into findings: read when there is one, not for every section of every report.
          const heading = () => nodeText(section.heading).trim()
          if (section.kind === 'plans') {
            const expected = year + 1
            const years = findHeadingYears(section)
            for (const mention of years) {
              if (mention.value === expected) continue
              context.report({messageId: 'planHeading', range: mention.range, data: {section: 'plans', found: mention.value, year, expected, heading: heading()}})
            }
            if (years.length > 0) continue
            const opening = section.content.find((node) => node.type === 'paragraph')
            const start = opening?.position?.start.offset
            if (!opening || start === undefined) continue
            const text = source.slice(start, opening.position!.end.offset)
            const match = PLANNING_OPENING.exec(text)
            if (!match || Number(match[1]) === expected) continue
            const at = start + match[0].indexOf(match[1]!)
            context.report({
              messageId: 'planOpening',
              range: [at, at + 4],
              data: {section: 'plans', found: Number(match[1]), year, expected, heading: heading()},
            })
          } else if (section.kind !== null && DATED_KINDS.has(section.kind)) {
            for (const mention of findHeadingYears(section)) {
              if (mention.value === year) continue
              const label = document.sectionEntries.find((entry) => entry.kind === section.kind)?.label ?? section.kind
              context.report({
                messageId: 'sectionYear',
                range: mention.range,
                data: {section: section.kind, found: mention.value, year, expected: year, heading: heading(), label: `“${label}”`},
              })
            }
          }
        }
      },
    }
  },
})
