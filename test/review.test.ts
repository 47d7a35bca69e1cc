/** `fzlint review` end to end: the matrix on stdout, CSV/JSON summaries, a bad file listed, pairing across years, the cache. */
import {readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {ReviewRecord} from '@fzlint/review'
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync} from 'node:fs'
import {cliPath, repositoryRoot} from './helpers/run-cli.js'
import {CORPUS_NAMES, makeReviewFolder} from './review-fixtures.js'

interface JsonSummary {
  summary: {reports: number; failures: number; byRule: {ruleId: string}[]}
  reports: ReviewRecord[]
}

const REPORT_COUNT = CORPUS_NAMES.length + 3
/** Whole batches on a shared 2-core machine: a longer limit than the helper's 60 s, never an endless wait. */
const BATCH_TIMEOUT_MS = 240_000

function runCli(args: string[], options: {cwd?: string} = {}) {
  const child = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repositoryRoot,
    env: {...process.env, NO_COLOR: '1'},
    encoding: 'utf8',
    timeout: BATCH_TIMEOUT_MS,
  })
  return {status: child.status, stdout: child.stdout, stderr: child.stderr}
}

describe('fzlint review', {timeout: BATCH_TIMEOUT_MS}, () => {
  let folder: string
  let first: ReturnType<typeof runCli>
  let json: JsonSummary
  beforeAll(() => {
    folder = makeReviewFolder()
    first = runCli(['review', 'reports', '--cache', '--jobs', '2', '--report', 'out/summary.csv', '--report', 'out/summary.json'], {cwd: folder})
    json = JSON.parse(readFileSync(join(folder, 'out/summary.json'), 'utf8')) as JsonSummary
  }, BATCH_TIMEOUT_MS)
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  const recordOf = (name: string) => json.reports.find((record) => record.filePath.endsWith(`/${name}`))!

  it('lists every report, the unreadable one with its reason, and exits 2 because one could not be processed', () => {
    expect(first.status).toBe(2)
    const lines = first.stdout.trim().split('\n')
    expect(lines.filter((line) => /^[✓✗] /u.test(line))).toHaveLength(REPORT_COUNT)
    expect(first.stdout).toMatch(/✗ reports\/broken\.txt {2}无法处理 \/ not processed: .*二进制文件/u)
    expect(first.stdout).toContain(`共 ${REPORT_COUNT} 份报告`)
    expect(first.stderr).not.toMatch(/\n\s+at /u)
  })

  it('the JSON summary has one record per report, with body, year, profile and section presence', () => {
    expect(json.summary.reports).toBe(REPORT_COUNT)
    expect(json.summary.failures).toBe(1)
    const helong = recordOf('helong-2023.txt')
    expect(helong.profile).toBe('township')
    expect(helong.year).toBe(2023)
    expect(helong.issuer).toBe('鹤龙街')
    expect(helong.sections?.duty.status).toBe('nested')
    const yunxi = recordOf('yunxi-2023.txt')
    expect(yunxi).toMatchObject({issuer: '云溪区人民政府', year: 2023, profile: 'government'})
    expect(Object.values(yunxi.sections!).map((presence) => presence.status)).toEqual(['present', 'present', 'present', 'present'])
  })

  it('each finding carries its sentence with the flagged span', () => {
    const withContext = json.reports.flatMap((record) => record.messages).filter((message) => message.context)
    expect(withContext.length).toBeGreaterThan(0)
    for (const message of withContext) {
      const [start, end] = message.context!.highlight
      expect(start).toBeGreaterThanOrEqual(0)
      expect(end).toBeLessThanOrEqual(message.context!.sentence.length)
    }
  })

  it('pairs the yunxi reports across years (different folders) and runs the cross-year rules on the later one', () => {
    const yunxi = recordOf('yunxi-2023.txt')
    expect(yunxi.previousPath).toMatch(/reports\/yunxi-2022\.txt$/u)
    const repeated = yunxi.messages.filter((message) => message.ruleId === 'repeated-shortcoming')
    expect(repeated).toHaveLength(1)
    expect(repeated[0]!.data).toMatchObject({similarity: 1, previousYear: 2022})
    expect(String(repeated[0]!.data!['previousText'])).toContain('基层执法力量薄弱')
    expect(recordOf('yunxi-2022.txt').previousPath).toBeUndefined()
  })

  it('starts from the review preset: the 2022 plan item 2023 never mentions is reported (plan-not-followed)', () => {
    const notFollowed = recordOf('yunxi-2023.txt').messages.filter((message) => message.ruleId === 'plan-not-followed')
    expect(notFollowed).toHaveLength(1)
    expect(String(notFollowed[0]!.data!['plan'])).toContain('网上办理平台')
    expect(notFollowed[0]!.severity).toBe(1)
  })

  it('the CSV opens in Excel/WPS as Chinese: UTF-8 BOM, CRLF, one row per report', () => {
    const csv = readFileSync(join(folder, 'out/summary.csv'), 'utf8')
    expect(csv.startsWith('\uFEFF文件,发文机关,年度,主体,主要举措和成效,不足和原因,第一责任人职责,下一年度安排,错误,警告')).toBe(true)
    const rows = csv.trimEnd().split('\r\n')
    expect(rows).toHaveLength(REPORT_COUNT + 1)
    expect(rows.find((row) => row.startsWith('reports/helong-2023.txt'))).toContain('鹤龙街,2023,乡镇街道,✓,✓,✗（嵌套）,✓')
  })

  it('each record carries the indicators its report states, placed and in their sentences; the paired yunxi-2023 gets indicator-dropped', () => {
    const yunxi = recordOf('yunxi-2023.txt')
    const received = yunxi.indicators!.find((indicator) => indicator.id === 'review-received')!
    expect(received).toMatchObject({kind: 'count', value: 92, unit: '件', text: '92件', line: 13})
    const {sentence, highlight} = received.context
    expect(sentence.slice(highlight[0], highlight[1])).toBe('92件')
    expect(recordOf('broken.txt').indicators ?? []).toEqual([])
    // The 2022 report states 法制审核率100% and the counts of regulatory documents and major decisions; 2023 none of them.
    const dropped = yunxi.messages.filter((message) => message.ruleId === 'indicator-dropped').map((message) => message.data!['indicator'])
    expect(dropped).toEqual(expect.arrayContaining(['legality-review', 'normative-document-review', 'major-decisions']))
    expect(dropped).not.toContain('review-received')
    expect(recordOf('yunxi-2022.txt').messages.filter((message) => message.ruleId === 'indicator-dropped')).toEqual([])
  })

  it('--report x.csv also writes x.indicators.csv: a column per indicator id, <id>-change for the pair, one row per processed report', () => {
    const csv = readFileSync(join(folder, 'out/summary.indicators.csv'), 'utf8')
    expect(csv.startsWith('\uFEFF文件,发文机关,年度,上一年度报告,')).toBe(true)
    const lines = csv.trimEnd().split('\r\n')
    expect(lines).toHaveLength(REPORT_COUNT)
    const header = lines[0]!.split(',')
    const valueColumn = header.findIndex((field) => field.endsWith('[review-received]'))
    const changeColumn = header.indexOf(header.find((field) => field.endsWith('[review-received-change]'))!)
    expect(valueColumn).toBeGreaterThan(3)
    expect(changeColumn).toBe(valueColumn + 1)
    const fieldsOf = (name: string) => lines.find((line) => line.split(',')[0]!.endsWith(`/${name}`))!.split(',')
    expect(fieldsOf('yunxi-2023.txt')[valueColumn]).toBe('92')
    expect(fieldsOf('yunxi-2023.txt')[changeColumn]).toBe('6')
    // 纠错率 11.6% in 2022, 10.9% in 2023: −0.7 points, a number (never quoted as text like a formula guard would).
    const correctionChange = header.findIndex((field) => field.endsWith('[review-correction-change]'))
    expect(fieldsOf('yunxi-2023.txt')[correctionChange]).toBe('-0.7')
    expect(fieldsOf('yunxi-2023.txt')[3]).toBe('reports/yunxi-2022.txt')
    expect(fieldsOf('yunxi-2022.txt')[changeColumn]).toBe('')
    expect(first.stderr).toContain('summary.indicators.csv')
  })

  it('a second run with --cache answers from .fzlintcache and gives the same records', () => {
    const second = runCli(['review', 'reports', '--cache', '--report', 'out/again.json'], {cwd: folder})
    expect(second.status).toBe(2)
    // The readable reports and the yunxi cross-year pass come from the cache; the unreadable file is never cached.
    expect(second.stdout).toContain(`缓存命中 ${REPORT_COUNT}`)
    const again = JSON.parse(readFileSync(join(folder, 'out/again.json'), 'utf8')) as JsonSummary
    expect(again.reports).toEqual(json.reports)
  })

  it('a usage problem is a clear message and exit 2', () => {
    const run = runCli(['review', 'reports', '--report', 'out/summary.pdf'], {cwd: folder})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--report out/summary.pdf')
    const none = runCli(['review', 'nothing-here'], {cwd: folder})
    expect(none.status).toBe(2)
    expect(none.stderr).toContain('没有匹配的文件')
  })
})

