/** Entry point: `fzlint-language-server --stdio [--max-file-time <seconds>]`. */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {startServer} from './server.js'

/**
 * The lint worker's bundle, beside this one: the build writes both into packages/language-server/dist (lint-worker.js)
 * and copies the folder into the fzlint package's dist/server/; the VS Code extension's build names it .mjs. This is
 * the entry module, so its import.meta.url is the server bundle itself, never a shared chunk.
 */
const workerScript = ['./lint-worker.js', './lint-worker.mjs'].map((name) => fileURLToPath(new URL(name, import.meta.url)))

/** `--max-file-time <seconds>` or `--max-file-time=<seconds>`, in milliseconds; undefined when absent or not a number. */
function findMaxFileTimeMs(argv: readonly string[]): number | undefined {
  const index = argv.findIndex((argument) => argument === '--max-file-time' || argument.startsWith('--max-file-time='))
  if (index === -1) return undefined
  const value = argv[index]!.includes('=') ? argv[index]!.slice('--max-file-time='.length) : argv[index + 1]
  if (value === undefined || !/^\d+(?:\.\d+)?$/u.test(value)) {
    process.stderr.write(`fzlint-language-server: --max-file-time 需要非负的秒数，收到 “${value ?? ''}”，按默认 30 秒 / expects seconds; using the default 30\n`)
    return undefined
  }
  return Number(value) * 1000
}

startServer(createConnection(ProposedFeatures.all), {
  workerScript: workerScript.find((path) => existsSync(path)),
  maxFileTimeMs: findMaxFileTimeMs(process.argv.slice(2)),
})
