/**
 * The fzlint package as users get it, for the tests of the CI recipes (action, pre-commit, docs/ci.md): the
 * tarball `pnpm release:pack` writes to release/, packed once for all test files when missing, or the tarball
 * or npm spec in FZLINT_PACKAGE (to try a release candidate or the published package itself).
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {repositoryRoot} from './run-cli.js'

export interface FzlintPackage {
  /** What `npm install` is given: a tarball path, or an npm spec when FZLINT_PACKAGE names one. */
  spec: string
  version: string
}

/** The version of the package named `fzlint` in the workspace: the tarball's name and the action's default carry it. */
export function readFzlintVersion(): string {
  const packagesFolder = join(repositoryRoot, 'packages')
  for (const folder of readdirSync(packagesFolder)) {
    const manifestPath = join(packagesFolder, folder, 'package.json')
    if (!existsSync(manifestPath)) continue
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {name?: string; version?: string}
    if (manifest.name === 'fzlint' && manifest.version) return manifest.version
  }
  throw new Error('没有名为 fzlint 的包 / no package named fzlint under packages/')
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

/**
 * Vitest runs test files in parallel processes: the first to get here packs, the others wait for its lock
 * (a folder: creating one is atomic) to go, then use the tarball it wrote.
 */
async function packOnce(tarballPath: string): Promise<void> {
  const lockPath = join(tmpdir(), `fzlint-release-pack-${Buffer.from(repositoryRoot).toString('hex').slice(-24)}.lock`)
  const deadline = Date.now() + 10 * 60_000
  for (;;) {
    if (existsSync(tarballPath)) return
    try {
      mkdirSync(lockPath)
      break
    } catch {
      // A lock older than the deadline was left by a killed run.
      const lock = statSync(lockPath, {throwIfNoEntry: false})
      if (lock && Date.now() - lock.mtimeMs > 10 * 60_000) rmSync(lockPath, {recursive: true, force: true})
      if (Date.now() > deadline) throw new Error(`等待 release:pack 超时 / timed out waiting for release:pack (${lockPath})`)
      await sleep(500)
    }
  }
  try {
    if (existsSync(tarballPath)) return
    // The .vsix is another package's; these tests install only the npm tarballs.
    const pack = spawnSync('pnpm', ['-s', 'release:pack', '--skip-vsix'], {cwd: repositoryRoot, encoding: 'utf8', timeout: 9 * 60_000})
    if (pack.status !== 0 || !existsSync(tarballPath)) {
      throw new Error(`pnpm release:pack 没有写出 ${tarballPath} / did not write it (exit ${pack.status}):\n${pack.stdout}\n${pack.stderr}`)
    }
  } finally {
    rmSync(lockPath, {recursive: true, force: true})
  }
}

/** The package to install: FZLINT_PACKAGE, or release/fzlint-<version>.tgz, packed first when missing (call in a beforeAll). */
export async function provideFzlintPackage(): Promise<FzlintPackage> {
  const version = readFzlintVersion()
  const fromEnvironment = process.env['FZLINT_PACKAGE']?.trim()
  if (fromEnvironment) return {spec: fromEnvironment, version}
  const tarballPath = join(repositoryRoot, 'release', `fzlint-${version}.tgz`)
  await packOnce(tarballPath)
  // A copy of this test file's own: release:pack empties release/ before packing again, and in a shared working
  // tree another run may do so while npm is still reading the tarball.
  const copyPath = join(mkdtempSync(join(tmpdir(), 'fzlint-package-')), `fzlint-${version}.tgz`)
  copyFileSync(tarballPath, copyPath)
  return {spec: copyPath, version}
}

/** Generous: packing builds the workspace, and the machine's two cores are shared. */
export const PACKAGE_SETUP_TIMEOUT = 10 * 60_000

/** Installs the package into `prefix` as a user would (npm, nothing global) and returns the CLI's path. */
export function installFzlintPackage(fzlint: FzlintPackage, prefix: string): string {
  const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-update-notifier', fzlint.spec], {
    encoding: 'utf8',
    timeout: 5 * 60_000,
  })
  if (install.status !== 0) throw new Error(`npm install ${fzlint.spec} failed (exit ${install.status}):\n${install.stderr}`)
  return join(prefix, 'node_modules', '.bin', 'fzlint')
}
