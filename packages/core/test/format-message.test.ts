import {describe, expect, it} from 'vitest'
import {compileTemplate, formatCompiled, formatMessage} from '../src/rule/define-rule.js'

/** The filling as it was written before templates were cut once: one replace() with a callback. */
function formatByReplace(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in data ? String(data[key]) : whole))
}

const TEMPLATES = [
  '',
  '没有占位符',
  '{label}',
  '{a}{b}',
  '缺少“{label}”部分：要求年度报告写明{clause}{label}',
  '{unknown} 与 {label}',
  '{ label } {} {-x} {{label}} {label',
  '{toString}{constructor}',
  '第{count}行，{count}处',
]
const DATA: (Record<string, unknown> | undefined)[] = [
  undefined,
  {},
  {label: '不足', clause: '第二项', a: 1, b: null, count: 0},
  {label: '{clause}', clause: '$&', a: undefined, b: [1, 2]},
  Object.assign(Object.create({label: 'inherited'}) as Record<string, unknown>, {count: 3}),
]

describe('formatMessage', () => {
  it('fills a template as the replace() it stands for does', () => {
    for (const template of TEMPLATES) {
      const compiled = compileTemplate(template)
      for (const data of DATA) {
        expect(formatMessage(template, data), `${template} ${JSON.stringify(data)}`).toBe(formatByReplace(template, data))
        expect(formatCompiled(compiled, data), `${template} ${JSON.stringify(data)}`).toBe(formatByReplace(template, data))
      }
    }
  })
})
