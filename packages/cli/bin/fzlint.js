#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/ by `pnpm build` (run on install) and loaded with its code cache.
// CommonJS (bin/package.json), so that Node starts it without its ES module loader.
const {loadCliBundle} = require('./load-cli-bundle.js')

// Output piped into a reader that stops early (`fzlint … | head`) closes the pipe: that ends the run quietly, as
// for other Unix tools, rather than with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

let bundle
try {
  bundle = loadCliBundle()
} catch (error) {
  const reason = error?.code === 'ENOENT' ? '未构建，请先运行 pnpm build / not built: run pnpm build first' : String(error?.message ?? error)
  process.stderr.write(`fzlint: 无法加载 / cannot load: ${reason}\n`)
  process.exit(2)
}
bundle.exports.run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
    if (process.env.FZLINT_WRITE_CODE_CACHE) bundle.saveCodeCache()
  },
  (error) => {
    process.stderr.write(`fzlint: 内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  },
)
