// `pnpm eval:pages`: scores web-noise, the title and the report year against the annotated real pages in
// fixtures/pages/ (see scripts/score-pages.ts). Bundles the scorer with the current sources, so no build is needed.
// `--verbose` lists every page; `--json` prints the whole score.
import {spawnSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {bundleForNode, englishZodLocaleOnly} from './bundle-for-node.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = {
  contents: `import {scorePages, formatScore} from './scripts/score-pages.ts'
const score = scorePages()
if (process.argv.includes('--json')) console.log(JSON.stringify(score, null, 2))
else console.log(formatScore(score, process.argv.includes('--verbose')))`,
  resolveDir: root,
}
const outfile = await bundleForNode(root, entry, 'eval-pages', {plugins: [englishZodLocaleOnly]})
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {stdio: 'inherit'})
process.exit(run.status ?? 1)
