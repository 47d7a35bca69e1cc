#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/ by `pnpm build` (run on install) so it starts fast.
import {run} from '../dist/cli.js'

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`fzlint: 内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  },
)
