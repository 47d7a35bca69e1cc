/**
 * Issue 18, fixes that respect the file system: folders and files that cannot be read, symbolic links, `--fix`
 * writing in place, and output that cannot be written — through the real CLI. Tests run as root here, and root
 * ignores permission bits, so the cases about permissions run the CLI as the unprivileged user `nobody`.
 */
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {encodeJournal, journalPathFor} from '../packages/cli/src/write-in-place.js'
import {cliPath, runCli, type CliRun} from './helpers/run-cli.js'
import {NUMBERING_GAP_DRAFT_LINES} from './helpers/sample-drafts.js'

/** Numbering gaps that numbering-sequence fixes: `--fix` has something to write. */
const REPORT = NUMBERING_GAP_DRAFT_LINES.join('\n')
const FIXED_LINES = ['（二）强化权力监督', '二、存在的不足和原因']

const isRoot = process.getuid?.() === 0
const NOBODY = 65534

const workspaces: string[] = []
afterAll(() => {
  for (const folder of workspaces) {
    // The folders locked by a test are unlocked first (root needs not, their owner does).
    if (!isRoot) spawnSync('chmod', ['-R', 'u+rwx', folder])
    rmSync(folder, {recursive: true, force: true})
  }
})

/** A fresh folder (world-readable, so `nobody` can enter it) holding the given files. */
function workspace(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-fs-'))
  workspaces.push(folder)
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

describe('other files the CLI writes, when they cannot be written', () => {
  it('--init in a folder the user may not write to: named, bilingual, exit 2 (was "internal error: EACCES")', () => {
    const cwd = workspace({'report.txt': REPORT})
    const run = runCliUnprivileged(['--init'], cwd)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`fzlint: ${join(cwd, 'fzlint.config.json')}: 无法写入配置文件：没有权限（EACCES） / cannot write the configuration file: permission denied (EACCES)\n`)
  })

  it('review --report naming a folder, or under a folder that cannot be created: named, bilingual, exit 2', () => {
    const cwd = workspace({'report.txt': REPORT, 'out.html/.keep': ''})
    const folder = runCli(['review', 'report.txt', '--report', 'out.html'], {cwd})
    expect(folder.status).toBe(2)
    expect(folder.stderr).toContain(`fzlint: ${join(cwd, 'out.html')}: 无法写入审阅报告：这是一个目录，不是文件（EISDIR） / cannot write the review report: it is a directory, not a file (EISDIR)\n`)
    expectNoCrashTrace(folder)
    const locked = runCliUnprivileged(['review', 'report.txt', '--report', 'sub/review.csv'], cwd)
    expect(locked.status).toBe(2)
    expect(locked.stderr).toContain(`fzlint: ${join(cwd, 'sub/review.csv')}: 无法写入审阅报告：没有权限（EACCES） / cannot write the review report: permission denied (EACCES)\n`)
    expectNoCrashTrace(locked)
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
    // d-up leads back to the workspace: reports/ and shared/ are not walked again, and elsewhere/linked.txt is the
    // file b-link.txt names, so each file is checked once, under its shortest path.
    expect(checkedFiles(run, cwd)).toEqual(['reports/a.txt', 'reports/b-link.txt', 'reports/c-shared/s.txt'])
  })

  it('a glob follows links too, checks each file once, and names the folders it cannot list (exit 2)', () => {
    const cwd = workspace({'reports/a.txt': REPORT, 'reports/locked/hidden.txt': REPORT, 'shared/s.txt': REPORT})
    symlinkSync('..', join(cwd, 'reports/up'))
    symlinkSync('.', join(cwd, 'reports/self'))
    symlinkSync('../shared', join(cwd, 'reports/sh'))
    chmodSync(join(cwd, 'reports/locked'), 0o000)
    const run = runCliUnprivileged(['-f', 'json', 'reports/**/*.txt'], cwd)
    expect(run.status).toBe(2)
    expect(checkedFiles(run, cwd)).toEqual(['reports/a.txt', 'reports/sh/s.txt'])
    expect(run.stderr).toContain(`fzlint: ${join(cwd, 'reports/locked')}: 无法读取目录，其中的文件未检查：没有权限（EACCES） / cannot read the folder, its files were not checked: permission denied (EACCES)\n`)
  })

  it('a dangling link named like a report is named as unreadable, exit 2; the rest are checked', () => {
    const cwd = workspace({'reports/a.txt': REPORT})
    symlinkSync('../gone.txt', join(cwd, 'reports/b.txt'))
    symlinkSync('../gone.png', join(cwd, 'reports/c.png'))
    const run = runCli(['-f', 'json', 'reports'], {cwd})
    expect(run.status).toBe(2)
    expect(checkedFiles(run, cwd)).toEqual(['reports/a.txt'])
    expect(run.stderr).toBe(`fzlint: ${join(cwd, 'reports/b.txt')}: 无法读取符号链接指向的文件：不存在（ENOENT） / cannot follow the symbolic link: it does not exist (ENOENT)\n`)
  })
})

