/**
 * docs/ci.md's recipes, run as their CI would run them, in draft repositories, against the packed fzlint: the
 * action's inputs through its script, the `run:` lines of the GitHub job, the `script:` lines of the GitLab job
 * and the shell job. The pre-commit recipes run in test/pre-commit.test.ts, where pre-commit is at hand.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {PACKAGE_SETUP_TIMEOUT, provideFzlintPackage, readFzlintVersion, type FzlintPackage} from './helpers/fzlint-package.js'
import {
  ciDocPath,
  CLEAN_REPORT,
  listRecipes,
  makeDraftRepository,
  readRecipe,
  REPORT_WITH_ERROR,
  REPORT_WITH_ERROR_RULE,
  usePackageUnderTest,
  type DraftFiles,
} from './helpers/ci-recipes.js'
import {repositoryRoot} from './helpers/run-cli.js'

const ciDoc = readFileSync(ciDocPath, 'utf8')

/** The indented lines under `key:` (a YAML block at a deeper indentation), as they are. */
function readIndentedBlock(text: string, key: RegExp): string[] {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => key.test(line))
  if (start < 0) throw new Error(`no ${key} in the recipe`)
  const indentation = lines[start]!.search(/\S/u)
  const block: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== '' && line.search(/\S/u) <= indentation) break
    block.push(line)
  }
  return block
}

