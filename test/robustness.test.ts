/**
 * Issue 18, bounded time and memory on any input: each case that crashed, hung or ran Node out of memory, now read,
 * declined or refused with a clear message. (Scaling with input size: scaling.test.ts; random inputs: fuzz.test.ts.)
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintText, type ConfiguredRule} from '@fzlint/core'
import {MAX_MESSAGES_PER_RULE} from '../packages/core/src/engine/lint.js'
import {decodeBytes, InputError} from '@fzlint/core/io'
import {builtinRules} from '@fzlint/builtin'
import {findNumbers} from '../packages/core/src/text/numbers.js'
import {formatListNumber, MAX_LIST_START} from '../packages/core/src/io/docx-numbering.js'
import {MAX_DOCX_PARAGRAPHS, readDocx} from '../packages/core/src/io/read-docx.js'
import {createSourcePositionMap, MAX_HTML_DEPTH, readHtml} from '../packages/core/src/io/read-html.js'
import {REVIEWED_LINEAR_PATTERNS} from '../packages/core/src/data/reviewed-patterns.js'
import {maxJobs, parseJobs} from '../packages/pool/src/run-options.js'
import {buildDocx, docxParagraph} from '../bench/pathological-inputs.js'
import {runCli} from './helpers/run-cli.js'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

function ruleNamed(id: string): ConfiguredRule {
  return {rule: builtinRules.find((rule) => rule.meta.id === id)!, severity: 2, options: undefined}
}

async function problemOf(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

/** A numbering part with one list of `format` starting at `start` (as written), used by numId 1. */
function numberingStartingAt(format: string, start: string, override = ''): string {
  return `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>${override}</w:num></w:numbering>`
}

