/**
 * Issue 18, fixes that respect the file system: folders and files that cannot be read, symbolic links, `--fix`
 * writing in place, and output that cannot be written — through the real CLI. Tests run as root here, and root
 * ignores permission bits, so the cases about permissions run the CLI as the unprivileged user `nobody`.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliPath, runCli, type CliRun} from './helpers/run-cli.js'

/** Numbering gaps (一、→三、, （一）→（三）) that numbering-sequence fixes: `--fix` has something to write. */
const REPORT = [
  '某县人民政府关于2023年度法治政府建设情况的报告',
  '一、主要举措和成效',
  '（一）推进依法行政',
  '全面推行行政执法“三项制度”。',
  '（三）强化权力监督',
  '自觉接受人大监督。',
  '三、存在的不足和原因',
  '部分工作人员法治意识有待提高，原因是学习培训不够深入。',
  '',
].join('\n')
const FIXED_LINES = ['（二）强化权力监督', '二、存在的不足和原因']

const isRoot = process.getuid?.() === 0
const NOBODY = 65534

/** A fresh folder (world-readable, so `nobody` can enter it) holding the given files. */
function workspace(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-fs-'))
  chmodSync(folder, 0o755)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), {recursive: true})
    writeFileSync(join(folder, path), text)
  }
  return folder
}

/** The CLI as an unprivileged user, for whom permission bits hold (as the current user when the tests are not root). */
function runCliUnprivileged(args: string[], cwd: string): CliRun {
  const command = isRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath] : [process.execPath]
  const child = spawnSync(command[0]!, [...command.slice(1), cliPath, ...args], {
    cwd,
    env: {...process.env, NO_COLOR: '1', HOME: cwd},
    encoding: 'utf8',
    timeout: 60_000,
  })
  return {status: child.status, stdout: child.stdout, stderr: child.stderr}
}

function expectNoCrashTrace(run: CliRun): void {
  expect(run.stderr).not.toContain('内部错误 / internal error')
  expect(run.stderr).not.toMatch(/\n\s+at /u)
}

describe('--output-file that cannot be written', () => {
  it('naming a folder is a bilingual error naming the path, exit 2 (was "internal error: EISDIR")', () => {
    const cwd = workspace({'report.txt': REPORT, 'out/keep.txt': ''})
    const run = runCli(['-f', 'json', '-o', 'out', 'report.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`fzlint: ${join(cwd, 'out')}: 无法写入输出文件：这是一个目录，不是文件（EISDIR） / cannot write the output file: it is a directory, not a file (EISDIR)\n`)
    expectNoCrashTrace(run)
  })

  it('under a name a file already has: the folder cannot be created, exit 2', () => {
    const cwd = workspace({'report.txt': REPORT, 'results': 'a file, not a folder'})
    const run = runCli(['-f', 'json', '-o', 'results/lint.json', 'report.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`fzlint: ${join(cwd, 'results/lint.json')}: 无法创建输出文件所在的目录：已有同名的文件（EEXIST） / cannot create the output file's folder: a file of that name already exists (EEXIST)`)
    expect(readFileSync(join(cwd, 'results'), 'utf8')).toBe('a file, not a folder')
    expectNoCrashTrace(run)
  })

  it('in a folder the user may not write to: permission denied, named, exit 2', () => {
    const cwd = workspace({'report.txt': REPORT, 'locked/.keep': ''})
    chmodSync(join(cwd, 'locked'), 0o555)
    const run = runCliUnprivileged(['-f', 'json', '-o', 'locked/lint.json', 'report.txt'], cwd)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`fzlint: ${join(cwd, 'locked/lint.json')}: 无法写入输出文件：没有权限（EACCES） / cannot write the output file: permission denied (EACCES)\n`)
  })
})
