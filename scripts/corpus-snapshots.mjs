// The findings of every built-in rule on each corpus report, as the CLI prints them in JSON: written to
// fixtures/corpus/<name>.expected.json by `pnpm generate`, and compared with a fresh run by
// test/corpus-snapshots.test.ts, so a change to any rule shows up as a reviewable diff of real reports' findings.
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** `{"root": true, "extends": ["strict"]}`: every rule on, at its default severity, whatever configuration lies above. */
const ALL_RULES_CONFIG = 'fixtures/corpus-all-rules.config.json'

/** Corpus report → the expected.json text of its findings. Runs the built CLI (pnpm build first). */
export function snapshotCorpus() {
  const reports = readdirSync(join(root, 'fixtures/corpus')).filter((name) => name.endsWith('.txt')).sort()
  const run = spawnSync(process.execPath, [join(root, 'packages/cli/bin/fzlint.js'), '--format', 'json', '--config', ALL_RULES_CONFIG, ...reports.map((name) => `fixtures/corpus/${name}`)], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0 && run.status !== 1) throw new Error(`fzlint exited ${run.status}: ${run.stderr}`)
  const snapshots = {}
  for (const result of JSON.parse(run.stdout)) {
    const name = result.filePath.split(/[\\/]/u).pop().replace(/\.txt$/u, '')
    const findings = result.messages.map(({ruleId, severity, line, column, endLine, endColumn, message}) => ({ruleId, severity, line, column, endLine, endColumn, message}))
    snapshots[`fixtures/corpus/${name}.expected.json`] = `${JSON.stringify({report: `fixtures/corpus/${name}.txt`, config: ALL_RULES_CONFIG, findings}, null, 2)}\n`
  }
  return snapshots
}
