// Bundles the command-line tools with esbuild so they start fast (one file, no TypeScript at run time).
// The language server and the pool's and review's workers are ES modules whose heavy readers (.docx, .html) are split into
// chunks loaded only when such a file is read. The CLI is one CommonJS file instead, because that is what
// V8's code cache can serve on Node 20 (see packages/cli/bin/load-cli-bundle.js): start-up is what counts there.
import {build} from 'esbuild'
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {makeBundleAscii} from './ascii-only-bundle.mjs'
import {bundleForNode, englishZodLocaleOnly, importBundled, REQUIRE_SHIM} from './bundle-for-node.mjs'

// FZLINT_NO_MINIFY=1 keeps names, for profiles and V8's --trace-opt/--trace-deopt output.
const minify = !process.env.FZLINT_NO_MINIFY

// Built-in data is checked once here (valid, and complete as written: DataFile.checkBuiltIn), so that the
// bundles below, which inline it, need not validate it again on every start.
const dataCheck = await bundleForNode(process.cwd(), 'scripts/check-builtin-data.ts', 'check-builtin-data', {plugins: [englishZodLocaleOnly]})
const checked = spawnSync(process.execPath, [dataCheck], {stdio: 'inherit'})
if (checked.status !== 0) process.exit(1)
const builtInDataChecked = {__FZLINT_BUILTIN_DATA_CHECKED__: 'true'}

// What the Node bundles below (the workers, the language server, the CLI) share.
const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [englishZodLocaleOnly],
}

// The language server lints in a worker thread of its own: its entry is built beside the server (lint-worker.js),
// where the server looks for it, with the code both use in shared chunks.
const targets = [
  {entry: 'packages/language-server/src/main.ts', outdir: 'packages/language-server/dist', name: 'server', workers: {'lint-worker': 'packages/language-server/src/lint-worker.ts'}},
  // The pool's lint worker (the plain command's batches and --jobs), and the review's worker on the same pool.
  {entry: 'packages/pool/src/worker.ts', outdir: 'packages/pool/dist', name: 'worker'},
  {entry: 'packages/review/src/worker.ts', outdir: 'packages/review/dist', name: 'worker'},
]

for (const target of targets) {
  if (!existsSync(target.entry)) continue
  // Chunk names carry a hash: without a clean folder, every build would leave the previous chunks behind.
  rmSync(target.outdir, {recursive: true, force: true})
  await build({
    ...nodeBundle,
    entryPoints: {[target.name]: target.entry, ...target.workers},
    outdir: target.outdir,
    splitting: true,
    format: 'esm',
    banner: {js: REQUIRE_SHIM},
    chunkNames: 'chunks/[name]-[hash]',
    define: builtInDataChecked,
  })
}

// Packages only some runs need (the Word readers, re-encoding for --fix), required from node_modules when
// used rather than bundled: they are a third of the CLI's code, and every run would pay to read and load them.
// (Only CommonJS packages: an ES-only one would come back from require() as a namespace.)
const LAZY_PACKAGES = ['iconv-lite', 'jszip', 'fast-xml-parser', 'word-extractor']

// The CLI: CommonJS, with `import.meta.url` (used to find the rules' READMEs and the review worker) defined as
// the bundle's own URL.
rmSync('packages/cli/dist', {recursive: true, force: true})
await build({
  ...nodeBundle,
  entryPoints: {cli: 'packages/cli/src/index.ts'},
  outdir: 'packages/cli/dist',
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  define: {'import.meta.url': '__fzlintBundleUrl', ...builtInDataChecked},
  external: LAZY_PACKAGES,
  banner: {js: "const __fzlintBundleUrl = require('node:url').pathToFileURL(__filename).href;"},
})
// In ASCII, which the launcher reads as a one-byte string (see ascii-only-bundle.mjs), before its code cache is made.
makeBundleAscii('packages/cli/dist/cli.cjs', 'packages/cli/dist/cli.cjs.map')

