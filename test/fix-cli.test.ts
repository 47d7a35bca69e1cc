/** `--fix` and `--fix-dry-run` through the built CLI with the real fixing rules, on copies in a temporary folder. */
import {copyFile, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {encodeText} from '../packages/cli/src/fix.js'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'
import {NUMBERING_GAP_DRAFT_LINES} from './helpers/sample-drafts.js'

// Numbering gaps that numbering-sequence renumbers, with Windows line breaks (which --fix must keep).
const DRAFT = NUMBERING_GAP_DRAFT_LINES.join('\r\n')

function countFixable(results: {fixableErrorCount: number; fixableWarningCount: number}[]): number {
  return results.reduce((sum, result) => sum + result.fixableErrorCount + result.fixableWarningCount, 0)
}

// Every case spawns the CLI several times; on a busy machine one run can take seconds.
describe('fzlint --fix', {timeout: 300_000}, () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fzlint-fix-cli-'))
  })
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('a dry run prints a patch, reports on stderr and changes no byte', async () => {
    const path = join(folder, 'dry.txt')
    await writeFile(path, DRAFT)
    expect(countFixable(runCliJson(['dry.txt'], {cwd: folder}).results)).toBeGreaterThan(0)
    const run = runCli(['--fix-dry-run', 'dry.txt'], {cwd: folder})
    expect(run.stdout).toContain('--- a/dry.txt\n+++ b/dry.txt')
    expect(run.stdout).toContain('+（二）强化权力监督')
    expect(run.stdout).not.toContain('个问题')
    expect(await readFile(path, 'utf8')).toBe(DRAFT)
    expect(await readdir(folder)).toEqual(['dry.txt'])
  })

  it('fixes in place until nothing fixable is left, and a second run changes nothing', async () => {
    const path = join(folder, 'draft.txt')
    await writeFile(path, DRAFT)
    const first = runCli(['--fix', 'draft.txt'], {cwd: folder})
    expect(first.stderr).not.toContain('internal error')
    const fixed = await readFile(path, 'utf8')
    expect(fixed).toContain('（二）强化权力监督\r\n')
    expect(fixed).toContain('二、存在的不足和原因\r\n')
    expect(countFixable(runCliJson(['draft.txt'], {cwd: folder}).results)).toBe(0)
    runCli(['--fix', 'draft.txt'], {cwd: folder})
    expect(await readFile(path, 'utf8')).toBe(fixed)
  })

  it('writes a GB18030 file back as GB18030', async () => {
    const path = join(folder, 'gb.txt')
    await writeFile(path, await encodeText(DRAFT, 'gb18030', false))
    runCli(['--fix', 'gb.txt'], {cwd: folder})
    const bytes = await readFile(path)
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)).toThrow()
    expect(new TextDecoder('gb18030', {fatal: true}).decode(bytes)).toContain('（二）强化权力监督')
  })

  it('on copies of the corpus: what is fixed stays fixed', async () => {
    const corpus = new URL('../fixtures/corpus/', import.meta.url)
    const names = (await readdir(corpus)).filter((name) => name.endsWith('.txt'))
    expect(names.length).toBeGreaterThan(0)
    // One CLI run over all copies per step: spawning the CLI is the slow part.
    const copies = names.map((name) => `corpus-${name}`)
    for (const name of names) await copyFile(new URL(name, corpus), join(folder, `corpus-${name}`))
    const run = runCli(['--fix', ...copies], {cwd: folder})
    expect(run.status, run.stderr).not.toBe(2)
    const afterFirst = await Promise.all(copies.map((copy) => readFile(join(folder, copy))))
    const relinted = runCliJson(copies, {cwd: folder}).results
    expect(relinted).toHaveLength(copies.length)
    expect(countFixable(relinted)).toBe(0)
    runCli(['--fix', ...copies], {cwd: folder})
    for (const [index, copy] of copies.entries()) expect(Buffer.compare(await readFile(join(folder, copy)), afterFirst[index]!), copy).toBe(0)
  })

  it('leaves a .docx alone: its fixes refer to the extracted text, and it says so', async () => {
    const copy = join(folder, 'fangxian-2023.docx')
    await copyFile(join(repositoryRoot, 'fixtures/docx/fangxian-2023.docx'), copy)
    const before = await readFile(copy)
    const run = runCli(['--fix', copy])
    expect(run.stderr).toContain('docx 文件不能自动修复')
    expect(Buffer.compare(await readFile(copy), before)).toBe(0)
  })

  it('refuses --fix together with --fix-dry-run', () => {
    const run = runCli(['--fix', '--fix-dry-run', 'x.txt'], {cwd: folder})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--fix-dry-run')
  })
})
