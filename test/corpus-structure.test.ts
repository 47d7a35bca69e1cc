/** Issue 5's acceptance: the structure rules on the five real reports, through the real CLI and its JSON. */
import {describe, expect, it} from 'vitest'
import type {LintMessage} from '@fzlint/core'
import {runCliJson} from './helpers/run-cli.js'

const STRUCTURE_RULES = ['section-order', 'shortcomings-cause', 'empty-section', 'numbering-sequence', 'numbering-style']

interface Expected {
  ruleId: string
  line: number
  column: number
  /** Checked against the message's data. */
  data: Record<string, unknown>
}

// Everything the five structure rules report on each report; anything else is a false positive.
const expected: Record<string, Expected[]> = {
  'fangxian-2023': [{ruleId: 'shortcomings-cause', line: 79, column: 1, data: {section: 'shortcomings', heading: '二、存在的主要问题'}}],
  'yicheng-2020': [{ruleId: 'shortcomings-cause', line: 33, column: 1, data: {section: 'shortcomings', heading: '二、推进法治政府建设存在的不足'}}],
  'dongguan-2018': [
    {
      ruleId: 'numbering-sequence',
      line: 21,
      column: 147,
      data: {kind: 'inline', actual: 2, expected: 1, marker: '二是', heading: '(六)依法有效化解社会矛盾方面。'},
    },
  ],
  'gaoming-2023': [],
  'helong-2023': [],
}

describe('structure rules on the bundled reports (CLI, JSON)', () => {
  const {results} = runCliJson(['fixtures/corpus'])
  const structureMessages = (slug: string): LintMessage[] => {
    const result = results.find((candidate) => candidate.filePath.endsWith(`${slug}.txt`))
    expect(result, `no result for ${slug}`).toBeDefined()
    return result!.messages.filter((message) => STRUCTURE_RULES.includes(message.ruleId ?? ''))
  }

  for (const [slug, findings] of Object.entries(expected)) {
    it(`${slug}: ${findings.length === 0 ? 'no structure finding' : findings.map((finding) => finding.ruleId).join(', ')}`, () => {
      const messages = structureMessages(slug)
      expect(messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)).toEqual(
        findings.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column}`),
      )
      findings.forEach((finding, index) => {
        const message = messages[index]!
        expect(message.data).toMatchObject(finding.data)
        expect(message.severity).toBe(finding.ruleId === 'numbering-sequence' ? 2 : 1)
      })
    })
  }

  it('dongguan-2018: the finding points at the 二是 itself, in the source text', () => {
    const [message] = structureMessages('dongguan-2018')
    expect(message!.message).toContain('“二是”之前缺少“一是”')
    expect([message!.endLine, message!.endColumn]).toEqual([21, 149])
  })

  it('shortcomings-cause names the regulation and the heading', () => {
    for (const slug of ['fangxian-2023', 'yicheng-2020']) {
      const [message] = structureMessages(slug)
      expect(message!.message).toContain('法治政府建设与责任落实督察工作规定')
      expect(message!.message).toContain(String(message!.data?.heading))
    }
  })
})
