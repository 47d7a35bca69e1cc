// Bundles the command-line tools with esbuild so they start fast (one file, no TypeScript at run time).
// Heavy readers (.docx, .html) are split into chunks that load only when such a file is read.
import {build} from 'esbuild'
import {existsSync} from 'node:fs'

const requireShim = "import {createRequire as __fzlintCreateRequire} from 'node:module'; const require = __fzlintCreateRequire(import.meta.url);"

const targets = [
  {entry: 'packages/cli/src/index.ts', outdir: 'packages/cli/dist', name: 'cli'},
  {entry: 'packages/language-server/src/main.ts', outdir: 'packages/language-server/dist', name: 'server'},
  {entry: 'packages/review/src/worker.ts', outdir: 'packages/review/dist', name: 'worker'},
]

for (const target of targets) {
  if (!existsSync(target.entry)) continue
  await build({
    entryPoints: {[target.name]: target.entry},
    outdir: target.outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    banner: {js: requireShim},
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  })
}

// The page of `fzlint serve` runs the engine in the browser. Platform 'browser' turns a Node built-in pulled
// in by mistake (fs, path, streams) into a build error here, rather than a page that breaks when a file is dropped.
const pageEntry = 'packages/serve/src/page/main.ts'
if (existsSync(pageEntry)) {
  await build({
    entryPoints: {app: pageEntry},
    outdir: 'packages/serve/dist',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Browsers from late 2021 on: the engine uses Object.hasOwn, Array.prototype.at and Unicode regular expressions.
    target: ['chrome93', 'edge93', 'firefox92', 'safari15.4'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
}
