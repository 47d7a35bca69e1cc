// `pnpm release:version <x.y.z>`: the root package.json's version, written into every workspace package.
import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const version = process.argv[2]
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/u.test(version)) {
  process.stderr.write('用法 / usage: pnpm release:version <x.y.z>\n')
  process.exit(2)
}

/** Replaces only the `"version": "…"` line, so the rest of each manifest keeps its hand-written layout. */
function writeVersion(manifestPath) {
  const text = readFileSync(manifestPath, 'utf8')
  const updated = text.replace(/^(\s*"version":\s*)"[^"]*"/mu, `$1"${version}"`)
  if (updated === text && !text.includes(`"version": "${version}"`)) throw new Error(`${manifestPath} has no version field`)
  writeFileSync(manifestPath, updated)
}

const previous = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
writeVersion(join(root, 'package.json'))
writeVersion(join(root, 'pre-commit/package.json'))
// The example plugin follows too, and asks for the @fzlint/core of this release.
for (const entry of readdirSync(join(root, 'examples'), {withFileTypes: true})) {
  const manifest = join(root, 'examples', entry.name, 'package.json')
  if (!entry.isDirectory() || !existsSync(manifest)) continue
  writeVersion(manifest)
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/("@fzlint\/core":\s*")\^[^"]*"/u, `$1^${version}"`))
}
for (const group of ['packages', 'rules']) {
  for (const entry of readdirSync(join(root, group), {withFileTypes: true})) {
    const manifest = join(root, group, entry.name, 'package.json')
    if (entry.isDirectory() && existsSync(manifest)) writeVersion(manifest)
  }
}
// The version users pin in the docs and hooks: `fzlint@x.y.z`, `uses: fzlint/fzlint@vx.y.z`, `rev: vx.y.z`. The
// CI-recipe tests fail when a pin disagrees with the release, so they are rewritten with it.
const escaped = previous.replace(/\./gu, '\\.')
const pins = new RegExp(`(fzlint@v?|rev: v)${escaped}(?![\\d.])`, 'gu')
for (const path of ['README.md', 'docs/ci.md', 'packages/cli/README.md', 'pre-commit/README.md', 'pre-commit/.pre-commit-hooks.yaml']) {
  const file = join(root, path)
  if (!existsSync(file)) continue
  writeFileSync(file, readFileSync(file, 'utf8').replace(pins, `$1${version}`))
}
process.stdout.write(`fzlint ${previous} → ${version}: 版本已写入各包与文档中的固定版本 / written into every package and the pinned versions in docs and hooks; add a CHANGELOG.md entry\n`)