/** A step's `with:` map: `key: value` and `key: |` blocks, as the runner hands the inputs to the action. */
function readStepInputs(recipe: string): Record<string, string> {
  const inputs: Record<string, string> = {}
  const lines = readIndentedBlock(recipe, /^\s+with:$/u)
  const keyIndentation = lines[0]!.search(/\S/u)
  for (let index = 0; index < lines.length; index++) {
    const match = /^\s+([\w-]+): ?(.*)$/u.exec(lines[index]!)
    if (!match || lines[index]!.search(/\S/u) !== keyIndentation) continue
    if (match[2] === '|') {
      const body: string[] = []
      while (index + 1 < lines.length && (lines[index + 1]!.trim() === '' || lines[index + 1]!.search(/\S/u) > keyIndentation)) body.push(lines[++index]!.trim())
      inputs[match[1]!] = `${body.join('\n')}\n`
    } else {
      inputs[match[1]!] = match[2]!.replace(/\s+#.*$/u, '')
    }
  }
  return inputs
}

const DRAFT_WITH_ERROR: DraftFiles = {'reports/2024 drafts/clean-2023.txt': CLEAN_REPORT, 'reports/county/fangxian-2023.txt': REPORT_WITH_ERROR}
const CLEAN_DRAFT: DraftFiles = {'reports/2024 drafts/clean-2023.txt': CLEAN_REPORT}

function runShell(script: string, cwd: string, env: NodeJS.ProcessEnv, shellFlags: string[]) {
  const child = spawnSync('bash', ['--noprofile', '--norc', ...shellFlags, '-c', script], {cwd, env, encoding: 'utf8', timeout: 5 * 60_000})
  return {status: child.status, stdout: child.stdout, stderr: child.stderr}
}

describe('docs/ci.md', () => {
  it('marks each recipe that the tests run', () => {
    expect(listRecipes()).toEqual(['github-action', 'github-npx', 'gitlab', 'shell-setup', 'shell', 'pre-commit-repo', 'pre-commit-local'])
  })

  it('starts every recipe from the published package, never from this workspace', () => {
    expect(ciDoc).not.toMatch(/pnpm install|--frozen-lockfile|pnpm\/action-setup|actions\/setup-node|pnpm -s fzlint/u)
    const version = readFzlintVersion()
    for (const pin of ciDoc.matchAll(/\bfzlint@v?(\d[\w.-]*\d)|fzlint\/(?:fzlint|pre-commit)[\s\S]{0,40}?rev: v(\S+)/gu)) {
      expect(pin[1] ?? pin[2]).toBe(version)
    }
    expect(ciDoc).toContain(`uses: fzlint/fzlint@v${version}`)
    expect(ciDoc).toContain('github/codeql-action/upload-sarif@v4')
  })
})

describe('docs/ci.md recipes against the packed fzlint', () => {
  let fzlint: FzlintPackage
  /** npm's cache for these runs alone: npx would otherwise reuse an install of an older tarball at the same path. */
  let npmCache: string
  const ciEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({...process.env, CI: 'true', NO_COLOR: '1', npm_config_cache: npmCache, npm_config_update_notifier: 'false', ...extra})

  beforeAll(async () => {
    fzlint = await provideFzlintPackage()
    npmCache = mkdtempSync(join(tmpdir(), 'fzlint-npm-cache-'))
  }, PACKAGE_SETUP_TIMEOUT)

  describe('github-action: the action with the documented inputs', () => {
    const runDocumentedAction = (files: DraftFiles) => {
      const recipe = readRecipe('github-action')
      expect(recipe).toMatch(/uses: fzlint\/fzlint@v\S+\n\s+with:/u)
      const inputs = readStepInputs(recipe)
      const workspace = makeDraftRepository(files)
      const runnerTemp = mkdtempSync(join(tmpdir(), 'fzlint-runner-temp-'))
      const outputPath = join(runnerTemp, 'github-output')
      writeFileSync(outputPath, '')
      // What the runner passes for inputs the step leaves out: action.yml's defaults.
      const child = spawnSync(process.execPath, [join(repositoryRoot, 'action', 'run-fzlint.mjs')], {
        cwd: workspace,
        encoding: 'utf8',
        timeout: 5 * 60_000,
        env: ciEnv({
          GITHUB_WORKSPACE: workspace,
          RUNNER_TEMP: runnerTemp,
          GITHUB_OUTPUT: outputPath,
          FZLINT_PATHS: inputs['paths'] ?? '.',
          FZLINT_FORMAT: inputs['format'] ?? 'sarif',
          FZLINT_ARGS: inputs['args'] ?? '',
          FZLINT_OUTPUT_FILE: inputs['output-file'] ?? '',
          FZLINT_PACKAGE: fzlint.spec,
        }),
      })
      const outputs = Object.fromEntries(
        [...readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gmu)].map((match) => [match[1], match[3]]),
      )
      return {workspace, inputs, outputs, status: child.status, stdout: child.stdout}
    }

    it('takes one path per line, the folder with a space included, and writes the SARIF for the upload', () => {
      const run = runDocumentedAction(DRAFT_WITH_ERROR)
      expect(run.inputs['paths']).toBe('reports/**/*.txt\nreports/2024 drafts/\n')
      expect(run.status).toBe(0)
      expect(run.outputs).toMatchObject({'exit-code': '1', errors: '1', 'output-file': 'fzlint.sarif'})
      const sarif = JSON.parse(readFileSync(join(run.workspace, 'fzlint.sarif'), 'utf8')) as {runs: {artifacts?: unknown[]; results: {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]; ruleId: string}[]}[]}
      const results = sarif.runs[0]!.results
      expect(results.some((result) => result.ruleId === REPORT_WITH_ERROR_RULE && result.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('county/fangxian-2023.txt'))).toBe(true)
    })

    it('passes a clean draft with exit code 0 under --max-warnings 0', () => {
      const run = runDocumentedAction(CLEAN_DRAFT)
      expect(run.outputs).toMatchObject({'exit-code': '0', errors: '0', warnings: '0'})
    })
  })

  describe('github-npx: the run: lines of the plain job', () => {
    const runDocumentedJob = (files: DraftFiles) => {
      const commands = [...readRecipe('github-npx').matchAll(/^\s+- run: (.+)$/gmu)].map((match) => usePackageUnderTest(match[1]!, fzlint))
      expect(commands).toHaveLength(1)
      const workspace = makeDraftRepository(files)
      const summaryPath = join(workspace, '..', `${workspace.split('/').pop()}-summary.md`)
      writeFileSync(summaryPath, '')
      // GitHub runs a `run:` step with bash -e -o pipefail.
      const run = runShell(commands.join('\n'), workspace, ciEnv({GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryPath}), ['-eo', 'pipefail'])
      return {...run, summary: readFileSync(summaryPath, 'utf8')}
    }

    it('annotates the finding and fails the job on a draft with an error', () => {
      const run = runDocumentedJob(DRAFT_WITH_ERROR)
      expect(run.stdout).toMatch(new RegExp(`^::error file=reports/county/fangxian-2023\\.txt,.*title=fzlint ${REPORT_WITH_ERROR_RULE}::`, 'mu'))
      expect(run.summary).toContain('### fzlint')
      expect(run.status).toBe(1)
    })

    it('passes a clean draft', () => {
      const run = runDocumentedJob(CLEAN_DRAFT)
      expect(run.stdout.trim()).toBe('')
      expect(run.status).toBe(0)
    })
  })

  describe('gitlab: the script: lines of the GitLab job', () => {
    const runDocumentedJob = (files: DraftFiles) => {
      const recipe = readRecipe('gitlab')
      const script = readIndentedBlock(recipe, /^\s+script:$/u)
        .filter((line) => /^\s+- /u.test(line))
        .map((line) => usePackageUnderTest(line.replace(/^\s+- /u, ''), fzlint))
      const workspace = makeDraftRepository(files)
      // The runner stops a job at the first command that fails, as bash -e does; `|| …` lines carry on.
      const run = runShell(script.join('\n'), workspace, ciEnv({GITLAB_CI: 'true'}), ['-eo', 'pipefail'])
      const artifact = (kind: string) => join(workspace, new RegExp(`^\\s+${kind}: (\\S+)$`, 'mu').exec(recipe)![1]!)
      return {...run, codeQuality: artifact('codequality'), junit: artifact('junit')}
    }

    it('writes the code-quality and JUnit reports, then fails the job on an error', () => {
      const run = runDocumentedJob(DRAFT_WITH_ERROR)
      expect(run.status).toBe(1)
      const issues = JSON.parse(readFileSync(run.codeQuality, 'utf8')) as {check_name: string; severity: string; fingerprint: string; location: {path: string}}[]
      const error = issues.find((issue) => issue.check_name === REPORT_WITH_ERROR_RULE)
      expect(error).toMatchObject({location: {path: 'reports/county/fangxian-2023.txt'}})
      expect(error!.fingerprint).toMatch(/\S/u)
      expect(readFileSync(run.junit, 'utf8')).toContain('<testsuites')
    })

    it('passes a clean draft with an empty code-quality report', () => {
      const run = runDocumentedJob(CLEAN_DRAFT)
      expect(run.status).toBe(0)
      expect(JSON.parse(readFileSync(run.codeQuality, 'utf8'))).toEqual([])
      expect(existsSync(run.junit)).toBe(true)
    })
  })

  describe('shell: npm i -D once, then npm ci and npx fzlint in the job', () => {
    it('fails on the error and leaves the JUnit file; passes once the error is gone', () => {
      const workspace = makeDraftRepository(DRAFT_WITH_ERROR)
      const setup = runShell(usePackageUnderTest(readRecipe('shell-setup'), fzlint), workspace, ciEnv(), ['-e'])
      expect(setup.status, setup.stderr).toBe(0)
      expect(JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8'))).toHaveProperty('devDependencies.fzlint')
      const job = usePackageUnderTest(readRecipe('shell'), fzlint)
      const failing = runShell(job, workspace, ciEnv(), ['-e'])
      expect(failing.stdout).toContain(REPORT_WITH_ERROR_RULE)
      expect(readFileSync(join(workspace, 'fzlint-junit.xml'), 'utf8')).toContain('fangxian-2023.txt')
      expect(failing.status).toBe(1)

      // The same job (npm ci again) on the draft without the report that has the error.
      rmSync(join(workspace, 'reports', 'county'), {recursive: true})
      const passing = runShell(job, workspace, ciEnv(), ['-e'])
      expect(passing.status, passing.stdout + passing.stderr).toBe(0)
      expect(readFileSync(join(workspace, 'fzlint-junit.xml'), 'utf8')).not.toContain('fangxian-2023.txt')
    })
  })
})
