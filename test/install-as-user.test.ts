/**
 * fzlint as a user gets it: the tarballs `pnpm release:pack` writes (test/global-setup.ts packs them when a source
 * is newer), installed with npm into an empty project outside this repository — no workspace, no pnpm — and run
 * there: the CLI, SARIF with rule help, the language server over stdio, remark-cli with the plugin, a TypeScript
 * rule package compiled against @fzlint/core, and that plugin loaded by the installed fzlint. The commands run under
 * this machine's Node and under each other supported line (22, 24) that scripts/ensure-node-lines.mjs installed.
 */
import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node.js'
import {NODE_LINES, nodeBinaryOf} from '../scripts/ensure-node-lines.mjs'
import {repositoryRoot} from './helpers/run-cli.js'

const releaseFolder = join(repositoryRoot, 'release')
const project = mkdtempSync(join(tmpdir(), 'fzlint-user-'))
const REPORT = join(repositoryRoot, 'fixtures/corpus/dongguan-2018.txt')
const PDF_REPORT = join(repositoryRoot, 'fixtures/pdf/helong-2023.pdf')

function tarball(prefix: string): string {
  const name = readdirSync(releaseFolder).find((file) => file.startsWith(`${prefix}-`) && /^\d/u.test(file.slice(prefix.length + 1)) && file.endsWith('.tgz'))
  if (!name) throw new Error(`release/ has no ${prefix} tarball: run pnpm release:pack`)
  return join(releaseFolder, name)
}

/** This machine's Node, and the other supported lines that scripts/ensure-node-lines.mjs installed. */
const nodeLines = [
  {label: `Node ${process.versions.node} (this machine)`, binary: process.execPath},
  ...NODE_LINES.filter(({line}) => existsSync(nodeBinaryOf(line))).map(({line}) => ({label: `Node ${line}`, binary: nodeBinaryOf(line)})),
]

/**
 * A command in the user's project, as they would type it (npx finds the project's node_modules/.bin), with `node`
 * on the PATH being the given binary: the bins' `#!/usr/bin/env node` and npx itself then run on it.
 */
function inProject(command: string, args: string[], options: {input?: string; node?: string} = {}): SpawnSyncReturns<string> {
  const nodeFolder = dirname(options.node ?? process.execPath)
  const env = {...process.env, NO_COLOR: '1', PATH: `${nodeFolder}${delimiter}${process.env['PATH'] ?? ''}`}
  return spawnSync(command, args, {cwd: project, encoding: 'utf8', input: options.input, timeout: 120_000, env})
}

beforeAll(() => {
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'draft-reports', private: true, type: 'module'}, null, 2))
  cpSync(REPORT, join(project, 'reports/dongguan-2018.txt'))
  cpSync(PDF_REPORT, join(project, 'pdf/helong-2023.pdf'))
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
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['ajv', 'fast-xml-parser', 'iconv-lite', 'jszip', 'word-extractor'])
    // pdf.js comes inside the package (dist/pdfjs/), not as pdfjs-dist and its native canvas.
    expect(existsSync(join(project, 'node_modules/fzlint/dist/pdfjs/legacy/build/pdf.worker.mjs'))).toBe(true)
    expect(manifest.private).toBeUndefined()
  })

  it('passes npm publish --dry-run for every tarball', () => {
    for (const prefix of ['fzlint', 'fzlint-core', 'fzlint-rule-tester', 'remark-lint-fzlint']) {
      const run = inProject('npm', ['publish', '--dry-run', '--access', 'public', '--no-update-notifier', tarball(prefix)])
      expect(run.status, `${prefix}: ${run.stderr}`).toBe(0)
    }
  })

  it('compiles a TypeScript rule package against the installed @fzlint/core with tsc', () => {
    // examples/fzlint-plugin-example as a user would start one: copied, compiled, installed into the project.
    const pluginFolder = join(project, 'fzlint-plugin-example')
    cpSync(join(repositoryRoot, 'examples/fzlint-plugin-example'), pluginFolder, {recursive: true, filter: (path) => !/[/\\](dist|node_modules)$/u.test(path)})
    const tsc = inProject(process.execPath, [join(repositoryRoot, 'node_modules/typescript/bin/tsc'), '-p', join(pluginFolder, 'tsconfig.json')])
    expect(tsc.status, `${tsc.stdout}${tsc.stderr}`).toBe(0)
    expect(readFileSync(join(pluginFolder, 'dist/index.d.ts'), 'utf8')).toContain('RulePackage')
    const installPlugin = inProject('npm', ['install', '--no-audit', '--no-fund', '--no-update-notifier', './fzlint-plugin-example'])
    expect(installPlugin.status, installPlugin.stderr).toBe(0)
  })
})