// Its code cache, written by a warm-up run of the real launcher with this Node binary, so that the functions
// linting a report needs are compiled in it. Without a sample report the cache holds only the top level.
const warmUpReport = 'fixtures/clean/clean-2023.txt'
const warmUpArgs = ['packages/cli/bin/fzlint.js', ...(existsSync(warmUpReport) ? ['--format', 'json', warmUpReport] : ['--version'])]
const warmUp = spawnSync(process.execPath, warmUpArgs, {env: {...process.env, FZLINT_WRITE_CODE_CACHE: '1'}, encoding: 'utf8'})
if (!existsSync('packages/cli/dist/cli.cjs.cache')) {
  process.stderr.write(`build: the CLI bundle did not run (exit ${warmUp.status}):\n${warmUp.stderr}`)
  process.exit(1)
}
// The pool's workers load the same bundle (packages/cli/bin/pool-worker.js) after a batch has set its V8 flags, under
// which V8 rejects the cache above: theirs is made by the same warm-up in a process started with those flags.
const {BATCH_V8_FLAGS} = await importBundled(process.cwd(), 'packages/pool/src/batch-v8-flags.ts', 'batch-v8-flags')
const batchWarmUp = spawnSync(process.execPath, [...BATCH_V8_FLAGS, ...warmUpArgs], {env: {...process.env, FZLINT_WRITE_CODE_CACHE: 'batch'}, encoding: 'utf8'})
if (!existsSync('packages/cli/dist/cli.cjs.batch.cache')) {
  process.stderr.write(`build: the CLI bundle did not run under a batch's V8 flags (exit ${batchWarmUp.status}):\n${batchWarmUp.stderr}`)
  process.exit(1)
}

// The page of `fzlint serve` runs the engine in the browser. Platform 'browser' turns a Node built-in pulled
// in by mistake (fs, path, streams) into a build error here, rather than a page that breaks when a file is dropped.
const pageEntry = 'packages/serve/src/page/main.ts'
if (existsSync(pageEntry)) {
  // What the page's three scripts share: one browser script each, beside the others.
  const pageScript = {
    outdir: 'packages/serve/dist',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Browsers from late 2021 on: the engine uses Object.hasOwn, Array.prototype.at and Unicode regular expressions.
    target: ['chrome93', 'edge93', 'firefox92', 'safari15.4'],
    minify,
    legalComments: 'none',
  }
  await build({
    ...pageScript,
    entryPoints: {app: pageEntry},
    define: builtInDataChecked,
    logLevel: 'warning',
    plugins: [englishZodLocaleOnly],
  })
  // pdf.js for the page, a script of its own that the page loads when a .pdf is dropped (see pdfjs-entry.ts).
  await build({
    ...pageScript,
    entryPoints: {pdf: 'packages/serve/src/page/pdfjs-entry.ts'},
    loader: {'.bcmap': 'binary'},
    minify: true,
    logLevel: 'error',
  })
  // word-extractor for the page, a script of its own loaded when a .doc or an OLE .wps is dropped (see
  // word-extractor-entry.ts): only the package's OLE path, with Node's `Buffer` from the npm `buffer` package
  // (injected where the package's code names it without importing it) and `stream` a shim of the little it uses.
  // In this build only: the CLI and the workers require the package as installed.
  await build({
    ...pageScript,
    entryPoints: {word: 'packages/serve/src/page/word-extractor-entry.ts'},
    alias: {stream: './packages/serve/src/page/word-stream-shim.ts'},
    inject: ['packages/serve/src/page/word-buffer-global.ts'],
    logLevel: 'warning',
  })
}