const NUMBERED = docxParagraph('甲', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')

describe('figures of any length and size', () => {
  it('reads a rate with more than 100 decimals without throwing, and rate-consistency still reports the real mismatch', () => {
    const text = [
      '某区人民政府关于2023年度法治政府建设情况的报告',
      '一、主要举措和成效',
      `全年受理案件3件，办结2件，办结率33.${'3'.repeat(120)}%。`,
      '全年受理案件200件，办结100件，办结率60%。',
    ].join('\n')
    expect(() => findNumbers(text)).not.toThrow()
    const messages = lintText(text, {rules: [ruleNamed('rate-consistency')]}).result.messages
    expect(messages.filter((message) => message.fatal)).toEqual([])
    expect(messages.map((message) => message.line)).toEqual([3, 4])
  })

  it('declines a count too large for a double (1e400) and Chinese numerals of 10^12, without throwing', () => {
    const huge = `共有1${'0'.repeat(400)}件，其中1件，占比${'9'.repeat(400)}.5%；一万亿件；一千万亿件；百分之${'九'.repeat(300)}点${'九'.repeat(300)}。`
    const mentions = findNumbers(huge)
    expect(mentions.every((mention) => Number.isFinite(mention.value) && mention.decimals <= 20)).toBe(true)
    expect(mentions.some((mention) => mention.value === 1)).toBe(true)
    expect(lintText(`一、举措\n${huge}`, {rules: builtinRules.map((rule) => ({rule, severity: 2 as const, options: undefined}))}).result.messages.filter((message) => message.fatal)).toEqual([])
  })
})

describe('.docx numbering and size bounds', () => {
  it('refuses a list starting at 10^12 in lowerRoman (it ran Node out of memory) with the reason', async () => {
    const bytes = await buildDocx(NUMBERED, numberingStartingAt('lowerRoman', '1000000000000'))
    const problem = await problemOf(readDocx(bytes, 'roman.docx', {}))
    expect(problem.message).toMatch(/^roman\.docx: .*1000000000000 超出 0–32767 .*list start 1000000000000 outside 0–32767/u)
  })

  it('refuses a huge start in lowerLetter and in a start override ("Invalid string length")', async () => {
    const letters = await buildDocx(NUMBERED, numberingStartingAt('lowerLetter', '99999999999'))
    expect((await problemOf(readDocx(letters, 'letters.docx', {}))).problem).toBe('unsupported')
    const override = await buildDocx(NUMBERED, numberingStartingAt('lowerLetter', '1', '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4294967296"/></w:lvlOverride>'))
    expect((await problemOf(readDocx(override, 'override.docx', {}))).message).toContain('4294967296')
  })

  it('writes labels in time proportional to their digits, in digits past roman 3999 and letters zzzz', async () => {
    expect(formatListNumber(1e12, 'lowerRoman')).toBe('1000000000000')
    expect(formatListNumber(1e12, 'upperLetter')).toBe('1000000000000')
    expect(formatListNumber(3999, 'upperRoman')).toBe('MMMCMXCIX')
    expect(formatListNumber(28, 'lowerLetter')).toBe('bb')
    const text = (await readDocx(await buildDocx(NUMBERED.repeat(3), numberingStartingAt('lowerRoman', String(MAX_LIST_START))), 'top.docx', {})).text
    expect(text.split('\n')).toEqual(['32767.甲', '32768.甲', '32769.甲'])
  })

  it('refuses XML nested past its limit with a message naming the file, not "not well-formed"', async () => {
    const nested = '<w:sdt><w:sdtContent>'.repeat(1000) + docxParagraph('一、甲') + '</w:sdtContent></w:sdt>'.repeat(1000)
    const problem = await problemOf(readDocx(await buildDocx(nested), 'deep.docx', {}))
    expect(problem.problem).toBe('unsupported')
    expect(problem.message).toMatch(/^deep\.docx: .*嵌套超过 128 层.*nested more than 128 deep/u)
  })

  it(`refuses more than ${MAX_DOCX_PARAGRAPHS} paragraphs`, async () => {
    const bytes = await buildDocx('<w:p><w:r><w:t>甲</w:t></w:r></w:p>'.repeat(MAX_DOCX_PARAGRAPHS + 1))
    const problem = await problemOf(readDocx(bytes, 'long.docx', {}))
    expect(problem.message).toContain(`more than ${MAX_DOCX_PARAGRAPHS} paragraphs`)
  })
})

describe('--jobs', () => {
  it('caps the workers at the machine’s bound with a note (99,999 workers ran the process out of memory)', () => {
    const notes: string[] = []
    expect(parseJobs('99999', (note) => notes.push(note))).toBe(maxJobs())
    expect(notes.join('')).toMatch(/--jobs 99999 超过本机可用的上限.*running \d+ at once/u)
    expect(parseJobs(`1${'0'.repeat(400)}`, () => {})).toBe(maxJobs())
    const quiet: string[] = []
    expect(parseJobs('2', (note) => quiet.push(note))).toBe(2)
    expect(quiet).toEqual([])
  })
})

describe('data patterns in configuration', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-redos-'))
  writeFileSync(join(folder, 'report.txt'), `某区人民政府关于2023年度法治政府建设情况的报告\n${'a'.repeat(41)}!\n`)

  function runWithNoisePattern(pattern: string) {
    writeFileSync(join(folder, '.fzlintrc.json'), JSON.stringify({data: {noise: [{pattern, label: '测试', source: '[S1]', example: 'aaa'}]}}))
    return runCli(['report.txt'], {cwd: folder})
  }

  it('refuses a super-linear pattern (^(a+)+$ hung on 41 characters) as a configuration error naming file, field and pattern', () => {
    const run = runWithNoisePattern('^(a+)+$')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('.fzlintrc.json')
    expect(run.stderr).toContain('/data/noise/0/pattern')
    expect(run.stderr).toContain('"^(a+)+$"')
    expect(run.stderr).toMatch(/嵌套量词.*ReDoS/u)
  })

  it('refuses a pattern that does not compile as a configuration error (it crashed the rule in every file, exit 1)', () => {
    const run = runWithNoisePattern('(')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/\/data\/noise\/0\/pattern: 无法编译的正则表达式 \/ not a valid regular expression/u)
    expect(run.stdout).not.toContain('rule crashed')
  })

  it('accepts the reviewed built-in patterns and each stays fast on text built to make a backtracking engine struggle', () => {
    for (const pattern of REVIEWED_LINEAR_PATTERNS.keys()) {
      const expression = new RegExp(pattern, 'u')
      const attacks = ['首页 \t | 首页  · 首页 '.repeat(2000) + 'X', '简体   繁体   '.repeat(2000) + 'X', `二十届${'一中 、 二中 和 '.repeat(2000)}X`]
      for (const attack of attacks) {
        const start = performance.now()
        expression.test(attack)
        // Exponential backtracking takes seconds at 14 repetitions; these have thousands.
        expect(performance.now() - start).toBeLessThan(1000)
      }
    }
  })
})

