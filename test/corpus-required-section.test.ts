/** Issue 4's acceptance: required-section on the five real reports, through the real CLI and its JSON. */
import {describe, expect, it} from 'vitest'
import {runCliJson} from './helpers/run-cli.js'

const expected: Record<string, {section: string; found: string; line: number; heading?: string}[]> = {
  'gaoming-2023': [{section: 'duty', found: 'nested', line: 23, heading: '健全完善法治政府建设推进机制'}],
  'fangxian-2023': [{section: 'duty', found: 'nested', line: 21, heading: '压实法治政府建设第一责任'}],
  'helong-2023': [{section: 'duty', found: 'nested', line: 3, heading: '深入学习贯彻习近平法治思想,压实'}],
  'dongguan-2018': [
    {section: 'shortcomings', found: 'absent', line: 3},
    {section: 'duty', found: 'absent', line: 3},
  ],
  'yicheng-2020': [],
}

describe('required-section on the bundled reports (CLI, JSON)', () => {
  const {results, status} = runCliJson(['fixtures/corpus'])

  it('exits 1 because some reports have errors', () => {
    expect(status).toBe(1)
  })

  for (const [slug, findings] of Object.entries(expected)) {
    it(`${slug}: ${findings.length === 0 ? 'nothing' : findings.map((f) => `${f.section} ${f.found}`).join(', ')}`, () => {
      const result = results.find((candidate) => candidate.filePath.endsWith(`${slug}.txt`))
      expect(result).toBeDefined()
      const messages = result!.messages.filter((message) => message.ruleId === 'required-section')
      expect(messages.map((message) => ({section: message.data?.section, found: message.data?.found, line: message.line}))).toEqual(
        findings.map(({section, found, line}) => ({section, found, line})),
      )
      for (const [index, finding] of findings.entries()) {
        const message = messages[index]!
        expect(message.severity).toBe(finding.found === 'nested' ? 1 : 2)
        expect(message.message).toContain('法治政府建设与责任落实督察工作规定')
        if (finding.heading) expect(message.message).toContain(finding.heading)
      }
    })
  }

  it('points nested findings at the heading\'s first character (gaoming indents with two spaces)', () => {
    const gaoming = results.find((result) => result.filePath.endsWith('gaoming-2023.txt'))!
    const nested = gaoming.messages.find((message) => message.ruleId === 'required-section')!
    expect([nested.line, nested.column]).toEqual([23, 3])
  })
})
