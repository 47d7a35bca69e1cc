/** The fix machinery: one pass of edits, passes until stable, atomic write-back in the file's encoding, dry runs. */
import {chmod, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createRequire} from 'node:module'
import {defineRule, type LintMessage, type Rule} from '@fzlint/core'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {applyFixes, encodeText, fixFile, MAX_FIX_PASSES} from '../packages/cli/src/fix.js'

// `diff` is the CLI's dependency, so resolve it from there.
const {applyPatch} = createRequire(new URL('../packages/cli/package.json', import.meta.url))('diff') as {applyPatch(source: string, patch: string): string | false}

function fixMessage(range: [number, number], text: string, extra: Partial<LintMessage> = {}): LintMessage {
  return {ruleId: 'test', severity: 2, message: 'm', line: 1, column: 1, fix: [{range, text}], ...extra}
}

describe('applyFixes', () => {
  it('applies non-overlapping edits in source order', () => {
    const {text, appliedCount} = applyFixes('甲,乙,丙', [fixMessage([3, 4], '，'), fixMessage([1, 2], '，')])
    expect(text).toBe('甲，乙，丙')
    expect(appliedCount).toBe(2)
  })
  it('defers an edit that overlaps one already taken', () => {
    const {text, appliedCount} = applyFixes('abcdef', [fixMessage([1, 4], 'X'), fixMessage([3, 5], 'Y')])
    expect(text).toBe('aXef')
    expect(appliedCount).toBe(1)
  })
  it('applies the edits of one message together or not at all', () => {
    const quotes: LintMessage = {...fixMessage([1, 2], '“'), fix: [{range: [1, 2], text: '“'}, {range: [4, 5], text: '”'}]}
    expect(applyFixes('x"依法"', [quotes]).text).toBe('x“依法”')
    // The first edit of `quotes` overlaps an earlier fix, so its second edit must not go in alone.
    const blocked = applyFixes('x"依法"', [fixMessage([0, 2], 'Y'), quotes])
    expect(blocked).toEqual({text: 'Y依法"', appliedCount: 1})
  })
  it('takes only one of two insertions at the same point, and never a fix outside the text', () => {
    expect(applyFixes('ab', [fixMessage([1, 1], 'X'), fixMessage([1, 1], 'Y')]).text).toBe('aXb')
    expect(applyFixes('ab', [fixMessage([1, 9], 'X'), fixMessage([2, 1], 'Y')])).toEqual({text: 'ab', appliedCount: 0})
  })
  it('ignores fatal messages and messages without fixes', () => {
    expect(applyFixes('ab', [fixMessage([0, 1], 'X', {fatal: true}), {ruleId: 'x', severity: 1, message: 'm', line: 1, column: 1}]).appliedCount).toBe(0)
  })
})

describe('encodeText', () => {
  it('writes GB18030 (four-byte sequences included), UTF-16 and UTF-8 with or without BOM', async () => {
    const text = '法治政府€𠀀\r\n'
    for (const encoding of ['gb18030', 'utf-16le', 'utf-16be', 'utf-8'] as const) {
      for (const hasBom of encoding === 'gb18030' ? [false] : [false, true]) {
        const bytes = await encodeText(text, encoding, hasBom)
        expect(new TextDecoder(encoding, {ignoreBOM: false, fatal: true}).decode(bytes)).toBe(text)
        const startsWithBom = new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes).startsWith('\uFEFF')
        expect(startsWithBom).toBe(hasBom)
      }
    }
    // 法 is 0xB7A8 in GB2312; U+20000 is a four-byte GB18030 sequence.
    expect([...await encodeText('法𠀀', 'gb18030', false)]).toEqual([0xb7, 0xa8, 0x95, 0x32, 0x82, 0x36])
  })
})

// A rule of this test's own: a half-width comma after a CJK character becomes full-width, one comma per
// message, so fixes are independent and the tests do not hang on the real rules being written concurrently.
const fullWidthComma = defineRule({
  meta: {
    id: 'test-full-width-comma',
    type: 'layout',
    defaultSeverity: 'warn',
    recommended: false,
    fixable: true,
    docs: {description: '中文后用全角逗号'},
    messages: {halfWidth: '中文后应为全角逗号'},
  },
  create(context) {
    return {
      'report:exit'() {
        for (const match of context.source.matchAll(/(?<=[\u4e00-\u9fff]),/gu)) {
          context.report({messageId: 'halfWidth', range: [match.index, match.index + 1], fix: {range: [match.index, match.index + 1], text: '，'}})
        }
      },
    }
  },
})

// Reports only the first `!!` each time, so each pass fixes one and the next lint finds the next: a cascade.
const collapseOneAtATime = defineRule({
  meta: {
    id: 'test-collapse',
    type: 'layout',
    defaultSeverity: 'warn',
    recommended: false,
    fixable: true,
    docs: {description: '逐个合并'},
    messages: {double: '重复的感叹号'},
  },
  create(context) {
    return {
      'report:exit'() {
        const index = context.source.indexOf('!!')
        if (index >= 0) context.report({messageId: 'double', range: [index, index + 2], fix: {range: [index, index + 2], text: '!'}})
      },
    }
  },
})

