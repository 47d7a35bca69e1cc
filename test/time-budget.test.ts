/**
 * The time budget per file (--max-file-time): the engine's cooperative deadline, through its API with a rule that
 * burns time on purpose; and through the real CLI and `fzlint review` with plugin rules that burn time or never
 * return, so that only a hard stop (a terminated worker, or the watchdog of the plain CLI's own thread) ends them.
 * Bounds are generous and relative to what the unbounded run would take: the machine is shared.
 */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkDeadline, createDeadline, defineRule, DEFAULT_MAX_FILE_TIME_MS, describeOverTime, lintText, type ConfiguredRule} from '@fzlint/core'
import {readDecodedText} from '@fzlint/core/io'
import {runWithHardStop} from '../packages/core/src/io/hard-stop.js'
import {lintInPage} from '../packages/serve/src/page/lint-in-page.js'
import {runCli, runCliJson} from './helpers/run-cli.js'

/** Keeps the thread busy for `ms` without reaching any deadline check: what a slow rule does. */
function burn(ms: number): void {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // busy on purpose
  }
}

const slowParagraphs = defineRule({
  meta: {
    id: 'slow-paragraphs',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: false,
    fixable: false,
    docs: {description: 'test only: 20 ms per paragraph'},
    messages: {seen: '看过一段'},
  },
  create(context) {
    return {
      paragraph(node) {
        burn(20)
        context.report({messageId: 'seen', node})
      },
    }
  },
})

/** A rule with a long loop of its own that checks the file's deadline, as a reader or a long rule may. */
const checkingLoop = defineRule({
  meta: {
    id: 'checking-loop',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: false,
    fixable: false,
    docs: {description: 'test only: a long loop that checks the deadline'},
    messages: {done: '循环结束'},
  },
  create(context) {
    return {
      'report:exit'() {
        for (let round = 0; round < 1_000; round++) {
          checkDeadline()
          burn(5)
        }
        context.report({messageId: 'done', range: [0, 1]})
      },
    }
  },
})

const configured = (rule: ConfiguredRule['rule']): ConfiguredRule[] => [{rule, severity: 2, options: undefined}]
const report = (paragraphs: number) =>
  ['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', ...Array.from({length: paragraphs}, (_, index) => `第${index + 1}项工作扎实推进。`)].join('\n')

describe('the engine’s deadline', () => {
  it('stops a file whose rules run past the limit, between nodes, with one fatal result naming the file', () => {
    // 200 paragraphs × 20 ms: 4 s unbounded.
    const started = performance.now()
    const {result} = lintText(report(200), {path: 'slow.txt', rules: configured(slowParagraphs), maxFileTimeMs: 200})
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(2_000)
    expect(result.messages).toEqual([
      {ruleId: null, severity: 2, fatal: true, message: 'slow.txt: 超过单个文件的时间上限 0.2 秒，已停止检查 / stopped: over the 0.2 s time limit per file', line: 1, column: 1},
    ])
    expect(result).toMatchObject({filePath: 'slow.txt', errorCount: 1, fatalErrorCount: 1, warningCount: 0})
  })

  it('lets the same rule finish within the limit, and without one (0)', () => {
    for (const maxFileTimeMs of [10_000, 0, undefined]) {
      const {result} = lintText(report(3), {path: 'quick.txt', rules: configured(slowParagraphs), maxFileTimeMs})
      // The title line and the three lines of text are paragraphs; the numbered heading is not.
      expect(result.messages.map((message) => message.ruleId)).toEqual(['slow-paragraphs', 'slow-paragraphs', 'slow-paragraphs', 'slow-paragraphs'])
    }
  })

  it('stops inside a rule’s own loop that calls checkDeadline, as over time rather than as a crashed rule', () => {
    // 1,000 rounds × 5 ms: 5 s unbounded.
    const started = performance.now()
    const {result} = lintText(report(2), {path: 'loop.txt', rules: configured(checkingLoop), maxFileTimeMs: 150})
    expect(performance.now() - started).toBeLessThan(2_500)
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]!.message).toBe(describeOverTime('loop.txt', 150))
    // The deadline was the file's own: a later file without a limit is not stopped by it.
    expect(() => checkDeadline()).not.toThrow()
  })

  it('has no deadline for 0, a negative or a non-finite limit; 30 s by default', () => {
    expect([0, -1, Number.NaN, Number.POSITIVE_INFINITY, undefined].map((limit) => createDeadline(limit))).toEqual([undefined, undefined, undefined, undefined, undefined])
    expect(DEFAULT_MAX_FILE_TIME_MS).toBe(30_000)
    let now = 1_000
    const deadline = createDeadline(500, () => now)!
    now = 1_500
    expect(() => deadline.check()).not.toThrow()
    now = 1_501
    expect(() => deadline.check()).toThrow(/time limit/u)
    expect(deadline.remainingMs()).toBe(0)
  })
})

