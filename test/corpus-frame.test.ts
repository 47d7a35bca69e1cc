/** Frame and typography rules on the five real reports, through the built CLI. */
import {describe, expect, it} from 'vitest'
import {runCliJson} from './helpers/run-cli.js'

const RULES = new Set(['web-noise', 'document-title', 'document-signoff', 'unmatched-pair'])
const found = (slug: string) =>
  runCliJson([`fixtures/corpus/${slug}.txt`]).results[0]!.messages.filter((message) => RULES.has(message.ruleId ?? '')).map((message) => `${message.line}:${message.column} ${message.ruleId}`)

describe('frame and typography rules on the corpus', () => {
  it('fangxian-2023: the lost opening quote in 《关于构建一体六化”…》', () => {
    expect(found('fangxian-2023')).toContain('49:58 unmatched-pair')
  })
  it('yicheng-2020: page header, metadata and 供稿 lines; no sign-off', () => {
    const messages = found('yicheng-2020')
    // Lines 1–3 (header and breadcrumb, a blank line between) are one block of chrome, one finding.
    for (const expected of ['1:1 web-noise', '58:1 web-noise']) expect(messages).toContain(expected)
    expect(messages.some((message) => message.endsWith('document-signoff'))).toBe(true)
  })
  it('helong-2023: no title, no sign-off', () => {
    const messages = found('helong-2023')
    expect(messages).toContain('1:1 document-title')
    expect(messages.some((message) => message.endsWith('document-signoff'))).toBe(true)
  })
  it('dongguan-2018: header and footer residue, the lost “(” before 2018年), no sign-off', () => {
    const messages = found('dongguan-2018')
    // Consecutive chrome lines are one finding: the page title and 头部 (1–2), the page stamp and tool bar (4–5), the footer and the link notice (31–37).
    for (const expected of ['1:1 web-noise', '4:1 web-noise', '31:1 web-noise', '11:80 unmatched-pair']) {
      expect(messages).toContain(expected)
    }
    expect(messages.some((message) => message.endsWith('document-signoff'))).toBe(true)
  })
  it('gaoming-2023: none of these rules fires', () => {
    expect(found('gaoming-2023')).toEqual([])
  })
})
