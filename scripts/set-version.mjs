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

writeVersion(join(root, 'package.json'))
for (const group of ['packages', 'rules']) {
  for (const entry of readdirSync(join(root, group), {withFileTypes: true})) {
    const manifest = join(root, group, entry.name, 'package.json')
    if (entry.isDirectory() && existsSync(manifest)) writeVersion(manifest)
  }
}
process.stdout.write(`fzlint ${version}: 版本已写入各包 / written into every package; add a CHANGELOG.md entry\n`)