describe('fzlint with many files and --previous', {timeout: BATCH_TIMEOUT_MS}, () => {
  it('uses the pool when asked with --jobs and gives the same findings as a single-file run', () => {
    const folder = makeReviewFolder()
    try {
      const files = [...CORPUS_NAMES.map((name) => `reports/${name}`), 'reports/yunxi-2022.txt', 'reports/2023/yunxi-2023.txt']
      // A second copy of gaoming makes nine files (the folder adds nothing new: paths are de-duplicated).
      mkdirSync(join(folder, 'reports', 'copy'))
      copyFileSync(join(folder, 'reports', 'gaoming-2023.txt'), join(folder, 'reports', 'copy', 'gaoming-2023.txt'))
      const pooled = runCli(['--format', 'json', '--jobs', '2', ...files, 'reports/broken.txt', 'reports'], {cwd: folder})
      const single = runCli(['--format', 'json', 'reports/gaoming-2023.txt'], {cwd: folder})
      const pooledResults = JSON.parse(pooled.stdout) as {filePath: string; messages: unknown[]}[]
      const singleResults = JSON.parse(single.stdout) as {filePath: string; messages: unknown[]}[]
      expect(pooledResults).toHaveLength(9)
      for (const copy of pooledResults.filter((result) => result.filePath.endsWith('gaoming-2023.txt'))) expect(copy.messages).toEqual(singleResults[0]!.messages)
      expect(pooled.status).toBe(2)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('--previous gives last year to the cross-year rules', () => {
    const run = runCli(['--format', 'json', '--previous', 'fixtures/cross-year/yunxi-2022.txt', 'fixtures/cross-year/yunxi-2023.txt'])
    const [result] = JSON.parse(run.stdout) as {messages: {ruleId: string}[]}[]
    expect(result!.messages.filter((message) => message.ruleId === 'repeated-shortcoming')).toHaveLength(1)
    // One report checked by its author: the recommended preset, without the uncertain plan-not-followed.
    expect(result!.messages.filter((message) => message.ruleId === 'plan-not-followed')).toHaveLength(0)
    const unreadable = runCli(['--previous', 'fixtures/cross-year/none-2021.txt', 'fixtures/cross-year/yunxi-2023.txt'])
    expect(unreadable.status).toBe(2)
    expect(unreadable.stderr).toContain('无法读取上一年度报告')
  })
})
