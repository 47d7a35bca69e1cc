/** Reports an addressee (主送机关) the reporting body does not report to under 督察工作规定. */
import {defineRule, noOptions} from '@fzlint/core'
import {addresseesData, type AddresseeEntry} from './data.js'

const PROFILE_LABELS = {government: '县级以上地方政府', department: '政府部门', township: '乡镇、街道'} as const

/**
 * Each profile entry's patterns compiled once, not on every report: the data is loaded once (context.data), and the
 * array a fresh map() made per report also deoptimised the optimised test loop over it.
 */
const compiledPatterns = new WeakMap<AddresseeEntry, RegExp[]>()

function patternsOf(entry: AddresseeEntry): RegExp[] {
  let patterns = compiledPatterns.get(entry)
  if (!patterns) {
    patterns = []
    for (const pattern of entry.patterns) patterns.push(new RegExp(pattern, 'u'))
    compiledPatterns.set(entry, patterns)
  }
  return patterns
}

export default defineRule({
  meta: {
    id: 'document-addressee',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    docs: {
      description: '主送机关应是报告主体依规定报告的机关',
      basis: '《法治政府建设与责任落实督察工作规定》：县级以上地方政府向同级党委、人大常委会报告；政府部门向本级党委和政府、上一级政府有关部门报告；乡镇党委和政府向上一级党委和政府报告',
    },
    messages: {
      unexpected: '主送机关“{addressee}”不是{profileLabel}的报告对象：《法治政府建设与责任落实督察工作规定》要求向{reportsTo}报告',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        const addressee = document.addressee
        const profile = context.settings.profile
        if (!addressee || !profile) return
        const entry = context.data(addresseesData).find((candidate) => candidate.profile === profile)
        if (!entry) return
        const patterns = patternsOf(entry)
        const names = addressee.text.replace(/[：:]\s*$/u, '').split(/[、，,；;\s]+/u).filter((name) => name !== '')
        for (const name of names) {
          if (patterns.some((pattern) => pattern.test(name))) continue
          context.report({
            messageId: 'unexpected',
            node: addressee.node,
            data: {addressee: name, profile, profileLabel: PROFILE_LABELS[profile], reportsTo: entry.reportsTo},
          })
        }
      },
    }
  },
})
