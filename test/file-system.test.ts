/**
 * Issue 18, fixes that respect the file system: folders and files that cannot be read, symbolic links, `--fix`
 * writing in place, and output that cannot be written — through the real CLI. Tests run as root here, and root
 * ignores permission bits, so the cases about permissions run the CLI as the unprivileged user `nobody`.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
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

/** The files a JSON run checked, relative to its folder. */
function checkedFiles(run: CliRun, cwd: string): string[] {
  return (JSON.parse(run.stdout) as {filePath: string}[]).map((result) => result.filePath.slice(cwd.length + 1))
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

describe('folders and files that cannot be read', () => {
  it('an unreadable subfolder is named (bilingual, exit 2) and the files around it are still checked', () => {
    const cwd = workspace({'reports/a.txt': REPORT, 'reports/b-locked/c.txt': REPORT, 'reports/d.txt': REPORT, 'reports/e/f.txt': REPORT})
    chmodSync(join(cwd, 'reports/b-locked'), 0o000)
    const run = runCliUnprivileged(['-f', 'json', 'reports'], cwd)
    expect(run.status).toBe(2)
    expect(checkedFiles(run, cwd)).toEqual(['reports/a.txt', 'reports/d.txt', 'reports/e/f.txt'])
    expect(run.stderr).toBe(
      `fzlint: ${join(cwd, 'reports/b-locked')}: 无法读取目录，其中的文件未检查：没有权限（EACCES） / cannot read the folder, its files were not checked: permission denied (EACCES)\n`,
    )
    expect(run.stderr).not.toContain('no such file')
  })

  it('an unreadable file in a folder is named and the others are checked, exit 2', () => {
    const cwd = workspace({'reports/a.txt': REPORT, 'reports/b.txt': REPORT, 'reports/c.txt': REPORT})
    chmodSync(join(cwd, 'reports/b.txt'), 0o000)
    const run = runCliUnprivileged(['-f', 'json', 'reports'], cwd)
    expect(run.status).toBe(2)
    expect(checkedFiles(run, cwd)).toEqual(['reports/a.txt', 'reports/b.txt', 'reports/c.txt'])
    expect(run.stderr).toContain(`fzlint: ${join(cwd, 'reports/b.txt')}: 无法读取 (EACCES) / cannot read`)
  })

  it('a path inside a folder the user may not enter is unreadable, not "no such file"', () => {
    const cwd = workspace({'locked/report.txt': REPORT, 'open.txt': REPORT})
    chmodSync(join(cwd, 'locked'), 0o000)
    const run = runCliUnprivileged(['-f', 'json', 'locked/report.txt', 'open.txt'], cwd)
    expect(run.status).toBe(2)
    expect(checkedFiles(run, cwd)).toEqual(['open.txt'])
    expect(run.stderr).toBe('fzlint: locked/report.txt: 无法读取：没有权限（EACCES） / cannot read: permission denied (EACCES)\n')
  })
})

describe('symbolic links in a folder are followed, as ESLint does', () => {
  it('a link to a report and a link to a folder are checked; links back up the tree (loops) end the walk', () => {
    const cwd = workspace({'reports/a.txt': REPORT, 'elsewhere/linked.txt': REPORT, 'shared/s.txt': REPORT})
    symlinkSync('../elsewhere/linked.txt', join(cwd, 'reports/b-link.txt'))
    symlinkSync('../shared', join(cwd, 'reports/c-shared'))
    symlinkSync('..', join(cwd, 'reports/d-up'))
    symlinkSync('.', join(cwd, 'reports/e-self'))
    const run = runCli(['-f', 'json', 'reports'], {cwd})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    // d-up leads to the workspace, and through it to elsewhere/ and shared/ once each; reports/ itself is not walked again.
    expect(checkedFiles(run, cwd)).toEqual([
      'reports/a.txt',
      'reports/b-link.txt',
      'reports/c-shared/s.txt',
      'reports/d-up/elsewhere/linked.txt',
    ])
  })

  it('a dangling link named like a report is named as unreadable, exit 2; the rest are checked', () => {
    const cwd = workspace({'reports/a.txt': REPORT})
    symlinkSync('../gone.txt', join(cwd, 'reports/b.txt'))
    symlinkSync('../gone.pdf', join(cwd, 'reports/c.pdf'))
    const run = runCli(['-f', 'json', 'reports'], {cwd})
    expect(run.status).toBe(2)
    expect(checkedFiles(run, cwd)).toEqual(['reports/a.txt'])
    expect(run.stderr).toBe(`fzlint: ${join(cwd, 'reports/b.txt')}: 无法读取符号链接指向的文件：不存在（ENOENT） / cannot follow the symbolic link: it does not exist (ENOENT)\n`)
  })
})