describe('the page of fzlint serve', () => {
  it('lints within the budget by default, and a file over it gets the over-time result the page shows as not checked', () => {
    const input = readDecodedText(readFileSync('fixtures/clean/clean-2023.txt', 'utf8'), 'text', 'utf-8')
    expect(lintInPage(input, {fileName: 'clean-2023.txt'}).result.fatalErrorCount).toBe(0)
    // A budget spent before the first check: the wiring, not the speed, is under test here.
    const {result} = lintInPage(input, {fileName: 'clean-2023.txt', maxFileTimeMs: 0.001})
    expect(result.messages).toEqual([{ruleId: null, severity: 2, fatal: true, message: describeOverTime('clean-2023.txt', 0.001), line: 1, column: 1}])
  })
})

describe('the hard stop of the calling thread (runWithHardStop)', () => {
  it('terminates a loop that never returns and a backtracking regular expression; the thread goes on', () => {
    const started = performance.now()
    expect(() =>
      runWithHardStop(
        () => {
          for (;;) {
            // never returns
          }
        },
        200,
        100,
      ),
    ).toThrow(/time limit of 100 ms/u)
    expect(() => runWithHardStop(() => /^(a+)+$/u.test(`${'a'.repeat(40)}b`), 200, 100)).toThrow(/time limit/u)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(runWithHardStop(() => 42, 200, 100)).toBe(42)
    expect(() => runWithHardStop(() => {
      throw new TypeError('a rule’s own error')
    }, 200, 100)).toThrow(TypeError)
  })
})

/** A plugin whose rules take time on purpose when the report holds their marker. */
const SLOW_PLUGIN = `
const meta = (id, description) => ({id, type: 'problem', defaultSeverity: 'error', recommended: false,
  docs: {description, url: 'https://example.org/' + id}, messages: {seen: '看过'}})
const burn = (ms) => { const until = performance.now() + ms; while (performance.now() < until) {} }
export default {
  theme: 'slow',
  dataFiles: [],
  rules: [
    {meta: meta('burn', '每段 300 毫秒'), create(context) {
      return {paragraph(node) {
        if (context.source.slice(node.position.start.offset, node.position.end.offset).includes('BURN')) burn(300)
      }}
    }},
    {meta: meta('hang', '永不返回'), create(context) {
      return {'report:exit'() { if (context.source.includes('HANG')) for (;;) {} }}
    }},
    {meta: meta('backtrack', '灾难性回溯'), create(context) {
      return {'report:exit'() { if (context.source.includes('REDOS')) /^(a+)+$/.test('a'.repeat(40) + 'b') }}
    }},
  ],
}
`

const REPORT = ['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '全年办理行政复议案件12件。', ''].join('\n')

function draftFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-time-budget-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), {recursive: true})
    writeFileSync(join(folder, path), text)
  }
  return folder
}

const pluginFolder = (reports: Record<string, string>) =>
  draftFolder({
    'plugin.mjs': SLOW_PLUGIN,
    'fzlint.config.json': '{"plugins": ["./plugin.mjs"], "rules": {"slow/burn": "error", "slow/hang": "error", "slow/backtrack": "error"}}',
    ...reports,
  })

const overTime = (file: string, seconds: string) => `${file}: 超过单个文件的时间上限 ${seconds} 秒，已停止检查 / stopped: over the ${seconds} s time limit per file`

