/**
 * Before any test file runs: the bundles and the release tarballs are rebuilt when a source is newer than them, so
 * `vitest run test/…` after editing a rule never tests the previous build (the CLI tests run the bundle, and the
 * install tests the packed package, as users get them).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * What the build and release:pack write inside the source folders: the schemas copied into the fzlint package, and
 * the LICENSE and CHANGELOG copied into each package before packing. They are outputs, never sources.
 */
const COPIED_OUTPUTS = new Set(['packages/cli/schemas', 'LICENSE', 'CHANGELOG.md'])

/** The newest modification time under `paths` (files or folders; node_modules, dist and copies skipped unless named). */
function newestModification(paths: readonly string[]): number {
  let newest = 0
  const visit = (path: string, isNamed: boolean) => {
    const stats = statSync(path, {throwIfNoEntry: false})
    if (!stats) return
    if (!stats.isDirectory()) {
      newest = Math.max(newest, stats.mtimeMs)
      return
    }
    for (const entry of readdirSync(path)) {
      if (!isNamed && (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.') || COPIED_OUTPUTS.has(entry))) continue
      if (COPIED_OUTPUTS.has(join(path, entry).slice(root.length))) continue
      visit(join(path, entry), false)
    }
  }
  for (const path of paths) visit(join(root, path), true)
  return newest
}

function modificationOf(path: string): number {
  return statSync(join(root, path), {throwIfNoEntry: false})?.mtimeMs ?? 0
}

function run(script: string, args: string[] = []): void {
  const result = spawnSync(process.execPath, [join(root, script), ...args], {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
}

/** Written by scripts/build.mjs when it has finished. */
const BUILD_STAMP = 'node_modules/.cache/fzlint/build-stamp'

/** Everything the bundles are built from. */
const BUNDLE_SOURCES = ['packages', 'rules', 'schemas', 'scripts/build.mjs', 'scripts/bundle-for-node.mjs', 'scripts/ascii-only-bundle.mjs', 'scripts/check-builtin-data.ts']

export default function setup(): void {
  if (newestModification(BUNDLE_SOURCES) > modificationOf(BUILD_STAMP)) run('scripts/build.mjs')
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version
  const tarball = `release/fzlint-${version}.tgz`
  const packSources = [...BUNDLE_SOURCES, BUILD_STAMP, 'scripts/release-pack.mjs', 'scripts/build-libraries.mjs', 'LICENSE', 'CHANGELOG.md']
  if (!existsSync(join(root, tarball)) || newestModification(packSources) > modificationOf(tarball)) {
    run('scripts/release-pack.mjs', ['--skip-build', '--skip-vsix'])
  }
}
