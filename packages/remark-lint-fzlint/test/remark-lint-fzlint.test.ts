/** remark-lint-fzlint inside a remark pipeline: fzlint findings become vfile messages with their own rule ids. */
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkLintFzlint from '../src/index.js'
import {MARKDOWN_DRAFT_LINES} from '../../../test/helpers/sample-drafts.js'

// A temporary folder: no fzlint config file above it, so the recommended rules apply.
const directory = mkdtempSync(join(tmpdir(), 'remark-lint-fzlint-'))
const draft = MARKDOWN_DRAFT_LINES.join('\n')
const complete = draft.replace(
  '## 二、2024年工作安排',
  '## 二、存在的不足和原因\n\n执法力量不足，主要原因是编制紧张。\n\n## 三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n县长主持会议研究4次。\n\n## 四、2024年工作安排',
)

function lint(text: string, ...options: unknown[]) {
  const file = new VFile({path: join(directory, 'draft.md'), value: text})
  return remark()
    .use(remarkLintFzlint as never, ...(options as never[]))
    .process(file)
}

describe('remark-lint-fzlint', () => {
  it('reports fzlint findings with the rule id, place, source, docs URL and fatal for errors', async () => {
    const file = await lint(draft)
    const missing = file.messages.filter((message) => message.ruleId === 'required-section')
    expect(missing).toHaveLength(2)
    expect(missing[0]!.reason).toMatch(/^缺少“存在的不足和原因”部分/u)
    expect(missing[1]!.reason).toMatch(/^缺少“党政主要负责人履行推进法治建设第一责任人职责情况”部分/u)
    for (const message of missing) {
      expect(message.source).toBe('fzlint')
      expect(message.fatal).toBe(true)
      expect(message.line).toBe(1)
      expect(message.column).toBe(1)
      expect(message.place).toEqual({start: {line: 1, column: 1}, end: {line: 1, column: 28}})
      expect(message.url).toMatch(/rules\/structure\/required-section\/README\.md$/u)
    }
    expect(file.messages.every((message) => message.source === 'fzlint' && message.ruleId !== 'fzlint')).toBe(true)
  })

  it('is silent on a report with every required section', async () => {
    const file = await lint(complete)
    expect(file.messages.filter((message) => message.ruleId === 'required-section')).toEqual([])
  })

  it('takes per-rule settings: a rule lowered to warn is not fatal, a rule turned off is not run', async () => {
    const lowered = await lint(draft, {ruleSettings: {'required-section': 'warn'}})
    const warnings = lowered.messages.filter((message) => message.ruleId === 'required-section')
    expect(warnings).toHaveLength(2)
    expect(warnings.every((message) => message.fatal === false)).toBe(true)
    const off = await lint(draft, {ruleSettings: {'required-section': 'off'}})
    expect(off.messages.filter((message) => message.ruleId === 'required-section')).toEqual([])
  })

  it('can be turned off like any remark-lint rule', async () => {
    expect((await lint(draft, false)).messages).toEqual([])
    expect((await lint(draft, ['off'])).messages).toEqual([])
    const asWarning = await lint(draft, ['warn', {ruleSettings: {'required-section': 'off'}}])
    expect(asWarning.messages.filter((message) => message.ruleId === 'required-section')).toEqual([])
  })
})