// The `fzlint` package (packages/cli) is what users install: one folder holding every program they run, so that
// the installed copy finds its parts beside the CLI bundle (dist/worker/, dist/server/, dist/page/, dist/rule-docs/)
// and needs no other workspace package. The bundles above are copied in, not built again. The pool's lint worker is
// the CLI bundle itself (bin/pool-worker.js), so packages/pool/dist is not among them.
const fzlintDist = 'packages/cli/dist'
const copyBundle = (from, to) => {
  if (!existsSync(from)) return
  cpSync(from, join(fzlintDist, to), {recursive: true, filter: (path) => !path.endsWith('.map')})
}
copyBundle('packages/review/dist', 'worker')
copyBundle('packages/language-server/dist', 'server')
if (existsSync('packages/serve/dist/app.js')) {
  mkdirSync(join(fzlintDist, 'page'), {recursive: true})
  cpSync('packages/serve/dist/app.js', join(fzlintDist, 'page/app.js'))
  cpSync('packages/serve/dist/pdf.js', join(fzlintDist, 'page/pdf.js'))
  cpSync('packages/serve/dist/word.js', join(fzlintDist, 'page/word.js'))
  cpSync('packages/serve/src/page/index.html', join(fzlintDist, 'page/index.html'))
}
// pdf.js, which the PDF reader loads by path from dist/pdfjs/ (packages/core/src/io/load-pdfjs.ts): its minified
// legacy build and worker under their usual names, the CMaps (Chinese PDFs whose fonts are not embedded) and the
// standard fonts. Copied rather than depended on: pdfjs-dist is 40 MB and pulls a 30 MB native canvas for rendering.
{
  const pdfjsRoot = dirname(createRequire(join(process.cwd(), 'packages/core/package.json')).resolve('pdfjs-dist/package.json'))
  const target = join(fzlintDist, 'pdfjs')
  mkdirSync(join(target, 'legacy/build'), {recursive: true})
  cpSync(join(pdfjsRoot, 'legacy/build/pdf.min.mjs'), join(target, 'legacy/build/pdf.mjs'))
  cpSync(join(pdfjsRoot, 'legacy/build/pdf.worker.min.mjs'), join(target, 'legacy/build/pdf.worker.mjs'))
  cpSync(join(pdfjsRoot, 'cmaps'), join(target, 'cmaps'), {recursive: true})
  cpSync(join(pdfjsRoot, 'standard_fonts'), join(target, 'standard_fonts'), {recursive: true})
  cpSync(join(pdfjsRoot, 'LICENSE'), join(target, 'LICENSE'))
  writeFileSync(join(target, 'package.json'), `${JSON.stringify({name: 'pdfjs-dist', version: JSON.parse(readFileSync(join(pdfjsRoot, 'package.json'), 'utf8')).version, license: 'Apache-2.0', type: 'module'}, null, 2)}\n`)
}
// Rule READMEs, for SARIF's rule help: rules/<theme>/<id>/README.md → dist/rule-docs/<id>.md.
mkdirSync(join(fzlintDist, 'rule-docs'), {recursive: true})
for (const theme of readdirSync('rules', {withFileTypes: true}).filter((entry) => entry.isDirectory())) {
  for (const rule of readdirSync(join('rules', theme.name), {withFileTypes: true})) {
    const readme = join('rules', theme.name, rule.name, 'README.md')
    if (rule.isDirectory() && existsSync(join('rules', theme.name, rule.name, 'rule.ts')) && existsSync(readme)) {
      cpSync(readme, join(fzlintDist, 'rule-docs', `${rule.name}.md`))
    }
  }
}
// The JSON Schemas, at a path a config file's `$schema` can name: ./node_modules/fzlint/schemas/config.schema.json.
rmSync('packages/cli/schemas', {recursive: true, force: true})
cpSync('schemas', 'packages/cli/schemas', {recursive: true})

// Tests rebuild when a source is newer than this (test/global-setup.ts): the last thing a finished build writes.
mkdirSync('node_modules/.cache/fzlint', {recursive: true})
writeFileSync('node_modules/.cache/fzlint/build-stamp', new Date().toISOString())