const deleteEverything = defineRule({
  meta: {
    id: 'test-delete-all',
    type: 'layout',
    defaultSeverity: 'warn',
    recommended: false,
    fixable: true,
    docs: {description: '删除全部'},
    messages: {all: '删除全部'},
  },
  create(context) {
    return {
      'report:exit'() {
        if (context.source.trim() !== '') context.report({messageId: 'all', range: [0, 1], fix: {range: [0, context.source.length], text: ''}})
      },
    }
  },
})

function optionsFor(rules: Rule[], isDryRun = false) {
  return {lint: {rules: rules.map((rule) => ({rule, severity: 1 as const}))}, isDryRun, displayPath: 'report.txt'}
}

const REPORT = ['某县2023年度法治政府建设情况的报告', '一、主要举措和成效', '全面推行行政执法公示,执法全过程记录,重大执法决定法制审核。', ''].join('\r\n')
const FIXED = REPORT.replaceAll('公示,', '公示，').replaceAll('记录,', '记录，')

describe('fixFile', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fzlint-fix-'))
  })
  afterEach(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('writes the fixed text, keeps CRLF and the file mode, and leaves no temporary file', async () => {
    const path = join(folder, 'report.txt')
    await writeFile(path, REPORT)
    await chmod(path, 0o640)
    const output = await fixFile(path, optionsFor([fullWidthComma]))
    expect(output.isChanged).toBe(true)
    expect(await readFile(path, 'utf8')).toBe(FIXED)
    expect((await stat(path)).mode & 0o777).toBe(0o640)
    expect(await readdir(folder)).toEqual(['report.txt'])
    expect(output.result.messages.filter((message) => message.fix)).toEqual([])
    // A second run has nothing left to do.
    const again = await fixFile(path, optionsFor([fullWidthComma]))
    expect(again.isChanged).toBe(false)
    expect(await readFile(path, 'utf8')).toBe(FIXED)
  })

  it('keeps a GB18030 file GB18030, byte for byte outside the fixes', async () => {
    const path = join(folder, 'report.txt')
    await writeFile(path, await encodeText(REPORT, 'gb18030', false))
    const output = await fixFile(path, optionsFor([fullWidthComma]))
    expect(output.result.encoding).toBe('gb18030')
    expect(Buffer.compare(await readFile(path), Buffer.from(await encodeText(FIXED, 'gb18030', false)))).toBe(0)
  })

  it('keeps a UTF-8 byte-order mark and a UTF-16 encoding', async () => {
    const utf8 = join(folder, 'bom.txt')
    await writeFile(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)]))
    await fixFile(utf8, optionsFor([fullWidthComma]))
    expect([...(await readFile(utf8)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect((await readFile(utf8)).subarray(3).toString('utf8')).toBe(FIXED)

    const utf16 = join(folder, 'utf16.txt')
    await writeFile(utf16, await encodeText(REPORT, 'utf-16le', true))
    await fixFile(utf16, optionsFor([fullWidthComma]))
    expect(Buffer.compare(await readFile(utf16), Buffer.from(await encodeText(FIXED, 'utf-16le', true)))).toBe(0)
  })

  it('re-lints until stable, stopping after the pass limit', async () => {
    const path = join(folder, 'report.txt')
    await writeFile(path, `${REPORT}${'!'.repeat(MAX_FIX_PASSES + 3)}\r\n`)
    const output = await fixFile(path, optionsFor([collapseOneAtATime]))
    // Each pass merges one pair: after ten passes three marks remain, and the result still reports them.
    expect(await readFile(path, 'utf8')).toBe(`${REPORT}!!!\r\n`)
    expect(output.result.messages.filter((message) => message.ruleId === 'test-collapse')).toHaveLength(1)
    await fixFile(path, optionsFor([collapseOneAtATime]))
    expect(await readFile(path, 'utf8')).toBe(`${REPORT}!\r\n`)
  })

  it('leaves a file untouched when the fixed text would not parse', async () => {
    const path = join(folder, 'report.txt')
    await writeFile(path, REPORT)
    const output = await fixFile(path, optionsFor([deleteEverything]))
    expect(output.isChanged).toBe(false)
    expect(output.skippedReason).toMatch(/无法解析.*would not parse/u)
    expect(await readFile(path, 'utf8')).toBe(REPORT)
    expect(output.result.messages.some((message) => message.ruleId === 'test-delete-all')).toBe(true)
  })

  it('changes no byte in a dry run and returns a patch that applies', async () => {
    const path = join(folder, 'report.txt')
    await writeFile(path, REPORT)
    const before = await stat(path)
    const output = await fixFile(path, optionsFor([fullWidthComma], true))
    expect(await readFile(path, 'utf8')).toBe(REPORT)
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs)
    expect(output.patch).toMatch(/^--- a\/report\.txt\n\+\+\+ b\/report\.txt\n/mu)
    expect(applyPatch(REPORT, output.patch!)).toBe(FIXED)
  })

  it('does not fix extracted text (.html): suggestions only', async () => {
    const path = join(folder, 'report.html')
    const html = `<html><body><p>某县2023年度法治政府建设情况的报告</p><p>一、主要举措和成效</p><p>全面推行行政执法公示,执法全过程记录。</p></body></html>`
    await writeFile(path, html)
    const output = await fixFile(path, optionsFor([fullWidthComma]))
    expect(output.isChanged).toBe(false)
    expect(output.skippedReason).toContain('html')
    expect(await readFile(path, 'utf8')).toBe(html)
    expect(output.result.fixableWarningCount).toBe(1)
  })
})
