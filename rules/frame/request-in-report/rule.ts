/** Reports a request (请示事项) carried in the report: a report states what was done and asks for nothing. */
import {defineRule} from '@fzlint/core'
import {z} from 'zod'
import {requestPhrasesData, type RequestPhrase} from './data.js'

export default defineRule({
  meta: {
    id: 'request-in-report',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '报告中不得夹带请示事项（“妥否，请批示”“请予批准”）',
      basis: '《党政机关公文处理工作条例》第十五条：请示应当一文一事，不得在报告等非请示性公文中夹带请示事项',
    },
    messages: {
      request:
        '报告中夹带了请示事项（{label}）：“{text}”。《党政机关公文处理工作条例》第十五条规定不得在报告等非请示性公文中夹带请示事项；需要上级批准的事项应另行请示',
    },
    options: z.object({}).strict(),
  },
  create(context) {
    const patterns = compilePatterns(context.data(requestPhrasesData))
    return {
      'report:exit'() {
        for (const {phrase, pattern} of patterns) {
          // exec() with lastIndex over the whole source: most reports hold none, and a miss costs one scan.
          pattern.lastIndex = 0
          for (let match = pattern.exec(context.source); match; match = pattern.exec(context.source)) {
            if (match[0].length === 0) {
              pattern.lastIndex++
              continue
            }
            context.report({messageId: 'request', range: [match.index, match.index + match[0].length], data: {label: phrase.label, text: match[0]}})
          }
        }
      },
    }
  },
})

const compiled = new WeakMap<RequestPhrase[], {phrase: RequestPhrase; pattern: RegExp}[]>()

function compilePatterns(phrases: RequestPhrase[]): {phrase: RequestPhrase; pattern: RegExp}[] {
  let patterns = compiled.get(phrases)
  if (!patterns) {
    patterns = phrases.map((phrase) => ({phrase, pattern: new RegExp(phrase.pattern, 'gu')}))
    compiled.set(phrases, patterns)
  }
  return patterns
}
