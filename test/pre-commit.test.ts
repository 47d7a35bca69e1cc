/**
 * The pre-commit hooks (pre-commit/, the hook repository published as fzlint/pre-commit), installed and run by
 * pre-commit itself (`try-repo`, `run`) in draft repositories, with the packed fzlint in additional_dependencies.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {PACKAGE_SETUP_TIMEOUT, provideFzlintPackage, readFzlintVersion, type FzlintPackage} from './helpers/fzlint-package.js'
import {
  CLEAN_REPORT,
  makeDraftRepository,
  NOT_A_REPORT,
  readRecipe,
  REPORT_WITH_ERROR,
  REPORT_WITH_ERROR_RULE,
  usePackageUnderTest,
  writeDraftFiles,
} from './helpers/ci-recipes.js'
import {repositoryRoot} from './helpers/run-cli.js'

const HOOK_REPOSITORY = join(repositoryRoot, 'pre-commit')

interface HookDefinition {
  id: string
  entry: string
  language: string
  files?: string
  exclude?: string
  additional_dependencies?: string[]
  require_serial?: boolean
}

function hasPreCommit(): boolean {
  const child = spawnSync('pre-commit', ['--version'], {stdio: 'ignore'})
  return !child.error && child.status === 0
}

/** Reads YAML with the parser pre-commit itself uses (PyYAML, a dependency of pre-commit). */
function parseYaml<T>(text: string): T {
  const child = spawnSync('python3', ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'], {input: text, encoding: 'utf8'})
  if (child.status !== 0) throw new Error(`YAML: ${child.stderr}`)
  return JSON.parse(child.stdout) as T
}

function runPreCommit(args: string[], cwd: string, home: string) {
  const child = spawnSync('pre-commit', args, {
    cwd,
    encoding: 'utf8',
    timeout: 5 * 60_000,
    // Its own store, so no hook environment from another run is reused.
    env: {...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', PRE_COMMIT_COLOR: 'never'},
  })
  return {status: child.status, output: `${child.stdout}${child.stderr}`}
}

const skipReason = hasPreCommit() ? undefined : 'pre-commit 未安装（scripts/ensure-pre-commit.mjs 会装）/ pre-commit is not installed (scripts/ensure-pre-commit.mjs installs it)'

describe('the hook repository pre-commit/', () => {
  const manifestText = readFileSync(join(HOOK_REPOSITORY, '.pre-commit-hooks.yaml'), 'utf8')

  it('pins fzlint@<the release> in every hook, which runs the fzlint command of that package', () => {
    const version = readFzlintVersion()
    const pins = [...manifestText.matchAll(/additional_dependencies: \['([^']+)'\]/gu)].map((match) => match[1])
    expect(pins).toEqual([`fzlint@${version}`, `fzlint@${version}`])
    expect([...manifestText.matchAll(/^ {2}entry: (.+)$/gmu)].map((match) => match[1])).toEqual(['fzlint', 'fzlint --fix'])
    expect([...manifestText.matchAll(/^ {2}language: (.+)$/gmu)].map((match) => match[1])).toEqual(['node', 'node'])
  })

  it('has a package.json with nothing to install or build, of the release’s version', () => {
    const manifest = JSON.parse(readFileSync(join(HOOK_REPOSITORY, 'package.json'), 'utf8')) as Record<string, unknown>
    expect(Object.keys(manifest).filter((key) => /dependencies$|^scripts$|^workspaces$/iu.test(key))).toEqual([])
    expect(manifest['version']).toBe(readFzlintVersion())
  })
})

describe.skipIf(skipReason)(`pre-commit runs the hooks${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let fzlint: FzlintPackage
  /** A git repository of pre-commit/ with the packed fzlint in place of the registry's. */
  let hookRepository: string
  let hookRevision: string
  const newHome = () => mkdtempSync(join(tmpdir(), 'fzlint-pre-commit-home-'))

  beforeAll(async () => {
    fzlint = await provideFzlintPackage()
    hookRepository = mkdtempSync(join(tmpdir(), 'fzlint-hook-repository-'))
    cpSync(HOOK_REPOSITORY, hookRepository, {recursive: true})
    const manifestPath = join(hookRepository, '.pre-commit-hooks.yaml')
    writeFileSync(manifestPath, usePackageUnderTest(readFileSync(manifestPath, 'utf8'), fzlint))
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=fzlint test', '-c', 'user.email=test@fzlint.invalid', '-c', 'commit.gpgsign=false', ...args], {cwd: hookRepository, encoding: 'utf8'})
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'hooks')
    hookRevision = git('rev-parse', 'HEAD').stdout.trim()
  }, PACKAGE_SETUP_TIMEOUT)

  it('try-repo fzlint: a clean report passes; README and notes that are not reports do not stop the commit', () => {
    const draft = makeDraftRepository({'reports/clean-2023.txt': CLEAN_REPORT, 'README.md': {text: '# 草稿库\n'}, 'notes/meeting.md': NOT_A_REPORT})
    const run = runPreCommit(['try-repo', hookRepository, 'fzlint', '--all-files'], draft, newHome())
    expect(run.output).toMatch(/^fzlint\.+Passed$/mu)
    expect(run.status).toBe(0)
  })

  it('try-repo fzlint: a report with an error fails the commit with fzlint’s report', () => {
    const draft = makeDraftRepository({'reports/clean-2023.txt': CLEAN_REPORT, 'reports/fangxian-2023.txt': REPORT_WITH_ERROR})
    const run = runPreCommit(['try-repo', hookRepository, 'fzlint', '--files', 'reports/fangxian-2023.txt'], draft, newHome())
    expect(run.output).toMatch(/^fzlint\.+Failed$/mu)
    expect(run.output).toContain('- exit code: 1')
    expect(run.output).toContain(REPORT_WITH_ERROR_RULE)
    expect(run.output).not.toContain('clean-2023.txt')
    expect(run.status).toBe(1)
  })

  it('try-repo fzlint: files outside the `files` globs of fzlint.config.json are skipped with exit code 0', () => {
    const draft = makeDraftRepository({
      'fzlint.config.json': {text: JSON.stringify({files: ['reports/**']})},
      'reports/clean-2023.txt': CLEAN_REPORT,
      'archive/fangxian-2023.txt': REPORT_WITH_ERROR,
    })
    const run = runPreCommit(['try-repo', hookRepository, 'fzlint', '--all-files'], draft, newHome())
    expect(run.output).not.toContain(REPORT_WITH_ERROR_RULE)
    expect(run.output).toMatch(/^fzlint\.+Passed$/mu)
    expect(run.status).toBe(0)
  })

  it('try-repo fzlint-fix: fixes the file and fails the commit, so the fix is looked at and staged', () => {
    const draft = makeDraftRepository({'reports/fangxian-2023.txt': REPORT_WITH_ERROR})
    const before = readFileSync(join(draft, 'reports/fangxian-2023.txt'), 'utf8')
    expect(before).toContain('索引号')
    const run = runPreCommit(['try-repo', hookRepository, 'fzlint-fix', '--all-files'], draft, newHome())
    expect(run.output).toMatch(/^fzlint --fix\.+Failed$/mu)
    expect(run.output).toContain('files were modified by this hook')
    // The web-page metadata table (索引号 …) is fixable residue; the unmatched quote is not, and is still reported.
    expect(readFileSync(join(draft, 'reports/fangxian-2023.txt'), 'utf8')).not.toContain('索引号')
    expect(run.output).toContain(REPORT_WITH_ERROR_RULE)
  })

  it('docs/ci.md’s configuration for the hook repository runs both hooks', () => {
    const config = usePackageUnderTest(readRecipe('pre-commit-repo'), fzlint)
      .replace('https://github.com/fzlint/pre-commit', hookRepository)
      .replace(`rev: v${fzlint.version}`, `rev: ${hookRevision}`)
    expect(config).toContain(`rev: ${hookRevision}`)
    const draft = makeDraftRepository({'reports/clean-2023.txt': CLEAN_REPORT, '.pre-commit-config.yaml': {text: config}})
    const run = runPreCommit(['run', '--all-files'], draft, newHome())
    expect(run.output).toMatch(/^fzlint --fix\.+Passed$/mu)
    expect(run.output).toMatch(/^fzlint\.+Passed$/mu)
    expect(run.status).toBe(0)

    writeDraftFiles(draft, {'reports/fangxian-2023.txt': REPORT_WITH_ERROR})
    spawnSync('git', ['add', '-A'], {cwd: draft})
    const failing = runPreCommit(['run', '--all-files'], draft, newHome())
    expect(failing.output).toContain(REPORT_WITH_ERROR_RULE)
    expect(failing.status).toBe(1)
  })

  it('try-repo of this repository: the root hooks run the fzlint the draft has as a dev dependency', () => {
    const draft = makeDraftRepository({'reports/fangxian-2023.txt': REPORT_WITH_ERROR, 'reports/clean-2023.txt': CLEAN_REPORT})
    const install = spawnSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', fzlint.spec], {cwd: draft, encoding: 'utf8'})
    expect(install.status, install.stderr).toBe(0)
    // --ref: the committed hooks, without a shadow copy of whatever else is being edited in this working tree.
    const head = spawnSync('git', ['rev-parse', 'HEAD'], {cwd: repositoryRoot, encoding: 'utf8'}).stdout.trim()
    const run = runPreCommit(['try-repo', repositoryRoot, 'fzlint', '--ref', head, '--files', 'reports/fangxian-2023.txt', 'reports/clean-2023.txt'], draft, newHome())
    expect(run.output).toMatch(/^fzlint\.+Failed$/mu)
    expect(run.output).toContain(REPORT_WITH_ERROR_RULE)
    expect(run.status).toBe(1)
  })

  it('docs/ci.md’s local hook is the hook repository’s fzlint hook and runs without it', () => {
    const recipe = readRecipe('pre-commit-local')
    const localHook = parseYaml<{repos: {hooks: (HookDefinition & {name: string})[]}[]}>(recipe).repos[0]!.hooks[0]!
    const published = parseYaml<HookDefinition[]>(readFileSync(join(HOOK_REPOSITORY, '.pre-commit-hooks.yaml'), 'utf8'))[0]!
    for (const key of ['id', 'entry', 'language', 'files', 'exclude', 'additional_dependencies', 'require_serial'] as const) {
      expect({[key]: localHook[key]}).toEqual({[key]: published[key]})
    }
    const draft = makeDraftRepository({
      'reports/fangxian-2023.txt': REPORT_WITH_ERROR,
      'CHANGELOG.md': {text: '# 变更\n'},
      '.pre-commit-config.yaml': {text: usePackageUnderTest(recipe, fzlint)},
    })
    const run = runPreCommit(['run', '--all-files'], draft, newHome())
    expect(run.output).toContain(REPORT_WITH_ERROR_RULE)
    expect(run.output).not.toContain('CHANGELOG.md')
    expect(run.status).toBe(1)
  })
})

describe('the root .pre-commit-hooks.yaml', () => {
  it('offers the same hooks, files and exclusions as pre-commit/, running the repository’s own fzlint', () => {
    const rootHooks = readFileSync(join(repositoryRoot, '.pre-commit-hooks.yaml'), 'utf8')
    const publishedHooks = readFileSync(join(HOOK_REPOSITORY, '.pre-commit-hooks.yaml'), 'utf8')
    const fieldLines = (text: string) => text.split('\n').filter((line) => /^(- id| {2}(name|description|files|exclude|require_serial)):/u.test(line))
    expect(fieldLines(rootHooks)).toEqual(fieldLines(publishedHooks))
    expect([...rootHooks.matchAll(/^ {2}entry: (.+)$/gmu)].map((match) => match[1])).toEqual(['npx --no-install fzlint', 'npx --no-install fzlint --fix'])
  })
})
