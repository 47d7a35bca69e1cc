#!/usr/bin/env node
// The language server (`fzlint-language-server --stdio`), bundled by the build into dist/server/ as an ES module.
// This launcher is CommonJS (bin/package.json), as fzlint's own, so it loads the module with import().
import('../dist/server/server.js').catch((error) => {
  const reason = error?.code === 'ERR_MODULE_NOT_FOUND' ? '未构建，请先运行 pnpm build / not built: run pnpm build first' : String(error?.message ?? error)
  process.stderr.write(`fzlint-language-server: 无法加载 / cannot load: ${reason}\n`)
  process.exit(2)
})
