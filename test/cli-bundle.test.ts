/**
 * The CLI's bundle and its V8 code caches (packages/cli/bin/load-cli-bundle.js): the caches the build writes, for the
 * CLI's thread and for the pool's workers under a batch's V8 flags, are ones V8 accepts, and a missing, damaged or
 * foreign cache only costs start-up time, never a wrong result.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {BATCH_V8_FLAGS} from '@fzlint/pool'
import {repositoryRoot, runCli} from './helpers/run-cli.js'

const report = join(repositoryRoot, 'fixtures/corpus/helong-2023.txt')

/** A copy of the CLI's launcher and bundle in a folder of its own, with whatever cache a test puts there. */
function copyCli(): string {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-cli-bundle-'))
  cpSync(join(repositoryRoot, 'packages/cli/bin'), join(folder, 'bin'), {recursive: true})
  cpSync(join(repositoryRoot, 'packages/cli/dist/cli.cjs'), join(folder, 'dist/cli.cjs'))
  return folder
}

/** Whether V8 rejects dist/<cacheName> for the CLI bundle, asked of a fresh `node` that first sets `flags` at run time. */
function probeCache(cacheName: string, flags: readonly string[] = []): {stderr: string; isRejected: string} {
  const probe = [
    "import {readFileSync} from 'node:fs'",
    "import Module from 'node:module'",
    "import {Script} from 'node:vm'",
    "import v8 from 'node:v8'",
    `for (const flag of ${JSON.stringify(flags)}) v8.setFlagsFromString(flag)`,
    `const bundle = ${JSON.stringify(join(repositoryRoot, 'packages/cli/dist/cli.cjs'))}`,
    `const cache = ${JSON.stringify(join(repositoryRoot, 'packages/cli/dist', cacheName))}`,
    "const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), {filename: bundle, cachedData: readFileSync(cache)})",
    'console.log(script.cachedDataRejected)',
  ].join('\n')
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {encoding: 'utf8'})
  return {stderr: child.stderr, isRejected: child.stdout.trim()}
}

const copies: string[] = []
afterAll(() => {
  for (const folder of copies) rmSync(folder, {recursive: true, force: true})
})

describe('the CLI bundle and its code cache', () => {
  it('has a cache V8 accepts for this Node, so runs do not compile the bundle again', () => {
    // A process of its own: the cache is checked against the V8 flags of a plain `node`, as users run it.
    expect(probeCache('cli.cjs.cache')).toEqual({stderr: '', isRejected: 'false'})
  })

  it('has a batch cache V8 accepts under a batch\'s V8 flags, which the pool\'s workers load the bundle with', () => {
    // The flags set the way a batch sets them, after start-up (tuneV8ForBatch).
    expect(probeCache('cli.cjs.batch.cache', BATCH_V8_FLAGS)).toEqual({stderr: '', isRejected: 'false'})
    // Why there are two: under other flags V8 refuses it.
    expect(probeCache('cli.cjs.batch.cache').isRejected).toBe('true')
  })

  it('gives a pooled batch the same results when the workers\' cache is damaged', () => {
    const folder = copyCli()
    copies.push(folder)
    writeFileSync(join(folder, 'dist/cli.cjs.batch.cache'), Buffer.from('not a V8 code cache'))
    const paths = ['fixtures/corpus', 'fixtures/cross-year'].map((path) => join(repositoryRoot, path))
    const expected = runCli(['--format', 'json', '--jobs', '1', ...paths])
    const child = spawnSync(process.execPath, [join(folder, 'bin/fzlint.js'), '--format', 'json', '--jobs', '2', ...paths], {encoding: 'utf8', cwd: repositoryRoot})
    expect(child.stderr).toBe('')
    expect(child.status).toBe(expected.status)
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse(expected.stdout))
  })

  it.each([
    ['without a cache', null],
    ['with a damaged cache', Buffer.from('not a V8 code cache')],
  ])('gives the same results %s', (_label, cache) => {
    const folder = copyCli()
    copies.push(folder)
    if (cache) writeFileSync(join(folder, 'dist/cli.cjs.cache'), cache)
    const expected = runCli(['--format', 'json', report])
    const child = spawnSync(process.execPath, [join(folder, 'bin/fzlint.js'), '--format', 'json', report], {encoding: 'utf8', cwd: repositoryRoot})
    expect(child.stderr).toBe('')
    expect(child.status).toBe(expected.status)
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse(expected.stdout))
  })

  it('says to build, in one line and exit code 2, when the bundle is missing', () => {
    const folder = copyCli()
    copies.push(folder)
    rmSync(join(folder, 'dist'), {recursive: true})
    const child = spawnSync(process.execPath, [join(folder, 'bin/fzlint.js'), report], {encoding: 'utf8'})
    expect(child.status).toBe(2)
    expect(child.stderr).toMatch(/^fzlint: .*pnpm build.*\n$/u)
  })
})
