/** Reports a 成文日期 not written as GB/T 9704 7.3.5.4 asks: Arabic numerals, 年月日 in full, no leading zeros. */
import {defineRule, noOptions} from '@fzlint/core'
import {formatChineseDate, type DateMention} from '@fzlint/core/text'
import {findRangeInNode} from '../shared/reference.js'

/** What is wrong with a date as written, the first that applies; null when it is written as the standard asks. */
function findProblem(date: DateMention): 'chinese' | 'separated' | 'zeroPadded' | null {
  if (date.form === 'chinese') return 'chinese'
  if (date.form === 'separated') return 'separated'
  return date.isZeroPadded ? 'zeroPadded' : null
}

export default defineRule({
  meta: {
    id: 'date-format',
    type: 'layout',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: true,
    docs: {
      description: '成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位',
      basis: 'GB/T 9704-2012《党政机关公文格式》第7.3.5.4条：成文日期中的数字用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）',
    },
    messages: {
      chinese: '成文日期“{text}”用了汉字数字，应写作“{expected}”（GB/T 9704-2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）',
      separated: '成文日期“{text}”用分隔符代替了年、月、日，应写作“{expected}”（GB/T 9704-2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）',
      zeroPadded: '成文日期“{text}”的月、日前面补了0，应写作“{expected}”（GB/T 9704-2012 第7.3.5.4条：月、日不编虚位，即1不编为01）',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        const date = document.signoff?.date
        if (!date) return
        const problem = findProblem(date.value)
        if (!problem) return
        const range = findRangeInNode(context.source, date.node, date.value.text)
        if (!range) return
        const expected = formatChineseDate(date.value)
        // The fix rewrites the date alone, so only where the date was found as written (not the whole line).
        const isExact = context.source.slice(range[0], range[1]) === date.value.text
        context.report({
          messageId: problem,
          range,
          data: {text: date.value.text, expected},
          ...(isExact ? {fix: {range, text: expected}} : {}),
        })
      },
    }
  },
})
