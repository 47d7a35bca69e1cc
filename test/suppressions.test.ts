/** The baseline cycle through the built CLI: record, pass, catch a new problem, prune what was fixed. */
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {runCli, runCliJson} from './helpers/run-cli.js'

// Three required parts are missing: three required-section errors.
const DRAFT = ['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '全面推行行政执法“三项制度”。', ''].join('\n')

async function readBaseline(path: string) {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, Record<string, {count: number}>>
}

// Every case spawns the CLI several times; on a busy machine one run can take seconds.
describe('bulk suppressions', {timeout: 300_000}, () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fzlint-suppressions-'))
    await mkdir(join(folder, 'reports'))
    await writeFile(join(folder, 'reports', '草稿.txt'), DRAFT)
  })
  afterEach(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('records, then reports only what goes beyond the counts, then prunes what was fixed', async () => {
    const before = runCliJson(['reports'], {cwd: folder})
    expect(before.status).toBe(1)
    const found = before.results[0]!.messages.filter((message) => message.ruleId === 'required-section').length
    expect(found).toBeGreaterThanOrEqual(2)

    const record = runCli(['--suppress-all', 'reports'], {cwd: folder})
    expect(record.status).toBe(0)
    expect(record.stdout).toBe('')
    const baseline = await readBaseline(join(folder, 'fzlint-suppressions.json'))
    expect(baseline['reports/草稿.txt']!['required-section']).toEqual({count: found})

    const clean = runCliJson(['reports'], {cwd: folder})
    expect(clean.status).toBe(0)
    expect(clean.results[0]!.messages).toEqual([])

    // A new file's problems are new problems.
    await writeFile(join(folder, 'reports', '新稿.txt'), DRAFT)
    const withNew = runCliJson(['reports'], {cwd: folder})
    expect(withNew.status).toBe(1)
    expect(withNew.results.find((result) => result.filePath.endsWith('新稿.txt'))!.errorCount).toBe(found)
    expect(withNew.results.find((result) => result.filePath.endsWith('草稿.txt'))!.messages).toEqual([])
    await rm(join(folder, 'reports', '新稿.txt'))

    // Fixing one problem leaves the baseline larger than needed; prune lowers the count.
    await writeFile(join(folder, 'reports', '草稿.txt'), `${DRAFT}二、存在的不足和原因\n部分工作人员法治意识有待提高，原因是学习培训不够深入。\n`)
    const afterFix = runCli(['reports'], {cwd: folder})
    expect(afterFix.status).toBe(0)
    expect(afterFix.stderr).toContain('--prune-suppressions')
    const prune = runCli(['--prune-suppressions', 'reports'], {cwd: folder})
    expect(prune.status).toBe(0)
    const pruned = await readBaseline(join(folder, 'fzlint-suppressions.json'))
    expect(pruned['reports/草稿.txt']!['required-section']!.count).toBe(found - 1)
    expect(runCli(['reports'], {cwd: folder}).stderr).not.toContain('--prune-suppressions')
  })

  it('reports every finding of a rule once a file has more than recorded', async () => {
    runCli(['--suppress-all', 'reports'], {cwd: folder})
    const path = join(folder, 'fzlint-suppressions.json')
    const baseline = await readBaseline(path)
    const count = baseline['reports/草稿.txt']!['required-section']!.count
    await writeFile(path, JSON.stringify({'reports/草稿.txt': {'required-section': {count: count - 1}}}))
    const run = runCliJson(['reports'], {cwd: folder})
    expect(run.status).toBe(1)
    expect(run.results[0]!.messages.filter((message) => message.ruleId === 'required-section')).toHaveLength(count)
  })

  it('uses --suppressions-location, with paths relative to that file', async () => {
    const run = runCli(['--suppress-all', '--suppressions-location', 'ci/baseline.json', 'reports'], {cwd: folder})
    expect(run.status).toBe(0)
    const baseline = await readBaseline(join(folder, 'ci', 'baseline.json'))
    expect(Object.keys(baseline)).toEqual(['../reports/草稿.txt'])
    expect(runCli(['--suppressions-location', 'ci/baseline.json', 'reports'], {cwd: folder}).status).toBe(0)
    // The default location is not read when another is given, and has not been written.
    expect(runCli(['reports'], {cwd: folder}).status).toBe(1)
  })

  it('rejects a malformed file with a clear message and changes nothing', async () => {
    const path = join(folder, 'fzlint-suppressions.json')
    for (const content of ['{not json', '{"reports/草稿.txt": {"required-section": {"count": -1}}}', '[]']) {
      await writeFile(path, content)
      for (const args of [['reports'], ['--prune-suppressions', 'reports']]) {
        const run = runCli(args, {cwd: folder})
        expect(run.status).toBe(2)
        expect(run.stderr).toMatch(/抑制文件.*suppressions file|expected \{"file"/u)
        expect(run.stderr).not.toMatch(/\n\s+at /u)
        expect(await readFile(path, 'utf8')).toBe(content)
      }
    }
  })

  it('never suppresses a file that cannot be read', async () => {
    await writeFile(join(folder, 'reports', '空.txt'), '')
    expect(runCli(['--suppress-all', 'reports'], {cwd: folder}).status).toBe(2)
    const baseline = await readBaseline(join(folder, 'fzlint-suppressions.json'))
    expect(Object.keys(baseline)).toEqual(['reports/草稿.txt'])
    expect(runCli(['reports'], {cwd: folder}).status).toBe(2)
  })
})
