// Writes the generated, committed artifacts (schemas/*.json, presets, README tables) from scripts/artifacts.ts, and the
// corpus reports' expected findings from scripts/corpus-snapshots.mjs.
// Run after adding a rule, an option or a data file: `pnpm generate`. test/generated.test.ts checks they are current.
import {build} from 'esbuild'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const outfile = join(root, 'node_modules', '.cache', 'fzlint', 'artifacts.mjs')
await build({
  entryPoints: [join(root, 'scripts/artifacts.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: {js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);"},
  logLevel: 'warning',
  plugins: [
    {
      // The generator produces the precompiled config validator, so it must run without one.
      name: 'stand-in-for-generated-validator',
      setup(buildContext) {
        buildContext.onResolve({filter: /generated\/config-validator\.js$/}, () => ({path: 'config-validator', namespace: 'stand-in'}))
        buildContext.onLoad({filter: /.*/, namespace: 'stand-in'}, () => ({contents: 'export default () => true; export const ruleIds = []', loader: 'js'}))
      },
    },
  ],
})
const {generateArtifacts} = await import(pathToFileURL(outfile).href)
for (const [path, contents] of Object.entries(generateArtifacts(root))) {
  mkdirSync(dirname(join(root, path)), {recursive: true})
  writeFileSync(join(root, path), contents)
  console.log(`wrote ${path}`)
}
rmSync(outfile, {force: true})

// The corpus reports' findings, from the CLI as built now (run `pnpm build` first when rules changed).
const {snapshotCorpus} = await import(pathToFileURL(join(root, 'scripts/corpus-snapshots.mjs')).href)
for (const [path, contents] of Object.entries(snapshotCorpus())) {
  writeFileSync(join(root, path), contents)
  console.log(`wrote ${path}`)
}