describe.each(nodeLines)('run by a user on $label', ({binary}) => {
  it('npx fzlint reports the findings and exits 1', () => {
    const run = inProject('npx', ['fzlint', 'reports/dongguan-2018.txt'], {node: binary})
    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout).toContain('reports/dongguan-2018.txt')
    expect(run.stdout).toMatch(/缺少“存在的不足和原因”部分.*required-section/u)
    expect(run.stdout).toMatch(/✖ \d+ 个问题/u)
  })

  it('npx fzlint --jobs 2 lints a batch on the installed pool worker, with the findings of one thread', () => {
    // More than 100 files: a batch, whose V8 flags the workers' code cache (dist/cli.cjs.batch.cache) is made for.
    const folder = join(project, 'batch')
    if (!existsSync(folder)) for (let index = 0; index < 120; index++) cpSync(REPORT, join(folder, `${String(index).padStart(3, '0')}-dongguan-2018.txt`))
    const alone = inProject('npx', ['fzlint', '--format', 'json', '--jobs', '1', 'batch'], {node: binary})
    const pooled = inProject('npx', ['fzlint', '--format', 'json', '--jobs', '2', 'batch'], {node: binary})
    expect(pooled.stderr).toBe(alone.stderr)
    expect(pooled.status).toBe(1)
    const results = JSON.parse(pooled.stdout) as unknown[]
    expect(results).toHaveLength(120)
    expect(results).toEqual(JSON.parse(alone.stdout))
  })

  it('npx fzlint reads Word 97-2003 .doc, WPS .wps and OFD with what it installed (word-extractor, JSZip)', () => {
    const folder = mkdtempSync(join(project, 'office-'))
    cpSync(join(repositoryRoot, 'fixtures/doc/dongguan-2018.doc'), join(folder, 'dongguan-2018.doc'))
    cpSync(join(repositoryRoot, 'fixtures/doc/dongguan-2018.doc'), join(folder, 'dongguan-2018.wps'))
    cpSync(join(repositoryRoot, 'fixtures/ofd/dongguan-2018.ofd'), join(folder, 'dongguan-2018.ofd'))
    const run = inProject('npx', ['fzlint', '--format', 'json', folder], {node: binary})
    expect(run.status, run.stderr).toBe(1)
    const results = JSON.parse(run.stdout) as Array<{filePath: string; messages: Array<{ruleId: string | null; fatal?: boolean}>}>
    expect(results.map((result) => result.filePath.slice(-4)).sort()).toEqual(['.doc', '.ofd', '.wps'])
    for (const result of results) {
      expect(result.messages.some((message) => message.fatal)).toBe(false)
      expect(result.messages.filter((message) => message.ruleId === 'required-section')).toHaveLength(2)
    }
  })

  it('npx fzlint reads a PDF through the pdf.js inside the package: findings with their page, nothing on stderr but the summary', () => {
    const run = inProject('npx', ['fzlint', '--format', 'json', 'pdf/helong-2023.pdf'], {node: binary})
    expect(run.stderr).not.toMatch(/Warning|canvas|DOMMatrix/u)
    const [result] = JSON.parse(run.stdout) as {format: string; messages: {fatal?: boolean; page?: number}[]}[]
    expect(result!.format).toBe('pdf')
    expect(result!.messages.length).toBeGreaterThan(0)
    for (const message of result!.messages) {
      expect(message.fatal).toBeUndefined()
      expect(message.page).toBeGreaterThanOrEqual(1)
    }
  })

  it('npx fzlint --format sarif carries each rule\'s README as its help', () => {
    const run = inProject('npx', ['fzlint', '--format', 'sarif', 'reports/dongguan-2018.txt'], {node: binary})
    const sarif = JSON.parse(run.stdout)
    const rules = sarif.runs[0].tool.driver.rules as Array<{id: string; help?: {markdown?: string}}>
    expect(rules.find((rule) => rule.id === 'required-section')?.help?.markdown).toContain('# required-section')
    expect(rules.filter((rule) => !rule.id.includes('/')).every((rule) => (rule.help?.markdown ?? '').includes(`# ${rule.id}`))).toBe(true)
  })

  it('fzlint-language-server --stdio answers initialize and publishes diagnostics for a report', async () => {
    const child = spawn(binary, [join(project, 'node_modules/fzlint/bin/fzlint-language-server.js'), '--stdio'], {cwd: project})
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
    const run = inProject('npx', ['remark', 'draft.md', '--quiet', '--no-color'], {node: binary})
    // remark-cli prints findings on stderr.
    expect(run.stderr).toMatch(/required-section\s+fzlint/u)
    expect(run.stderr).toMatch(/web-noise\s+fzlint/u)
  })

  it('npx fzlint loads the compiled example plugin named in fzlint.config.json, and its rule reports', () => {
    const folder = mkdtempSync(join(project, 'drafts-'))
    writeFileSync(join(folder, 'fzlint.config.json'), JSON.stringify({plugins: ['fzlint-plugin-example'], rules: {'example/no-draft-mark': 'error'}}))
    writeFileSync(join(folder, 'draft-2023.txt'), ['某县人民政府关于2023年度法治政府建设情况的报告（征求意见稿）', '一、主要举措和成效', '全年办理行政复议案件12件。', ''].join('\n'))
    const run = inProject('npx', ['fzlint', '--format', 'json', join(folder, 'draft-2023.txt')], {node: binary})
    const [result] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number; message: string}>}>
    expect(result!.messages.find((message) => message.ruleId === 'example/no-draft-mark')).toMatchObject({line: 1, column: 26, message: '“（征求意见稿）”是稿本标记：向社会公开的是定稿，应删除'})
    expect(run.status).toBe(1)
  })
})
