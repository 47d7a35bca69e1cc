/** Reports a shortcomings section that names problems but gives no cause for them. */
import {defineRule, findKindsCoveredByHeading, nodeText, type Section} from '@fzlint/core'
import {z} from 'zod'
import {causeMarkersData, type CauseMarker} from './data.js'

export default defineRule({
  meta: {
    id: 'shortcomings-cause',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '“存在的不足”部分应分析原因',
      basis: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求年度报告写明上一年度推进法治政府建设存在的不足和原因',
    },
    messages: {
      missingCause:
        '“{heading}”只列出不足，未分析原因：标题和正文中没有原因分析的用语（如“{examples}”），《法治政府建设与责任落实督察工作规定》要求写明存在的不足和原因',
    },
    options: z.object({}).strict(),
  },
  create(context) {
    const markers = context.data(causeMarkersData)
    const patterns = compiledPatterns(markers)
    return {
      'report:exit'(document) {
        const topLevel = document.sections.filter((section) => section.kind === 'shortcomings')
        // Only when no top-level section is about the shortcomings do lower headings stand in for it; otherwise
        // a sub-heading “（一）存在的问题” next to “（二）原因分析” would be reported on its own.
        const checked =
          topLevel.length > 0
            ? topLevel
            : document.headings.filter(
                (section) => section.parent !== null && findKindsCoveredByHeading(section.title, document.sectionEntries).includes('shortcomings'),
              )
        for (const section of checked) {
          const text = sectionText(document.source, section)
          if (patterns.some((pattern) => pattern.test(text))) continue
          context.report({
            messageId: 'missingCause',
            node: section.heading,
            data: {section: 'shortcomings', heading: nodeText(section.heading).trim(), examples: listMarkers(markers)},
          })
        }
      },
    }
  },
})

// The data file hands out the same entries for every report of one configuration: compile their patterns once.
// The expressions have no `g` or `y` flag, so `test` keeps no state between reports.
const compiled = new WeakMap<CauseMarker[], RegExp[]>()

function compiledPatterns(markers: CauseMarker[]): RegExp[] {
  let patterns = compiled.get(markers)
  if (!patterns) {
    patterns = markers.map((marker) => new RegExp(marker.pattern, 'u'))
    compiled.set(markers, patterns)
  }
  return patterns
}

/** The heading and everything under it, sub-sections included. */
function sectionText(source: string, section: Section): string {
  return source.slice(section.start, section.end)
}

function listMarkers(markers: CauseMarker[]): string {
  return markers
    .slice(0, 4)
    .map((marker) => marker.label)
    .join('”“')
}
