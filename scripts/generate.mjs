// Writes the generated, committed artifacts (schemas/*.json, presets, README tables) from scripts/artifacts.ts, and the
// corpus reports' expected findings from scripts/corpus-snapshots.mjs.
// Run after adding a rule, an option or a data file: `pnpm generate`. test/generated.test.ts checks they are current.
import {bundleForNode} from './bundle-for-node.mjs'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
// The generator produces the precompiled config validator, so it must run without one.
const standInForGeneratedValidator = {
  name: 'stand-in-for-generated-validator',
  setup(buildContext) {
    buildContext.onResolve({filter: /generated\/config-validator\.js$/}, () => ({path: 'config-validator', namespace: 'stand-in'}))
    buildContext.onLoad({filter: /.*/, namespace: 'stand-in'}, () => ({contents: 'export default () => true; export const ruleIds = []', loader: 'js'}))
  },
}
const outfile = await bundleForNode(root, 'scripts/artifacts.ts', 'artifacts', {plugins: [standInForGeneratedValidator]})
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
