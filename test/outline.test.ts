/** `fzlint outline` and `--format json` match their committed JSON Schemas and tell the skeleton of each real report. */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'

const ajv = new Ajv2020({allErrors: true, strict: false})
const validateOutline = ajv.compile(JSON.parse(readFileSync(join(repositoryRoot, 'schemas/outline.schema.json'), 'utf8')))
const validateResults = ajv.compile(JSON.parse(readFileSync(join(repositoryRoot, 'schemas/results.schema.json'), 'utf8')))

interface OutlineSection {
  kind: string | null
  text: string
  line: number
  depth: number
  children: OutlineSection[]
}

function outline(slug: string) {
  const run = runCli(['outline', `fixtures/corpus/${slug}.txt`])
  expect(run.status, run.stderr).toBe(0)
  const parsed = JSON.parse(run.stdout)
  expect(validateOutline(parsed), JSON.stringify(validateOutline.errors)).toBe(true)
  return parsed as {title: {text: string; line: number} | null; year: number | null; sections: OutlineSection[]; signoff: {issuer: string | null; date: string | null; line: number} | null}
}

describe('fzlint outline', () => {
  it('gaoming-2023: title, year, the three top-level parts and the sign-off', () => {
    const result = outline('gaoming-2023')
    expect(result.title).toEqual({text: '佛山市高明区人民政府关于2023年度法治政府建设工作的报告', line: 1})
    expect(result.year).toBe(2023)
    expect(result.sections.map((section) => [section.kind, section.text, section.line, section.depth])).toEqual([
      ['measures', '主要举措和成效', 17, 1],
      ['shortcomings', '存在不足及原因', 71, 1],
      ['plans', '2024年主要工作安排', 81, 1],
    ])
    expect(result.sections[0]!.children[0]!.children[1]).toMatchObject({kind: null, line: 23, depth: 3})
    expect(result.signoff).toEqual({issuer: '佛山市高明区人民政府', date: '2023-12-19', line: expect.any(Number)})
  })

  it('dongguan-2018: web-page residue before the title is not the title', () => {
    const result = outline('dongguan-2018')
    expect(result.title).toEqual({text: '东莞市2018年法治政府建设情况报告', line: 3})
    expect(result.sections.map((section) => section.kind)).toEqual(['measures', 'plans'])
    expect(result.signoff).toBeNull()
  })

  it('helong-2023 starts with its body: no title, year from the opening paragraph', () => {
    const result = outline('helong-2023')
    expect(result.title).toBeNull()
    expect(result.year).toBe(2023)
    expect(result.sections.map((section) => section.kind)).toEqual(['measures', 'shortcomings', 'plans'])
  })

  it('yicheng-2020: site banner skipped; four parts in order', () => {
    const result = outline('yicheng-2020')
    expect(result.title?.text).toBe('中共峄城区委 峄城区人民政府关于2020年度法治政府建设情况的报告')
    expect(result.sections.map((section) => section.kind)).toEqual(['measures', 'shortcomings', 'duty', 'plans'])
  })

  it('fangxian-2023: a date with no issuing body', () => {
    const result = outline('fangxian-2023')
    expect(result.signoff).toMatchObject({issuer: null, date: '2024-02-28'})
  })

  it('a missing file is a one-line error with exit code 2', () => {
    const run = runCli(['outline', 'fixtures/corpus/nope.txt'])
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('文件不存在 / no such file')
  })
})

describe('--format json', () => {
  it('matches schemas/results.schema.json', () => {
    const {results} = runCliJson(['fixtures/corpus'])
    expect(results).toHaveLength(5)
    expect(validateResults(results), JSON.stringify(validateResults.errors)).toBe(true)
    for (const result of results) {
      expect(result.errorCount).toBe(result.messages.filter((message) => message.severity === 2).length)
      expect(result.encoding).toBe('utf-8')
    }
  })
})

describe('CLI basics', () => {
  it('usage errors exit 2 without a stack trace', () => {
    for (const args of [['--format', 'xml', 'fixtures/corpus'], ['--max-warnings', 'many', 'fixtures/corpus'], ['--bogus'], []]) {
      const run = runCli(args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).not.toMatch(/\n\s+at /u)
    }
  })

  it('--max-warnings turns too many warnings into exit 1; --quiet shows errors only', () => {
    const helong = 'fixtures/corpus/helong-2023.txt'
    const warnings = runCliJson([helong]).results[0]!.warningCount
    expect(warnings).toBeGreaterThan(0)
    const over = runCli(['--max-warnings', String(warnings - 1), '--format', 'json', helong])
    expect(over.status).toBe(1)
    const quiet = runCliJson(['--quiet', helong])
    expect(quiet.results[0]!.messages.every((message) => message.severity === 2)).toBe(true)
  })

  it('stylish prints Chinese messages grouped by file and a summary line', () => {
    const run = runCli(['fixtures/corpus/dongguan-2018.txt'])
    expect(run.stdout).toContain('fixtures/corpus/dongguan-2018.txt')
    expect(run.stdout).toMatch(/✖ \d+ 个问题（\d+ 个错误，\d+ 个警告）/u)
    expect(run.stdout).not.toContain('\u001B[')
  })
})
