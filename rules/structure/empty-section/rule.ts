/** Reports a heading with nothing under it before the next heading of the same or a higher level. */
import {defineRule, nodeText, noOptions, type ReportDocument, type Section} from '@fzlint/core'
import {findPastedHeadings} from '../shared/pasted-headings.js'

export default defineRule({
  meta: {
    id: 'empty-section',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '标题之下应有正文或下级标题',
      basis: 'GB/T 9704-2012《党政机关公文格式》7.3.3：正文的结构层次序数依次用“一、”“（一）”“1.”“（1）”标注，序数标题是正文层次的标题，其下应有该层次的内容',
    },
    messages: {
      empty: '“{heading}”之下没有内容：到{next}之前既无正文也无下级标题，应补写这一层次的内容或删去该标题',
    },
    options: noOptions,
  },
  create(context) {
    return {
      // One pass over the sections at the end rather than a section visitor: the same order, without an engine
      // dispatch (and, under TIMING, a clock read) per section for a check that is over in a few property reads.
      'report:exit'(document) {
        const closing = findClosingNodes(document)
        // Whether each group of siblings is an enumerated list, found once per group: asked of every member in turn,
        // a 50,000-line list of `一、甲。` took minutes.
        const enumeratedGroups = new Map<Section[], Map<number | undefined, boolean>>()
        let headingsByStart: Map<number, Section> | undefined
        for (const section of document.allSections) {
          if (!isEmpty(section, closing) || isEnumeratedItem(section, document.topSections, closing, enumeratedGroups)) continue
          // A heading pasted twice is empty only until its copy: duplicate-heading reports the copy, to be deleted.
          if (findPastedHeadings(document).byOriginal.has(section)) continue
          const next = findNextHeading((headingsByStart ??= indexHeadingsByStart(document.allSections)), section)
          context.report({
            messageId: 'empty',
            node: section.heading,
            data: {
              heading: nodeText(section.heading).trim(),
              level: section.level,
              next: next ? `“${nodeText(next.heading).trim()}”` : '全文结束',
            },
          })
        }
      },
    }
  },
})

type Node = Section['content'][number]

const CLOSING_FORMULA = /^(特此|专此|以上)(报告|汇报)[。.]?$/u

/**
 * The sign-off (发文机关署名, 成文日期) and a closing formula (特此报告。) are not the last section's content:
 * yunxi-2022 ends its plans with three one-line items and then the sign-off.
 */
function findClosingNodes(document: ReportDocument): Set<Node> {
  const closing = new Set<Node>()
  if (document.signoff?.issuer) closing.add(document.signoff.issuer.node)
  if (document.signoff?.date) closing.add(document.signoff.date.node)
  const last = document.allSections.at(-1)
  for (const node of last?.content ?? []) if (CLOSING_FORMULA.test(nodeText(node).trim())) closing.add(node)
  return closing
}

function isEmpty(section: Section, closing: Set<Node>): boolean {
  return section.children.length === 0 && !section.content.some((node) => node.type !== 'html' && !closing.has(node) && hasVisibleText(node))
}

const VISIBLE = /\S/u

/** Whether `nodeText(node).trim() !== ''`, read without joining the text: any of its text pieces holds a non-space. */
function hasVisibleText(node: Node): boolean {
  if ('value' in node && typeof node.value === 'string') return node.type !== 'html' && VISIBLE.test(node.value)
  return 'children' in node && (node.children as Node[]).some(hasVisibleText)
}

const SENTENCE_END = /[。；;！!？?]$/u

/**
 * A numbered line that is a whole sentence, among siblings that are all such lines, is an item of an
 * enumerated list (`1.加强学习。` `2.严格执法。` in a plans section), not a heading whose content is missing.
 * The last item may be followed by a paragraph: it closes the list (产生上述问题的原因是……), and falls under
 * the last item only because nothing numbered follows. A sibling with a run-in body (（二）规范执法。全面推行……)
 * shows headings with bodies instead, and an empty one among them is reported.
 */
function isEnumeratedItem(section: Section, topLevel: Section[], closing: Set<Node>, groups: Map<Section[], Map<number | undefined, boolean>>): boolean {
  if (!isSentenceLine(section)) return false
  const family = section.parent?.children ?? topLevel
  const level = section.numbering?.level
  let byLevel = groups.get(family)
  if (!byLevel) groups.set(family, (byLevel = new Map()))
  let isList = byLevel.get(level)
  if (isList === undefined) {
    const siblings = family.filter((sibling) => sibling.numbering?.level === level)
    isList = siblings.length > 1 && siblings.every((sibling, index) => isSentenceLine(sibling) && (index === siblings.length - 1 || isEmpty(sibling, closing)))
    byLevel.set(level, isList)
  }
  return isList
}

function isSentenceLine(section: Section): boolean {
  return section.heading.data?.runIn !== true && SENTENCE_END.test(nodeText(section.heading).trim())
}

/** Each heading by the offset it starts at (the first, should two start together). */
function indexHeadingsByStart(headings: Section[]): Map<number, Section> {
  const byStart = new Map<number, Section>()
  for (const heading of headings) if (!byStart.has(heading.start)) byStart.set(heading.start, heading)
  return byStart
}

/** The heading that closes the section: the next one of the same or a higher level (it starts where the section ends). */
function findNextHeading(headingsByStart: Map<number, Section>, section: Section): Section | undefined {
  const next = headingsByStart.get(section.end)
  return next === section ? undefined : next
}
