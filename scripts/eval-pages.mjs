// `pnpm eval:pages`: scores web-noise, the title and the report year against the annotated real pages in
// fixtures/pages/ (see scripts/score-pages.ts). Bundles the scorer with the current sources, so no build is needed.
// `--verbose` lists every page; `--json` prints the whole score.
import {build} from 'esbuild'
import {spawnSync} from 'node:child_process'
import {mkdirSync} from 'node:fs'

const outfile = 'node_modules/.cache/fzlint/eval-pages.mjs'
mkdirSync('node_modules/.cache/fzlint', {recursive: true})
const englishZodLocaleOnly = {
  name: 'english-zod-locale-only',
  setup(build) {
    build.onLoad({filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/}, () => ({contents: 'export {default as en} from "./en.js"'}))
  },
}
await build({
  stdin: {
    contents: `import {scorePages, formatScore} from './scripts/score-pages.ts'
const score = scorePages()
if (process.argv.includes('--json')) console.log(JSON.stringify(score, null, 2))
else console.log(formatScore(score, process.argv.includes('--verbose')))`,
    resolveDir: '.',
    loader: 'ts',
  },
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: {js: "import {createRequire as __fzlintCreateRequire} from 'node:module'; const require = __fzlintCreateRequire(import.meta.url);"},
  logLevel: 'warning',
  plugins: [englishZodLocaleOnly],
})
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {stdio: 'inherit'})
process.exit(run.status ?? 1)
