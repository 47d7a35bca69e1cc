/** Reports half-width , ; : ? ! ( ) between Chinese characters (GB/T 15834: Chinese text takes full-width punctuation). */
import {defineRule, type Fix} from '@fzlint/core'
import {z} from 'zod'

const FULL_WIDTH: Record<string, string> = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）'}
const HAN = /\p{Script=Han}/u

interface Finding {
  offset: number
  character: string
}

/** Half-width marks in one paragraph that sit between Chinese characters. */
function findHalfWidthMarks(text: string, base: number): Finding[] {
  const found: Finding[] = []
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (!(character in FULL_WIDTH)) continue
    const before = text[index - 1] ?? ''
    const after = text[index + 1] ?? ''
    const isBetweenHan =
      character === '(' ? HAN.test(after) : character === ')' ? HAN.test(before) : HAN.test(before) && HAN.test(after)
    if (isBetweenHan) found.push({offset: base + index, character})
  }
  return found
}

export default defineRule({
  meta: {
    id: 'punctuation-width',
    type: 'layout',
    defaultSeverity: 'warn',
    recommended: false,
    fixable: true,
    docs: {
      description: '汉字之间不用半角标点',
      basis: 'GB/T 15834-2011《标点符号用法》；GB/T 9704-2012 第9条：公文标点符号用法应符合 GB/T 15834',
    },
    messages: {
      paragraph: '本段有 {count} 处半角标点夹在汉字之间（首处“{example}”）：GB/T 15834 要求中文使用全角标点',
      document: '全文有 {count} 处半角标点夹在汉字之间，分布在 {paragraphs} 段，像是整篇转换成了半角：GB/T 15834 要求中文使用全角标点，可用 --fix 一次改正',
    },
    options: z
      .object({
        maxParagraphMessages: z
          .number()
          .int()
          .min(0)
          .describe('Above this many affected paragraphs, one document-level message with one fix replaces the per-paragraph ones.')
          .default(10),
      })
      .strict(),
  },
  create(context) {
    const byParagraph: Finding[][] = []
    return {
      paragraph(node) {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined) return
        const found = findHalfWidthMarks(context.source.slice(start, end), start)
        if (found.length > 0) byParagraph.push(found)
      },
      heading(node) {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined) return
        const found = findHalfWidthMarks(context.source.slice(start, end), start)
        if (found.length > 0) byParagraph.push(found)
      },
      'report:exit'() {
        const toFix = (findings: Finding[]): Fix[] => findings.map(({offset, character}) => ({range: [offset, offset + 1], text: FULL_WIDTH[character]!}))
        const excerpt = (finding: Finding) => context.source.slice(Math.max(0, finding.offset - 2), finding.offset + 3)
        // An NFKC-converted web copy has half-width marks in every paragraph: one message, one bulk fix.
        if (byParagraph.length > context.options.maxParagraphMessages) {
          const all = byParagraph.flat()
          context.report({
            messageId: 'document',
            range: [all[0]!.offset, all[0]!.offset + 1],
            data: {count: all.length, paragraphs: byParagraph.length},
            fix: toFix(all),
          })
          return
        }
        for (const findings of byParagraph) {
          context.report({
            messageId: 'paragraph',
            range: [findings[0]!.offset, findings[0]!.offset + 1],
            data: {count: findings.length, example: excerpt(findings[0]!)},
            fix: toFix(findings),
          })
        }
      },
    }
  },
})
