/**
 * fzlint as a user gets it: the tarballs `pnpm release:pack` writes (test/global-setup.ts packs them when a source
 * is newer), installed with npm into an empty project outside this repository — no workspace, no pnpm — and run
 * there: the CLI, SARIF with rule help, the language server over stdio, remark-cli with the plugin, a TypeScript
 * rule package compiled against @fzlint/core, and that plugin loaded by the installed fzlint.
 */
import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node.js'
import {repositoryRoot} from './helpers/run-cli.js'

const releaseFolder = join(repositoryRoot, 'release')
const project = mkdtempSync(join(tmpdir(), 'fzlint-user-'))
const REPORT = join(repositoryRoot, 'fixtures/corpus/dongguan-2018.txt')

function tarball(prefix: string): string {
  const name = readdirSync(releaseFolder).find((file) => file.startsWith(`${prefix}-`) && /^\d/u.test(file.slice(prefix.length + 1)) && file.endsWith('.tgz'))
  if (!name) throw new Error(`release/ has no ${prefix} tarball: run pnpm release:pack`)
  return join(releaseFolder, name)
}

/** A command in the user's project, as they would type it (npx finds the project's node_modules/.bin). */
function inProject(command: string, args: string[], options: {input?: string} = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, {cwd: project, encoding: 'utf8', input: options.input, timeout: 120_000, env: {...process.env, NO_COLOR: '1'}})
}

beforeAll(() => {
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'draft-reports', private: true, type: 'module'}, null, 2))
  cpSync(REPORT, join(project, 'reports/dongguan-2018.txt'))
  const install = inProject('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--no-update-notifier',
    tarball('fzlint'),
    tarball('fzlint-core'),
    tarball('fzlint-rule-tester'),
    tarball('remark-lint-fzlint'),
    'remark-cli@12',
  ])
  if (install.status !== 0) throw new Error(`npm install failed (exit ${install.status}):\n${install.stderr}`)
}, 300_000)

describe('the packages installed with npm into an empty project', () => {
  it('keeps no workspace: range and no development dependency in what fzlint installs', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/fzlint/package.json'), 'utf8'))
    expect(JSON.stringify(manifest)).not.toContain('workspace:')
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['ajv', 'fast-xml-parser', 'iconv-lite', 'jszip'])
    expect(manifest.private).toBeUndefined()
  })

  it('passes npm publish --dry-run for every tarball', () => {
    for (const prefix of ['fzlint', 'fzlint-core', 'fzlint-rule-tester', 'remark-lint-fzlint']) {
      const run = inProject('npm', ['publish', '--dry-run', '--access', 'public', '--no-update-notifier', tarball(prefix)])
      expect(run.status, `${prefix}: ${run.stderr}`).toBe(0)
    }
  })

  it('npx fzlint reports the findings and exits 1', () => {
    const run = inProject('npx', ['fzlint', 'reports/dongguan-2018.txt'])
    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout).toContain('reports/dongguan-2018.txt')
    expect(run.stdout).toMatch(/缺少“存在的不足和原因”部分.*required-section/u)
    expect(run.stdout).toMatch(/✖ \d+ 个问题/u)
  })

  it('npx fzlint --format sarif carries each rule\'s README as its help', () => {
    const run = inProject('npx', ['fzlint', '--format', 'sarif', 'reports'])
    const sarif = JSON.parse(run.stdout)
    const rules = sarif.runs[0].tool.driver.rules as Array<{id: string; help?: {markdown?: string}}>
    const requiredSection = rules.find((rule) => rule.id === 'required-section')
    expect(requiredSection?.help?.markdown).toContain('# required-section')
    expect(rules.every((rule) => (rule.help?.markdown ?? '').includes(`# ${rule.id}`))).toBe(true)
  })

  it('fzlint-language-server --stdio answers initialize and publishes diagnostics for a report', async () => {
    const child = spawn(join(project, 'node_modules/.bin/fzlint-language-server'), ['--stdio'], {cwd: project})
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const diagnostics = new Promise<{uri: string; diagnostics: Array<{code?: string}>}>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: {uri: string; diagnostics: Array<{code?: string}>}) => {
        if (params.diagnostics.length > 0) resolve(params)
      })
    })
    connection.listen()
    try {
      const initialized = (await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {}})) as {
        capabilities: {textDocumentSync?: unknown}
      }
      expect(initialized.capabilities.textDocumentSync).toBeDefined()
      await connection.sendNotification('initialized', {})
      const uri = pathToFileURL(join(project, 'reports/dongguan-2018.txt')).href
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: readFileSync(REPORT, 'utf8')}})
      const published = await diagnostics
      expect(published.uri).toBe(uri)
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toContain('required-section')
    } finally {
      connection.dispose()
      child.kill()
    }
  })

  it('npx remark runs the fzlint rules through remark-lint-fzlint from .remarkrc', () => {
    writeFileSync(join(project, '.remarkrc.json'), JSON.stringify({plugins: ['remark-lint-fzlint']}))
    cpSync(REPORT, join(project, 'draft.md'))
    const run = inProject('npx', ['remark', 'draft.md', '--quiet', '--no-color'])
    // remark-cli prints findings on stderr; fatal ones (fzlint errors) make it exit 1.
    expect(run.stderr).toMatch(/required-section\s+fzlint/u)
    expect(run.stderr).toMatch(/web-noise\s+fzlint/u)
  })

  it('compiles a TypeScript rule package against @fzlint/core with tsc, and the installed fzlint loads it as a plugin', () => {
    // examples/fzlint-plugin-example as a user would start one: copied, compiled against the installed @fzlint/core.
    const pluginFolder = join(project, 'fzlint-plugin-example')
    cpSync(join(repositoryRoot, 'examples/fzlint-plugin-example'), pluginFolder, {recursive: true, filter: (path) => !/[/\\](dist|node_modules)$/u.test(path)})
    const tsc = inProject(process.execPath, [join(repositoryRoot, 'node_modules/typescript/bin/tsc'), '-p', join(pluginFolder, 'tsconfig.json')])
    expect(tsc.status, `${tsc.stdout}${tsc.stderr}`).toBe(0)
    expect(readFileSync(join(pluginFolder, 'dist/index.d.ts'), 'utf8')).toContain('RulePackage')

    const linkPlugin = inProject('npm', ['install', '--no-audit', '--no-fund', '--no-update-notifier', './fzlint-plugin-example'])
    expect(linkPlugin.status, linkPlugin.stderr).toBe(0)
    writeFileSync(join(project, 'fzlint.config.json'), JSON.stringify({plugins: ['fzlint-plugin-example'], rules: {'example/no-draft-mark': 'error'}}))
    writeFileSync(
      join(project, 'reports/draft-2023.txt'),
      ['某县人民政府关于2023年度法治政府建设情况的报告（征求意见稿）', '一、主要举措和成效', '全年办理行政复议案件12件。', ''].join('\n'),
    )
    const run = inProject('npx', ['fzlint', '--format', 'json', 'reports/draft-2023.txt'])
    const [result] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number; message: string}>}>
    expect(result!.messages.find((message) => message.ruleId === 'example/no-draft-mark')).toMatchObject({line: 1, column: 26, message: '“（征求意见稿）”是稿本标记：向社会公开的是定稿，应删除'})
    expect(run.status).toBe(1)
  })
})