/** The report as `fzlint --fix` leaves it (numbering gaps closed). */
function fixedReport(): string {
  const cwd = workspace({'report.txt': REPORT})
  runCli(['--fix', 'report.txt'], {cwd})
  const fixed = readFileSync(join(cwd, 'report.txt'), 'utf8')
  for (const line of FIXED_LINES) expect(fixed).toContain(line)
  return fixed
}

describe('--fix writes in place: the same inode, through links, with owner and mode kept', {timeout: 120_000}, () => {
  const FIXED = fixedReport()

  it('through a symbolic link: the target is fixed and the link stays a link', () => {
    const cwd = workspace({'drafts/target.txt': REPORT, 'reports/.keep': ''})
    symlinkSync('../drafts/target.txt', join(cwd, 'reports/link.txt'))
    const run = runCli(['--fix', 'reports/link.txt'], {cwd})
    expect(run.stderr).toBe('')
    expect(lstatSync(join(cwd, 'reports/link.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(cwd, 'reports/link.txt'))).toBe('../drafts/target.txt')
    expect(readFileSync(join(cwd, 'drafts/target.txt'), 'utf8')).toBe(FIXED)
    expect(readdirSync(join(cwd, 'drafts'))).toEqual(['target.txt'])
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['.keep', 'link.txt'])
  })

  it('a link found in a folder is fixed the same way', () => {
    const cwd = workspace({'drafts/target.txt': REPORT, 'reports/a.txt': REPORT})
    symlinkSync('../drafts/target.txt', join(cwd, 'reports/b-link.txt'))
    runCli(['--fix', 'reports'], {cwd})
    expect(lstatSync(join(cwd, 'reports/b-link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(cwd, 'drafts/target.txt'), 'utf8')).toBe(FIXED)
    expect(readFileSync(join(cwd, 'reports/a.txt'), 'utf8')).toBe(FIXED)
  })

  it('keeps the inode, so hard links stay one file and all of them are fixed', () => {
    const cwd = workspace({'report.txt': REPORT})
    linkSync(join(cwd, 'report.txt'), join(cwd, 'same-file.txt'))
    const inode = statSync(join(cwd, 'report.txt')).ino
    runCli(['--fix', 'report.txt'], {cwd})
    expect(statSync(join(cwd, 'report.txt')).ino).toBe(inode)
    expect(statSync(join(cwd, 'same-file.txt')).ino).toBe(inode)
    expect(statSync(join(cwd, 'report.txt')).nlink).toBe(2)
    expect(readFileSync(join(cwd, 'same-file.txt'), 'utf8')).toBe(FIXED)
  })

  it.skipIf(!isRoot)('keeps the owner and the mode of a file another user owns (root fixing a colleague\'s file)', () => {
    const cwd = workspace({'report.txt': REPORT})
    const path = join(cwd, 'report.txt')
    chownSync(path, 1234, 5678)
    chmodSync(path, 0o664)
    runCli(['--fix', 'report.txt'], {cwd})
    expect(readFileSync(path, 'utf8')).toBe(FIXED)
    expect(statSync(path)).toMatchObject({uid: 1234, gid: 5678})
    expect(statSync(path).mode & 0o7777).toBe(0o664)
  })

  it('refuses a read-only file by name, exit 2, and leaves it unchanged (even for root)', () => {
    const cwd = workspace({'report.txt': REPORT, 'other.txt': REPORT})
    chmodSync(join(cwd, 'report.txt'), 0o444)
    const run = runCli(['--fix', 'report.txt', 'other.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('fzlint: report.txt: 文件只读，未写入修复 / the file is read-only; fixes not written\n')
    expect(readFileSync(join(cwd, 'report.txt'), 'utf8')).toBe(REPORT)
    expect(statSync(join(cwd, 'report.txt')).mode & 0o777).toBe(0o444)
    expect(readFileSync(join(cwd, 'other.txt'), 'utf8')).toBe(FIXED)
    expect(readdirSync(cwd).sort()).toEqual(['other.txt', 'report.txt'])
  })

  it('refuses a file the user may not write (another\'s, mode 644) even in a folder open to all, exit 2', () => {
    const cwd = workspace({'report.txt': REPORT})
    chmodSync(cwd, 0o777)
    chmodSync(join(cwd, 'report.txt'), 0o644)
    const run = runCliUnprivileged(['--fix', 'report.txt'], cwd)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('fzlint: report.txt: 没有写入此文件的权限（EACCES），未写入修复 / no permission to write the file (EACCES); fixes not written\n')
    expect(readFileSync(join(cwd, 'report.txt'), 'utf8')).toBe(REPORT)
    expect(readdirSync(cwd)).toEqual(['report.txt'])
  })
})

describe('--fix where no journal can be written', () => {
  it.skipIf(!isRoot)('a file the user may write in a folder they may not is refused (no journal, no partial write), exit 2', () => {
    const cwd = workspace({'report.txt': REPORT})
    chownSync(join(cwd, 'report.txt'), NOBODY, NOBODY)
    const run = runCliUnprivileged(['--fix', 'report.txt'], cwd)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('fzlint: report.txt: 无法在文件所在目录写入修复日志（EACCES），文件未修改 / cannot write the fix journal beside the file (EACCES); file left unchanged\n')
    expect(readFileSync(join(cwd, 'report.txt'), 'utf8')).toBe(REPORT)
    expect(readdirSync(cwd)).toEqual(['report.txt'])
  })
})

describe('--fix is never left half-written: the journal beside the file finishes an interrupted write', {timeout: 300_000}, () => {
  const FIXED = fixedReport()
  const old = Buffer.from(REPORT)
  const next = Buffer.from(FIXED)

  it('a file cut short mid-write (new bytes over old) is finished by the next --fix from its journal', () => {
    for (const cut of [0, 1, 17, Math.min(old.length, next.length) - 1, next.length]) {
      const cwd = workspace({'report.txt': REPORT})
      const path = join(cwd, 'report.txt')
      // What the copy leaves when killed after `cut` bytes: the new start, the old rest (truncation comes last).
      const interrupted = cut >= old.length ? next.subarray(0, cut) : Buffer.concat([next.subarray(0, cut), old.subarray(cut)])
      writeFileSync(path, interrupted)
      writeFileSync(journalPathFor(path), encodeJournal(old, next))
      const inode = statSync(path).ino
      const run = runCli(['--fix', 'report.txt'], {cwd})
      expect(readFileSync(path, 'utf8'), `cut at ${cut}`).toBe(FIXED)
      expect(statSync(path).ino).toBe(inode)
      expect(existsSync(journalPathFor(path))).toBe(false)
      if (!interrupted.equals(old) && !interrupted.equals(next)) expect(run.stderr).toContain('fzlint: report.txt: 上次被中断的修复已按日志')
    }
  })

  it('a file changed since the interrupted fix is left alone, the journal named, exit 2', () => {
    const cwd = workspace({'report.txt': REPORT})
    const path = join(cwd, 'report.txt')
    const edited = `${REPORT}用户之后又写的一段。\n`
    writeFileSync(path, edited)
    writeFileSync(journalPathFor(path), encodeJournal(old, next))
    const run = runCli(['--fix', 'report.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`上次修复被中断后，文件已被另行修改：请检查文件后删除 ${journalPathFor(path)}`)
    expect(readFileSync(path, 'utf8')).toBe(edited)
    expect(existsSync(journalPathFor(path))).toBe(true)
  })

  it('SIGKILL during the write: the file is the old or the new text, or the next --fix finishes it', async () => {
    // A large report, so the write takes long enough to be killed inside it.
    const filler = '全面推行行政执法公示制度，严格规范公正文明执法。'.repeat(40)
    const large = REPORT.replace('自觉接受人大监督。\n', `自觉接受人大监督。\n${`${filler}\n`.repeat(600)}`)
    const reference = workspace({'report.txt': large})
    runCli(['--fix', 'report.txt'], {cwd: reference})
    const largeFixed = readFileSync(join(reference, 'report.txt'))
    expect(largeFixed.equals(Buffer.from(large))).toBe(false)
    for (let attempt = 0; attempt < 3; attempt++) {
      const cwd = workspace({'report.txt': large})
      const path = join(cwd, 'report.txt')
      const child = spawn(process.execPath, [cliPath, '--fix', 'report.txt'], {cwd, stdio: 'ignore'})
      const exited = new Promise((resolve) => child.on('exit', resolve))
      // Killed the moment the journal appears: the file's own write starts right after it.
      while (!existsSync(journalPathFor(path)) && child.exitCode === null) await new Promise((resolve) => setImmediate(resolve))
      child.kill('SIGKILL')
      await exited
      const after = readFileSync(path)
      const hasJournal = existsSync(journalPathFor(path))
      if (!hasJournal) expect(after.equals(largeFixed) || after.equals(Buffer.from(large))).toBe(true)
      runCli(['--fix', 'report.txt'], {cwd})
      expect(readFileSync(path).equals(largeFixed)).toBe(true)
      expect(existsSync(journalPathFor(path))).toBe(false)
    }
  })
})
