/** Formats through the built CLI: SARIF with the rules' READMEs, the GitHub job summary, output files. */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repositoryRoot, runCli} from './helpers/run-cli.js'

const formattersRequire = createRequire(new URL('../packages/formatters/package.json', import.meta.url))

// Every case spawns the CLI; on a busy machine one run can take seconds.
describe('formats through the CLI', {timeout: 300_000}, () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fzlint-formats-'))
  })
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('sarif on the corpus: schema-valid, rule help read from the READMEs, paths relative to the repository', async () => {
    const target = join(folder, 'corpus.sarif')
    const run = runCli(['--format', 'sarif', '--output-file', target, 'fixtures/corpus'])
    expect(run.status, run.stderr).toBe(1)
    const log = JSON.parse(await readFile(target, 'utf8'))
    const Ajv = (formattersRequire('ajv-draft-04') as {default: typeof import('ajv').default}).default
    const addFormats = (formattersRequire('ajv-formats') as {default: typeof import('ajv-formats').default}).default
    // The schema's language pattern is invalid with the `u` flag.
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(formattersRequire('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const rules = log.runs[0].tool.driver.rules as {id: string; help: {markdown?: string}}[]
    const readme = await readFile(join(repositoryRoot, 'rules/structure/required-section/README.md'), 'utf8')
    expect(rules.find((rule) => rule.id === 'required-section')!.help.markdown).toBe(readme)
    const uris = (log.runs[0].results as {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}[]).map(
      (result) => result.locations[0]!.physicalLocation.artifactLocation.uri,
    )
    expect(uris.length).toBeGreaterThan(0)
    expect(uris.every((uri) => uri.startsWith('fixtures/corpus/'))).toBe(true)
  })

  it('github appends every finding to GITHUB_STEP_SUMMARY', async () => {
    const summary = join(folder, 'summary.md')
    await writeFile(summary, '# earlier step\n')
    const run = runCli(['--format', 'github', 'fixtures/corpus/dongguan-2018.txt'], {env: {GITHUB_STEP_SUMMARY: summary}})
    expect(run.status).toBe(1)
    const commands = run.stdout.trimEnd().split('\n')
    expect(commands.every((line) => /^::(error|warning) file=fixtures\/corpus\/dongguan-2018\.txt,line=\d+/u.test(line))).toBe(true)
    const text = await readFile(summary, 'utf8')
    expect(text.startsWith('# earlier step\n### fzlint')).toBe(true)
    expect(text.split('\n').filter((line) => line.startsWith('| fixtures/corpus/dongguan-2018.txt |'))).toHaveLength(commands.length)
  })

  it('rejects an unknown format with a clear message', () => {
    const run = runCli(['--format', 'nope', 'fixtures/corpus/helong-2023.txt'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('sarif')
    expect(run.stderr).not.toMatch(/\n\s+at /u)
  })
})