describe('fzlint --max-file-time', {timeout: 60_000}, () => {
  it('stops a slow file with a fatal result naming it, exit 2, and lints the others; 0 lifts the limit', () => {
    // Three paragraphs × 300 ms: about 0.9 s.
    const slow = REPORT.replace('全年办理行政复议案件12件。', 'BURN 一。\nBURN 二。\nBURN 三。')
    const folder = pluginFolder({'reports/slow.txt': slow, 'reports/ok.txt': REPORT})
    const limited = runCliJson(['--max-file-time', '0.4', 'reports'], {cwd: folder})
    expect(limited.status).toBe(2)
    const slowPath = join(folder, 'reports/slow.txt')
    expect(limited.stderr).toContain(`fzlint: ${overTime(slowPath, '0.4')}`)
    const bySuffix = (suffix: string) => limited.results.find((result) => result.filePath.endsWith(suffix))!
    expect(bySuffix('slow.txt').messages).toEqual([{ruleId: null, severity: 2, fatal: true, message: overTime(slowPath, '0.4'), line: 1, column: 1}])
    expect(bySuffix('slow.txt').fatalErrorCount).toBe(1)
    expect(bySuffix('ok.txt').fatalErrorCount).toBe(0)

    const unlimited = runCliJson(['--max-file-time', '0', 'reports/slow.txt'], {cwd: folder})
    expect(unlimited.results[0]!.fatalErrorCount).toBe(0)
    expect(unlimited.stderr).not.toContain('时间上限')
  })

  it('ends a file that never returns, or backtracks without end, in this thread (no --jobs) and goes on', () => {
    const folder = pluginFolder({
      'reports/a-hang.txt': `${REPORT}HANG\n`,
      'reports/b-redos.txt': `${REPORT}REDOS\n`,
      'reports/c-ok.txt': REPORT,
    })
    const started = Date.now()
    const run = runCliJson(['--max-file-time', '0.5', 'reports'], {cwd: folder})
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(run.status).toBe(2)
    expect(run.results.map((result) => [result.filePath.split('/').at(-1), result.fatalErrorCount])).toEqual([
      ['a-hang.txt', 1],
      ['b-redos.txt', 1],
      ['c-ok.txt', 0],
    ])
    expect(run.stderr).toContain(overTime(join(folder, 'reports/a-hang.txt'), '0.5'))
    expect(run.stderr).toContain(overTime(join(folder, 'reports/b-redos.txt'), '0.5'))
    expect(run.stderr).not.toMatch(/\n\s+at /u)
  })

  it('ends a file that never returns in a pool worker (--jobs 2), whichever thread takes it', () => {
    const folder = pluginFolder({
      'reports/a.txt': REPORT,
      'reports/b-hang.txt': `${REPORT}HANG\n`,
      'reports/c.txt': REPORT,
      'reports/d.txt': REPORT,
    })
    const run = runCliJson(['--jobs', '2', '--max-file-time', '0.5', 'reports'], {cwd: folder})
    expect(run.status).toBe(2)
    expect(run.results.map((result) => result.fatalErrorCount)).toEqual([0, 1, 0, 0])
    expect(run.results[1]!.messages[0]!.message).toBe(overTime(join(folder, 'reports/b-hang.txt'), '0.5'))
  })

  it('is a usage error unless a non-negative number of seconds', () => {
    for (const value of ['abc', '-1', '1e3', '']) {
      const run = runCli([`--max-file-time=${value}`, 'fixtures/clean'])
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(`--max-file-time 需要非负的秒数（0 表示不限），收到 “${value}”`)
    }
  })
})

describe('fzlint review --max-file-time', {timeout: 60_000}, () => {
  it('terminates the worker of a file that never returns, reports it, and reviews the rest (exit 2)', () => {
    const folder = pluginFolder({
      'reports/a.txt': REPORT,
      'reports/b-hang.txt': `${REPORT}HANG\n`,
      'reports/c.txt': REPORT,
    })
    const started = Date.now()
    const run = runCli(['review', '--jobs', '1', '--max-file-time', '0.5', 'reports', '--report', 'out/summary.json'], {cwd: folder})
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(run.status).toBe(2)
    const summary = JSON.parse(readFileSync(join(folder, 'out/summary.json'), 'utf8')) as {reports: {filePath: string; failure: string | null}[]}
    expect(summary.reports.map((record) => [record.filePath.split('/').at(-1), record.failure])).toEqual([
      ['a.txt', null],
      ['b-hang.txt', overTime(join(folder, 'reports/b-hang.txt'), '0.5')],
      ['c.txt', null],
    ])
    expect(run.stdout).toMatch(/✗ reports\/b-hang\.txt .*超过单个文件的时间上限 0\.5 秒/u)
  })
})
