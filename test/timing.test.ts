/** `TIMING=1 fzlint …`: per-rule and per-step times on stderr, as ESLint's TIMING; stdout and results unchanged. */
import {describe, expect, it} from 'vitest'
import {formatTimings, timingRowsFromEnv} from '../packages/cli/src/timing.js'
import {runCli, runCliJson} from './helpers/run-cli.js'

describe('timingRowsFromEnv', () => {
  it('is off when unset, empty or 0, and lists 10 rows for TIMING=1 as ESLint does', () => {
    expect(timingRowsFromEnv(undefined)).toBeUndefined()
    expect(timingRowsFromEnv('')).toBeUndefined()
    expect(timingRowsFromEnv('0')).toBeUndefined()
    expect(timingRowsFromEnv('1')).toBe(10)
    expect(timingRowsFromEnv('yes')).toBe(10)
    expect(timingRowsFromEnv('25')).toBe(25)
    expect(timingRowsFromEnv('all')).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('formatTimings', () => {
  it('sorts by time, limits the rows and gives each share of the total', () => {
    const table = formatTimings(new Map([['(parse)', 10], ['rule-a', 30], ['rule-b', 60]]), 2, 3)
    const lines = table.split('\n')
    expect(lines[2]).toMatch(/^rule-b\s+\|\s+60\.0 \|\s+60\.0%$/u)
    expect(lines[3]).toMatch(/^rule-a\s+\|\s+30\.0 \|\s+30\.0%$/u)
    expect(table).not.toContain('(parse)')
    expect(lines.at(-1)).toContain('3 files, 100.0 ms in all')
  })
})

describe('TIMING=1 through the CLI', () => {
  it('prints the table on stderr and leaves the JSON on stdout as without it', () => {
    const files = ['fixtures/corpus/gaoming-2023.txt', 'fixtures/corpus/dongguan-2018.txt']
    const timed = runCliJson(files, {env: {TIMING: 'all'}})
    const plain = runCliJson(files)
    expect(timed.results).toEqual(plain.results)
    expect(plain.stderr).not.toContain('rule or step')
    expect(timed.stderr).toContain('rule or step')
    for (const row of ['(read, decode)', '(parse)', '(model)', 'required-section']) expect(timed.stderr).toContain(row)
    expect(timed.stderr).toContain('2 files')
  })

  it('keeps every result in this thread even when --jobs asks for workers', () => {
    const run = runCli(['--jobs', '2', 'fixtures/corpus'], {env: {TIMING: '1'}})
    expect(run.stderr).toMatch(/5 files, [\d.]+ ms in all/u)
  })
})
