/**
 * The GitHub Action (action.yml and its script action/run-fzlint.mjs), run as the runner runs it: inputs in the
 * environment, the packed fzlint installed into RUNNER_TEMP, outputs and job summary written to fake files.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {LintResult} from '@fzlint/core'
import {PACKAGE_SETUP_TIMEOUT, provideFzlintPackage, readFzlintVersion, type FzlintPackage} from './helpers/fzlint-package.js'
import {repositoryRoot} from './helpers/run-cli.js'

const SCRIPT = join(repositoryRoot, 'action', 'run-fzlint.mjs')
const actionYaml = readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')

interface ActionInputs {
  paths: string
  format?: string
  args?: string
  outputFile?: string
}

interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Reads GITHUB_OUTPUT as the runner does: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const heredoc = /^([\w-]+)<<(.+)$/u.exec(line)
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, index + 1)
      outputs[heredoc[1]!] = lines.slice(index + 1, end).join('\n')
      index = end
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

function runAction(workspace: string, runnerTemp: string, inputs: ActionInputs, env: NodeJS.ProcessEnv = {}): ActionRun {
  const folder = mkdtempSync(join(runnerTemp, 'step-'))
  const outputPath = join(folder, 'github-output')
  const summaryPath = join(folder, 'step-summary')
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const child = spawnSync(process.execPath, [SCRIPT], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 5 * 60_000,
    env: {
      ...process.env,
      NO_COLOR: '1',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      FZLINT_PATHS: inputs.paths,
      FZLINT_FORMAT: inputs.format ?? 'sarif',
      FZLINT_ARGS: inputs.args ?? '',
      FZLINT_OUTPUT_FILE: inputs.outputFile ?? '',
      ...env,
    },
  })
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    outputs: parseGithubOutput(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  }
}

/** A draft repository: three real reports, one in a folder with a space in its name, one two levels down. */
function makeWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'fzlint-action-'))
  const place = (corpusName: string, target: string) => {
    mkdirSync(join(workspace, target, '..'), {recursive: true})
    copyFileSync(join(repositoryRoot, 'fixtures', 'corpus', corpusName), join(workspace, target))
  }
  place('dongguan-2018.txt', 'reports/2023 draft/dongguan-2018.txt')
  place('fangxian-2023.txt', 'reports/fangxian-2023.txt')
  place('helong-2023.txt', 'reports/county/2024/helong-2023.txt')
  return workspace
}

function sumCounts(results: LintResult[]) {
  return {
    errors: results.reduce((sum, result) => sum + result.errorCount, 0),
    warnings: results.reduce((sum, result) => sum + result.warningCount, 0),
  }
}