describe('HTML', () => {
  it('reads a UTF-8 page that declares utf-16le in a meta tag as UTF-8 (the HTML standard)', async () => {
    const page = new TextEncoder().encode('<html><head><meta charset="utf-16le"></head><body><p>一、主要举措和成效</p></body></html>')
    const input = await readHtml(page, 'page.html', {})
    expect(input.encoding).toBe('utf-8')
    expect(input.text).toBe('一、主要举措和成效')
  })

  it('never places a position between the \\r and \\n of a line break (found by pnpm fuzz: a column past the line)', () => {
    // 'ab', then the line break, which the extracted text holds as one \n taken from the \r.
    const map = createSourcePositionMap('ab\r\ncd', [0, 1, 2])
    expect(map.toOriginal(3)).toEqual({line: 1, column: 3})
  })

  it('refuses 100,000 nested <div> (Maximum call stack size exceeded) with a bilingual message naming the file', async () => {
    const page = new TextEncoder().encode(`<html><body>${'<div>一、'.repeat(100_000)}${'</div>'.repeat(100_000)}</body></html>`)
    const problem = await problemOf(readHtml(page, 'deep.html', {}))
    expect(problem.message).toMatch(new RegExp(`^deep\\.html: 网页元素嵌套 \\d+ 层，超过上限 ${MAX_HTML_DEPTH} 层.* / elements nested \\d+ deep`, 'u'))
  })
})

describe('findings per rule', () => {
  it(`lists at most ${MAX_MESSAGES_PER_RULE} of one rule in one file and counts the rest (10 MB of 一、 gave millions and 4 GB)`, () => {
    const text = Array.from({length: 3000}, (_, index) => `一、事项${index}`).join('\n')
    const messages = lintText(text, {rules: [ruleNamed('empty-section')]}).result.messages
    expect(messages.filter((message) => message.ruleId === 'empty-section' && message.severity === 2)).toHaveLength(MAX_MESSAGES_PER_RULE)
    const closing = messages.filter((message) => message.severity === 1)
    expect(closing).toHaveLength(1)
    expect(closing[0]!.message).toBe(`规则 empty-section 在此文件中另有 2000 处问题未列出（每条规则每个文件最多列出 1000 处）/ 2000 more findings of empty-section not listed (at most 1000 per rule and file)`)
  })
})

describe('Markdown', () => {
  it('refuses block quotes or lists nested past the limit (100,000 > took a minute, 2,000 nested items six) naming the line', () => {
    for (const source of ['>'.repeat(100_000) + ' 一、甲\n', Array.from({length: 2000}, (_, index) => `${' '.repeat(index * 2)}- 甲`).join('\n')]) {
      const start = performance.now()
      const messages = lintText(source, {path: 'deep.md', syntax: 'markdown', rules: []}).result.messages
      expect(performance.now() - start).toBeLessThan(5000)
      expect(messages).toHaveLength(1)
      expect(messages[0]!.fatal).toBe(true)
      expect(messages[0]!.message).toMatch(/第 \d+ 行的 Markdown 引用或列表嵌套超过 32 层 \/ line \d+: Markdown block quotes or lists nested more than 32 deep/u)
    }
  })
})

describe('UTF-16 without a byte-order mark', () => {
  const text = '某区人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n'

  function encodeUtf16(value: string, isBigEndian: boolean): Uint8Array {
    const bytes = new Uint8Array(value.length * 2)
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      bytes[2 * index + (isBigEndian ? 1 : 0)] = code & 0xff
      bytes[2 * index + (isBigEndian ? 0 : 1)] = code >> 8
    }
    return bytes
  }

  it('is recognised by where its NUL bytes fall, little- and big-endian', () => {
    expect(decodeBytes(encodeUtf16(text, false), 'le.txt')).toEqual({text, encoding: 'utf-16le', hasBom: false})
    expect(decodeBytes(encodeUtf16(text, true), 'be.txt')).toEqual({text, encoding: 'utf-16be', hasBom: false})
  })

  it('leaves binary data binary, with a hint about --encoding', () => {
    let problem: unknown
    try {
      decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'image.txt')
    } catch (error) {
      problem = error
    }
    expect(problem).toBeInstanceOf(InputError)
    expect((problem as InputError).problem).toBe('binary')
    expect((problem as InputError).message).toMatch(/--encoding utf-16le/u)
  })
})