describe('action/run-fzlint.mjs with the packed fzlint', () => {
  let fzlint: FzlintPackage
  let workspace: string
  let runnerTemp: string
  /** The results of the JSON run over all three reports, which every other run is compared with. */
  let allResults: LintResult[]
  const run = (inputs: ActionInputs, env: NodeJS.ProcessEnv = {}) => runAction(workspace, runnerTemp, inputs, {FZLINT_PACKAGE: fzlint.spec, ...env})

  beforeAll(async () => {
    fzlint = await provideFzlintPackage()
    workspace = makeWorkspace()
    runnerTemp = mkdtempSync(join(tmpdir(), 'fzlint-runner-temp-'))
    // The first run installs the package into RUNNER_TEMP; the later ones find it there.
    const first = run({paths: 'reports/**/*.txt', format: 'json', outputFile: 'out/all.json'})
    if (first.status !== 0) throw new Error(`action run failed (${first.status}):\n${first.stdout}\n${first.stderr}`)
    allResults = JSON.parse(readFileSync(join(workspace, 'out', 'all.json'), 'utf8')) as LintResult[]
  }, PACKAGE_SETUP_TIMEOUT)

  it('hands a ** glob to fzlint unexpanded: every report at every depth, the folder with a space included', () => {
    const names = allResults.map((result) => result.filePath.slice(workspace.length + 1).split('\\').join('/')).sort()
    expect(names).toEqual(['reports/2023 draft/dongguan-2018.txt', 'reports/county/2024/helong-2023.txt', 'reports/fangxian-2023.txt'])
  })

  it('writes exit-code, errors and warnings outputs that match the results', () => {
    const result = run({paths: 'reports/**/*.txt', format: 'stylish'})
    const {errors, warnings} = sumCounts(allResults)
    expect(errors + warnings).toBeGreaterThan(0)
    expect(result.outputs).toEqual({'exit-code': errors > 0 ? '1' : '0', errors: String(errors), warnings: String(warnings), 'output-file': ''})
    expect(result.status).toBe(0)
  })

  it('takes one path per line: a file whose folder has a space, a folder, and blank lines', () => {
    const result = run({paths: '\n  reports/2023 draft/dongguan-2018.txt  \n\nreports/county\n', format: 'json', outputFile: 'out/two.json'})
    const results = JSON.parse(readFileSync(join(workspace, 'out', 'two.json'), 'utf8')) as LintResult[]
    expect(results.map((entry) => entry.filePath.split('\\').join('/').replace(/^.*\/reports\//u, ''))).toEqual([
      '2023 draft/dongguan-2018.txt',
      'county/2024/helong-2023.txt',
    ])
    expect(result.outputs['errors']).toBe(String(sumCounts(results).errors))
  })

  it('lints a folder named like a subcommand (review) as a folder', () => {
    mkdirSync(join(workspace, 'review'), {recursive: true})
    copyFileSync(join(repositoryRoot, 'fixtures', 'corpus', 'gaoming-2023.txt'), join(workspace, 'review', 'gaoming-2023.txt'))
    const result = run({paths: 'review', format: 'json', outputFile: 'out/review.json'})
    const results = JSON.parse(readFileSync(join(workspace, 'out', 'review.json'), 'utf8')) as LintResult[]
    expect(results.map((entry) => entry.filePath.split('\\').join('/').replace(/^.*\/review\//u, 'review/'))).toEqual(['review/gaoming-2023.txt'])
    expect(result.outputs['output-file']).toBe('out/review.json')
  })

  const expectedFor = (paths: string[]) => sumCounts(allResults.filter((result) => paths.some((path) => result.filePath.split('\\').join('/').endsWith(path))))
  const PATHS = 'reports/2023 draft/dongguan-2018.txt\nreports/fangxian-2023.txt'
  const expected = () => expectedFor(['dongguan-2018.txt', 'fangxian-2023.txt'])

  it('stylish: the report in the log, the counts in the job summary', () => {
    const result = run({paths: PATHS, format: 'stylish'})
    const {errors, warnings} = expected()
    expect(result.stdout).toContain('reports/2023 draft/dongguan-2018.txt')
    expect(result.stdout).toContain(`(${errors} errors, ${warnings} warnings)`)
    expect(result.outputs).toMatchObject({errors: String(errors), warnings: String(warnings), 'output-file': ''})
    expect(result.summary).toContain(`${errors} errors, ${warnings} warnings in 2 files`)
  })

  it('json: the results file named by output-file', () => {
    const result = run({paths: PATHS, format: 'json', outputFile: 'results/fzlint.json'})
    const results = JSON.parse(readFileSync(join(workspace, 'results', 'fzlint.json'), 'utf8')) as LintResult[]
    expect(sumCounts(results)).toEqual(expected())
    expect(result.outputs).toMatchObject({'output-file': 'results/fzlint.json', warnings: String(expected().warnings)})
  })

  it('sarif: fzlint.sarif by default, one result per finding, named in the output-file output for the upload', () => {
    const result = run({paths: PATHS})
    expect(result.outputs['output-file']).toBe('fzlint.sarif')
    const sarif = JSON.parse(readFileSync(join(workspace, 'fzlint.sarif'), 'utf8')) as {version: string; runs: {results: {level: string}[]}[]}
    expect(sarif.version).toBe('2.1.0')
    const levels = sarif.runs[0]!.results.map((entry) => entry.level)
    expect({errors: levels.filter((level) => level === 'error').length, warnings: levels.filter((level) => level === 'warning').length}).toEqual(expected())
    expect(result.outputs['errors']).toBe(String(expected().errors))
  })

  it('github: annotations in the log, not in a file, and fzlint’s table of findings in the job summary once', () => {
    const result = run({paths: PATHS, format: 'github', outputFile: 'ignored.txt'})
    const {errors, warnings} = expected()
    const annotations = result.stdout.split('\n').filter((line) => /^::(error|warning) file=/u.test(line))
    expect(annotations.filter((line) => line.startsWith('::error ')).length).toBe(errors)
    expect(annotations.filter((line) => line.startsWith('::warning ')).length).toBe(warnings)
    expect(annotations.some((line) => line.includes('file=reports/2023 draft/dongguan-2018.txt,'))).toBe(true)
    expect(existsSync(join(workspace, 'ignored.txt'))).toBe(false)
    expect(result.summary.match(/### fzlint/gu)).toHaveLength(1)
    expect(result.summary).toContain(`(${errors} errors, ${warnings} warnings)`)
    expect(result.summary.split('\n').filter((line) => line.startsWith('| reports/'))).toHaveLength(errors + warnings)
    expect(result.outputs).toMatchObject({errors: String(errors), warnings: String(warnings), 'output-file': ''})
  })

  it('junit: a test report file', () => {
    const result = run({paths: PATHS, format: 'junit', outputFile: 'fzlint-junit.xml'})
    const xml = readFileSync(join(workspace, 'fzlint-junit.xml'), 'utf8')
    expect(xml).toMatch(/^<\?xml[^>]*>\s*<testsuites/u)
    expect(xml).toContain('dongguan-2018.txt')
    expect(result.outputs).toMatchObject({'output-file': 'fzlint-junit.xml', errors: String(expected().errors)})
  })

  it('gitlab: a code-quality report with one issue per finding', () => {
    const result = run({paths: PATHS, format: 'gitlab', outputFile: 'gl-code-quality-report.json'})
    const issues = JSON.parse(readFileSync(join(workspace, 'gl-code-quality-report.json'), 'utf8')) as {fingerprint: string; location: {path: string}}[]
    const {errors, warnings} = expected()
    expect(issues).toHaveLength(errors + warnings)
    expect(issues.every((issue) => issue.fingerprint && issue.location.path.startsWith('reports/'))).toBe(true)
    expect(result.outputs).toMatchObject({errors: String(errors), warnings: String(warnings)})
  })

  it('passes args split at spaces, with a quoted path kept whole', () => {
    const config = {rules: {'web-noise': 'off'}}
    writeFileSync(join(workspace, 'my config.json'), JSON.stringify(config))
    const result = run({paths: PATHS, format: 'json', outputFile: 'out/args.json', args: `--config "my config.json" --quiet`})
    const results = JSON.parse(readFileSync(join(workspace, 'out', 'args.json'), 'utf8')) as LintResult[]
    const messages = results.flatMap((entry) => entry.messages)
    expect(messages.every((message) => message.severity === 2 && message.ruleId !== 'web-noise')).toBe(true)
    const webNoiseErrors = allResults
      .filter((entry) => /dongguan|fangxian/u.test(entry.filePath))
      .flatMap((entry) => entry.messages)
      .filter((message) => message.ruleId === 'web-noise' && message.severity === 2).length
    expect(result.outputs).toMatchObject({errors: String(expected().errors - webNoiseErrors), warnings: '0'})
  })

  it('refuses --format or --output-file in args, which the inputs own, with exit code 2', () => {
    const result = run({paths: PATHS, format: 'sarif', args: '--max-warnings 0 -o other.sarif'})
    expect(result.status).toBe(2)
    expect(result.stdout).toMatch(/^::error title=fzlint action::.*-o belongs in the format or output-file input/mu)
    expect(result.outputs['exit-code']).toBe('2')
    expect(existsSync(join(workspace, 'other.sarif'))).toBe(false)
  })

  it('reports a path that matches nothing as fzlint’s exit code 2 and still counts', () => {
    const result = run({paths: 'reports/fangxian-2023.txt\nno/such/*.txt', format: 'stylish'})
    expect(result.outputs['exit-code']).toBe('2')
    expect(result.stderr).toContain('no/such/*.txt')
    expect(result.outputs['errors']).toBe(String(expectedFor(['fangxian-2023.txt']).errors))
    // fzlint's own exit code fails the job in the action's last step, after the upload; the script itself succeeds.
    expect(result.status).toBe(0)
  })

  it('names no results file when fzlint wrote none, even if an earlier step left one there', () => {
    writeFileSync(join(workspace, 'stale.sarif'), '{}')
    const result = run({paths: 'no/such/*.txt', outputFile: 'stale.sarif'})
    expect(result.outputs).toEqual({'exit-code': '2', errors: '', warnings: '', 'output-file': ''})
    expect(readFileSync(join(workspace, 'stale.sarif'), 'utf8')).toBe('{}')
  })

  it('installs fzlint@<its version> from the registry when no package is given', () => {
    const result = runAction(workspace, mkdtempSync(join(tmpdir(), 'fzlint-runner-temp-')), {paths: PATHS}, {
      FZLINT_PACKAGE: '',
      // A registry that refuses connections: the install fails fast, and its message names what was asked for.
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_fetch_retries: '0',
      npm_config_offline: 'false',
      npm_config_prefer_online: 'true',
    })
    expect(result.status).toBe(2)
    expect(result.stdout).toContain(`could not install fzlint@${readFzlintVersion()}`)
    expect(result.outputs['exit-code']).toBe('2')
  })
})

describe('action.yml', () => {
  const runStep = /- name: Run fzlint\n([\s\S]*?)\n {4}- name:/u.exec(actionYaml)?.[1] ?? ''

  it('runs the script with the runner’s node, with every input passed through the environment', () => {
    expect(runStep).toContain('run: node "$GITHUB_ACTION_PATH/action/run-fzlint.mjs"')
    const inputNames = [...actionYaml.slice(actionYaml.indexOf('\ninputs:'), actionYaml.indexOf('\noutputs:')).matchAll(/^ {2}([\w-]+):$/gmu)].map((match) => match[1])
    expect(inputNames).toEqual(['paths', 'format', 'args', 'output-file', 'upload', 'package'])
    for (const name of inputNames.filter((name) => name !== 'upload')) {
      expect(runStep).toContain(`: \${{ inputs.${name} }}`)
    }
    // An input expression inside `run:` would be pasted into the shell script.
    expect(runStep.slice(runStep.indexOf('run:'))).not.toContain('${{')
  })

  it('leaves the caller’s Node and package manager alone', () => {
    expect(actionYaml).not.toMatch(/actions\/setup-node|pnpm\/action-setup|pnpm install|corepack/u)
  })

  it('uploads SARIF with upload-sarif v4, from the file the script wrote', () => {
    const uses = [...actionYaml.matchAll(/uses: (\S+)/gu)].map((match) => match[1])
    expect(uses).toEqual(['github/codeql-action/upload-sarif@v4'])
    expect(actionYaml).toContain('sarif_file: ${{ steps.lint.outputs.output-file }}')
  })

  it('declares the outputs the script writes', () => {
    for (const name of ['exit-code', 'errors', 'warnings', 'output-file']) {
      expect(actionYaml).toContain(`  ${name}:\n    description:`)
      expect(actionYaml).toContain(`value: \${{ steps.lint.outputs.${name} }}`)
    }
  })
})
