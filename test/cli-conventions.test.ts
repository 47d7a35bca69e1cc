/**
 * The command-line conventions an ESLint or remark-lint user expects (issue 17, item 5), through the real CLI:
 * --stdin, --cache, flags of other commands, NO_COLOR/FORCE_COLOR, .fzlintignore, JSONC, --init's $schema,
 * exit codes, English plurals and the config's `files`.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {afterAll, describe, expect, it} from 'vitest'
import {createResolverFromFlags} from '@fzlint/builtin'
import {parseConfigText} from '@fzlint/config'
import {cliPath, repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'

const CLEAN = readFileSync(join(repositoryRoot, 'fixtures/clean/clean-2023.txt'), 'utf8')
/** The clean report with one fixable warning: （一) mixes a full-width and a half-width bracket (numbering-style). */
const ONE_WARNING = CLEAN.replace('（一）健全依法行政制度体系', '（一)健全依法行政制度体系')
const NOT_A_REPORT = readFileSync(join(repositoryRoot, 'fixtures/bad-input/not-a-report/notes.txt'))
const DOCX = readFileSync(join(repositoryRoot, 'fixtures/docx/dongguan-2018.docx'))
const VERSION = (JSON.parse(readFileSync(join(repositoryRoot, 'packages/cli/package.json'), 'utf8')) as {version: string}).version

const workspaces: string[] = []
afterAll(() => {
  for (const directory of workspaces) rmSync(directory, {recursive: true, force: true})
})

/** A temporary folder holding `files` (path → text or bytes). */
function workspace(files: Record<string, string | Uint8Array>): string {
  const directory = mkdtempSync(join(tmpdir(), 'fzlint-conventions-'))
  workspaces.push(directory)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), {recursive: true})
    writeFileSync(join(directory, path), content)
  }
  return directory
}

/** Every file under a folder, relative: a run that must write nothing leaves this list as it was. */
function listFiles(directory: string): string[] {
  return (readdirSync(directory, {recursive: true, withFileTypes: true}) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
    .sort()
}

describe('--stdin', () => {
  it('lints standard input as the file --stdin-filename names: its path in the output, its folder\'s configuration', () => {
    const cwd = workspace({'drafts/fzlint.config.json': '{"rules": {"numbering-style": "error"}}'})
    const before = listFiles(cwd)
    const run = runCliJson(['--stdin', '--stdin-filename', 'drafts/a.txt'], {cwd, input: ONE_WARNING})
    expect(run.status).toBe(1)
    expect(run.results).toHaveLength(1)
    expect(run.results[0]!.filePath).toBe(join(cwd, 'drafts/a.txt'))
    // drafts/fzlint.config.json raised the rule to an error: the configuration of that path applied.
    expect(run.results[0]!.messages.map((message) => [message.ruleId, message.severity])).toEqual([['numbering-style', 2]])
    expect(listFiles(cwd)).toEqual(before)
  })

  it('shows <stdin> without a filename and reads it as plain text', () => {
    const run = runCli(['--stdin'], {cwd: workspace({}), input: ONE_WARNING})
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^<stdin>\n {2}9:1 {2}警告/u)
  })

  it('reads .docx bytes from standard input when the filename says .docx', () => {
    const run = runCliJson(['--stdin', '--stdin-filename', 'report.docx'], {cwd: workspace({}), input: DOCX})
    const fromFile = runCliJson([join(repositoryRoot, 'fixtures/docx/dongguan-2018.docx')])
    expect(run.results[0]!.format).toBe('docx')
    expect(run.results[0]!.messages.map((message) => message.ruleId)).toEqual(fromFile.results[0]!.messages.map((message) => message.ruleId))
    expect(run.results[0]!.messages.length).toBeGreaterThan(0)
  })

  it('--fix prints the whole fixed text on stdout and the remaining problems on stderr, writing nothing', () => {
    const cwd = workspace({})
    const run = runCli(['--stdin', '--stdin-filename', 'a.txt', '--fix'], {cwd, input: ONE_WARNING})
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(CLEAN)
    expect(run.stderr).not.toContain('numbering-style')
    expect(listFiles(cwd)).toEqual([])
  })

  it('--fix prints the text unchanged when nothing can be fixed, so a pipe never loses the file', () => {
    const run = runCli(['--stdin', '--fix'], {cwd: workspace({}), input: CLEAN})
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(CLEAN)
  })

  it('--fix keeps the input\'s encoding: GB18030 in, GB18030 out', () => {
    const gb18030 = readFileSync(join(repositoryRoot, 'fixtures/gb18030/fangxian-2023.txt'))
    const child = spawnSync(process.execPath, [cliPath, '--stdin', '--stdin-filename', 'a.txt', '--fix'], {input: gb18030, env: {...process.env, NO_COLOR: '1'}})
    const fromFile = runCli(['--fix-dry-run', join(repositoryRoot, 'fixtures/gb18030/fangxian-2023.txt')])
    // Something is fixed in this report (else the test would compare the input with itself).
    expect(fromFile.stdout).toContain('@@')
    expect(Buffer.compare(child.stdout, gb18030)).not.toBe(0)
    expect(child.stdout.includes(Buffer.from('报告', 'utf8'))).toBe(false)
    const relinted = runCliJson(['--stdin', '--stdin-filename', 'b.txt'], {input: child.stdout})
    expect(relinted.results[0]!.encoding).toBe('gb18030')
  })

  it('--fix-dry-run prints the diff, headed with the filename', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'drafts/a.txt', '--fix-dry-run'], {cwd: workspace({}), input: ONE_WARNING})
    expect(run.stdout).toContain('--- a/drafts/a.txt\n+++ b/drafts/a.txt')
    expect(run.stdout).toContain('+（一）健全依法行政制度体系')
  })

  it('--fix of a .docx from standard input is a usage error: its fixes apply to extracted text', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'a.docx', '--fix'], {input: DOCX})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--stdin --fix 只输出文本')
    expect(run.stderr).toContain('prints text only')
  })

  it('refuses files beside --stdin, --stdin-filename alone, and baselines that would write a file', () => {
    for (const args of [['--stdin', 'a.txt'], ['--stdin-filename', 'a.txt', 'b.txt'], ['--stdin', '--suppress-all']]) {
      const run = runCli(args, {input: CLEAN})
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toMatch(/--stdin.* \/ .*stdin/u)
    }
  })

  it('passes an ignored filename through unchanged under --fix, and says it was ignored', () => {
    const cwd = workspace({'.fzlintignore': 'archive/\n'})
    const run = runCli(['--stdin', '--stdin-filename', 'archive/a.txt', '--fix'], {cwd, input: ONE_WARNING})
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(ONE_WARNING)
    expect(run.stderr).toContain('ignored by configuration')
  })

  it('reads /dev/stdin named as a file to its end (it used to be read as an empty file)', () => {
    const run = runCliJson(['/dev/stdin'], {input: ONE_WARNING})
    expect(run.status).toBe(0)
    expect(run.results[0]!.messages.map((message) => message.ruleId)).toEqual(['numbering-style'])
  })

  it('refuses --fix on /dev/stdin, pointing to --stdin --fix', () => {
    const run = runCli(['--fix', '/dev/stdin'], {input: ONE_WARNING})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('use --stdin --fix')
  })
})

describe('--cache', () => {
  /** The cache entries under a folder: `.fzlintcache/<2 hex>/<key>.json`. */
  function entriesOf(directory: string): string[] {
    return existsSync(directory) ? listFiles(directory).filter((path) => path.endsWith('.json')) : []
  }

  it('reuses the result of an unchanged file: a tampered entry of the right shape is what the second run prints', () => {
    const cwd = workspace({'a.txt': ONE_WARNING})
    expect(runCliJson(['--cache', 'a.txt'], {cwd}).results[0]!.messages).toHaveLength(1)
    const [entry] = entriesOf(join(cwd, '.fzlintcache'))
    expect(entry).toBeDefined()
    const entryPath = join(cwd, '.fzlintcache', entry!)
    const stored = JSON.parse(readFileSync(entryPath, 'utf8')) as {messages: {message: string}[]}
    stored.messages[0]!.message = 'FROM THE CACHE'
    writeFileSync(entryPath, JSON.stringify(stored))
    expect(runCliJson(['--cache', 'a.txt'], {cwd}).results[0]!.messages[0]!.message).toBe('FROM THE CACHE')
    // Without --cache the entry is not read.
    expect(runCliJson(['a.txt'], {cwd}).results[0]!.messages[0]!.message).not.toBe('FROM THE CACHE')
  })

  it('prints exactly what a run without the cache prints', () => {
    const cwd = workspace({'a.txt': ONE_WARNING, 'b.txt': CLEAN.replace('36件', '36 件')})
    const uncached = runCli(['--format', 'sarif', '.'], {cwd}).stdout
    runCli(['--cache', '.'], {cwd})
    expect(runCli(['--cache', '--format', 'sarif', '.'], {cwd}).stdout).toBe(uncached)
  })

  it('stores what the worker pool linted (--jobs) and serves it back to the pool\'s run', () => {
    const cwd = workspace({'a.txt': ONE_WARNING, 'b.txt': CLEAN, 'c.txt': ONE_WARNING.replace('36件', '37件')})
    const uncached = runCli(['--format', 'json', '.'], {cwd}).stdout
    expect(runCli(['--jobs', '2', '--cache', '--format', 'json', '.'], {cwd}).stdout).toBe(uncached)
    expect(entriesOf(join(cwd, '.fzlintcache'))).toHaveLength(3)
    expect(runCli(['--jobs', '2', '--cache', '--format', 'json', '.'], {cwd}).stdout).toBe(uncached)
  })

  it('lints a file again when its content or the configuration changes', () => {
    const cwd = workspace({'a.txt': ONE_WARNING})
    runCli(['--cache', 'a.txt'], {cwd})
    writeFileSync(join(cwd, 'a.txt'), CLEAN)
    expect(runCliJson(['--cache', 'a.txt'], {cwd}).results[0]!.messages).toEqual([])
    writeFileSync(join(cwd, 'a.txt'), ONE_WARNING)
    writeFileSync(join(cwd, 'fzlint.config.json'), '{"rules": {"numbering-style": "off"}}')
    expect(runCliJson(['--cache', 'a.txt'], {cwd}).results[0]!.messages).toEqual([])
    expect(runCliJson(['--cache', '--rule', 'numbering-style:error', 'a.txt'], {cwd}).results[0]!.messages[0]!.severity).toBe(2)
    expect(entriesOf(join(cwd, '.fzlintcache'))).toHaveLength(4)
  })

  it('drops an entry of the wrong shape and lints the file again', () => {
    const cwd = workspace({'a.txt': ONE_WARNING})
    runCli(['--cache', 'a.txt'], {cwd})
    const [entry] = entriesOf(join(cwd, '.fzlintcache'))
    const entryPath = join(cwd, '.fzlintcache', entry!)
    writeFileSync(entryPath, JSON.stringify({filePath: join(cwd, 'a.txt'), messages: 'not a list'}))
    const run = runCliJson(['--cache', 'a.txt'], {cwd})
    expect(run.results[0]!.messages.map((message) => message.ruleId)).toEqual(['numbering-style'])
    // Written again, with the right shape.
    expect(Array.isArray((JSON.parse(readFileSync(entryPath, 'utf8')) as {messages: unknown}).messages)).toBe(true)
  })

  it('keeps entries where --cache-location says, and refuses --cache-location alone or naming a file', () => {
    const cwd = workspace({'a.txt': ONE_WARNING, 'taken': 'a file'})
    expect(runCli(['--cache', '--cache-location', 'build/fzlint-cache', 'a.txt'], {cwd}).status).toBe(0)
    expect(entriesOf(join(cwd, 'build/fzlint-cache'))).toHaveLength(1)
    expect(existsSync(join(cwd, '.fzlintcache'))).toBe(false)
    const alone = runCli(['--cache-location', 'x', 'a.txt'], {cwd})
    expect(alone.status).toBe(2)
    expect(alone.stderr).toContain('--cache-location takes effect only with --cache')
    const onFile = runCli(['--cache', '--cache-location', 'taken', 'a.txt'], {cwd})
    expect(onFile.status).toBe(2)
    expect(onFile.stderr).toContain('is a file; the cache is a folder')
  })

  it('fzlint review keeps its entries where --cache-location says too', () => {
    const cwd = workspace({'a.txt': ONE_WARNING, 'b.txt': CLEAN})
    expect(runCli(['review', '--cache', '--cache-location', 'review-cache', '.'], {cwd}).status).toBe(0)
    expect(entriesOf(join(cwd, 'review-cache')).length).toBeGreaterThanOrEqual(2)
    expect(existsSync(join(cwd, '.fzlintcache'))).toBe(false)
    expect(runCli(['review', '--cache', '--cache-location', 'review-cache', '.'], {cwd}).stdout).toContain('缓存命中 2')
  })

  it('does not remember a file that could not be read', () => {
    const cwd = workspace({'empty.txt': ''})
    expect(runCli(['--cache', 'empty.txt'], {cwd}).status).toBe(2)
    expect(entriesOf(join(cwd, '.fzlintcache'))).toEqual([])
  })
})

describe('flags of other commands', () => {
  it('--report on the lint command is a usage error naming fzlint review, in both languages', () => {
    const run = runCli(['--report', 'summary.html', 'fixtures/clean/clean-2023.txt'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--report 是 fzlint review 的选项')
    expect(run.stderr).toContain('--report is an option of fzlint review, not of fzlint')
    expect(run.stdout).toBe('')
  })

  it('serve flags are sent to fzlint serve, lint-only flags refused by review, typos answered with the flag meant', () => {
    expect(runCli(['--port', '8080', 'a.txt']).stderr).toContain('--port is an option of fzlint serve')
    expect(runCli(['--no-open', 'a.txt']).stderr).toContain('--no-open is an option of fzlint serve')
    const review = runCli(['review', '--fix', 'fixtures/clean'])
    expect(review.status).toBe(2)
    expect(review.stderr).toContain('--fix is an option of the lint command (fzlint), not of fzlint review')
    const typo = runCli(['--max-warning', '0', 'a.txt'])
    expect(typo.status).toBe(2)
    expect(typo.stderr).toContain('未知选项 “--max-warning” / unknown option --max-warning；是否想写 --max-warnings？/ did you mean --max-warnings?')
  })
})

describe('NO_COLOR and FORCE_COLOR', () => {
  const hasColor = (env: NodeJS.ProcessEnv, args: string[] = []) => {
    const cwd = workspace({'a.txt': ONE_WARNING})
    return runCli([...args, 'a.txt'], {cwd, env}).stdout.includes('\u001B[')
  }

  it('FORCE_COLOR 1 colours piped output even with NO_COLOR set; 0 and false do not', () => {
    expect(hasColor({FORCE_COLOR: '1', NO_COLOR: '1'})).toBe(true)
    expect(hasColor({FORCE_COLOR: '3'})).toBe(true)
    expect(hasColor({FORCE_COLOR: '0', NO_COLOR: ''})).toBe(false)
    expect(hasColor({FORCE_COLOR: 'false', NO_COLOR: ''})).toBe(false)
  })

  it('--color and --no-color win over both', () => {
    expect(hasColor({NO_COLOR: '1', FORCE_COLOR: '0'}, ['--color'])).toBe(true)
    expect(hasColor({FORCE_COLOR: '1'}, ['--no-color'])).toBe(false)
  })
})

describe('.fzlintignore', () => {
  it('follows git: !keep.txt before *.txt leaves keep.txt ignored; folders, comments and escapes', () => {
    const cwd = workspace({
      '.fzlintignore': '# drafts kept out\n!keep.txt\n*.txt\nscans/\n\\#tagged.md\n',
      'keep.txt': ONE_WARNING,
      'report.md': ONE_WARNING,
      '#tagged.md': ONE_WARNING,
      'scans/page.md': ONE_WARNING,
    })
    const run = runCliJson(['.'], {cwd})
    expect(run.results.map((result) => result.filePath)).toEqual([join(cwd, 'report.md')])
    const named = runCli(['keep.txt'], {cwd})
    expect(named.status).toBe(0)
    expect(named.stderr).toContain('keep.txt: 已按忽略规则跳过 / ignored by configuration')
  })
})

describe('JSONC configuration', () => {
  it('accepts comments and trailing commas', () => {
    const cwd = workspace({'fzlint.config.json': '{\n  // 关闭\n  "rules": {"numbering-style": "off",},\n}\n', 'a.txt': ONE_WARNING})
    const run = runCliJson(['a.txt'], {cwd})
    expect(run.status).toBe(0)
    expect(run.results[0]!.messages).toEqual([])
  })

  it('reports a syntax error at file:line:column, exit 2', () => {
    const cwd = workspace({'fzlint.config.json': '{\n  "root": true\n  "profile": "auto"\n}\n', 'a.txt': CLEAN})
    const run = runCli(['a.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`${join(cwd, 'fzlint.config.json')}:3:3: JSON 语法错误（此处应为逗号）/ JSON syntax error: CommaExpected`)
  })
})

describe('--init', () => {
  const configSchema = JSON.parse(readFileSync(join(repositoryRoot, 'schemas/config.schema.json'), 'utf8')) as object
  const validate = new Ajv2020({strict: false}).compile(configSchema)
  const readWritten = (cwd: string) => parseConfigText(readFileSync(join(cwd, 'fzlint.config.json'), 'utf8'), 'fzlint.config.json')
  const schemaOf = (cwd: string) => (readWritten(cwd) as {$schema: string}).$schema

  it('points $schema at the installed package\'s schema, relative to the config file, and the file validates', () => {
    const cwd = workspace({'node_modules/fzlint/schemas/config.schema.json': JSON.stringify(configSchema)})
    expect(runCli(['--init'], {cwd}).status).toBe(0)
    const schema = schemaOf(cwd)
    expect(schema).toBe('./node_modules/fzlint/schemas/config.schema.json')
    expect(existsSync(resolve(cwd, schema))).toBe(true)
    expect(validate(readWritten(cwd)), JSON.stringify(validate.errors)).toBe(true)
    // And fzlint itself reads it.
    writeFileSync(join(cwd, 'a.txt'), CLEAN)
    expect(runCli(['a.txt'], {cwd}).status).toBe(0)
  })

  it('finds the package installed in a parent folder, as Node resolves it', () => {
    const root = workspace({'node_modules/fzlint/schemas/config.schema.json': '{}', 'reports/2024/.keep': ''})
    const cwd = join(root, 'reports/2024')
    expect(runCli(['--init'], {cwd}).status).toBe(0)
    const schema = schemaOf(cwd)
    expect(schema).toBe('../../node_modules/fzlint/schemas/config.schema.json')
    expect(existsSync(resolve(cwd, schema))).toBe(true)
  })

  it('falls back to this version\'s schema on unpkg when fzlint is not installed there', () => {
    const cwd = workspace({})
    expect(runCli(['--init'], {cwd}).status).toBe(0)
    expect(schemaOf(cwd)).toBe(`https://unpkg.com/fzlint@${VERSION}/schemas/config.schema.json`)
  })
})

describe('exit codes', () => {
  it('a text that is not a report is a warning: exit 0, 1 under --max-warnings 0, said on stderr', () => {
    const cwd = workspace({'notes.txt': NOT_A_REPORT})
    const run = runCli(['notes.txt'], {cwd})
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('does not look like a report')
    expect(runCli(['--max-warnings', '0', 'notes.txt'], {cwd}).status).toBe(1)
  })

  it('a glob or folder that matched only files of other types is an error, not a silent pass', () => {
    const cwd = workspace({'scans/a.tiff': 'tiff', 'scans/b.PNG': 'png'})
    for (const path of ['scans/*', 'scans']) {
      const run = runCli([path], {cwd})
      expect(run.status, path).toBe(2)
      expect(run.stderr, path).toContain(`${path}: 匹配到的文件都不是 fzlint 能读的类型`)
      expect(run.stderr, path).toContain('matched only files of types fzlint does not read')
    }
  })
})

describe('English counts', () => {
  it('says 1 problem, 1 warning, 1 error', () => {
    const cwd = workspace({'a.txt': ONE_WARNING})
    expect(runCli(['a.txt'], {cwd}).stdout).toContain('/ 1 problem (0 errors, 1 warning)')
    expect(runCli(['--rule', 'numbering-style:error', 'a.txt'], {cwd}).stdout).toContain('/ 1 problem (1 error, 0 warnings)')
  })
})

describe('config files', () => {
  const config = JSON.stringify({files: ['reports/**']})

  it('skips a named file outside `files` without a word (README.md from a pre-commit hook), exit 0', () => {
    const cwd = workspace({'fzlint.config.json': config, 'README.md': '# fzlint\n', 'reports/a.txt': ONE_WARNING})
    const run = runCliJson(['README.md', 'reports/a.txt'], {cwd})
    expect(run.status).toBe(0)
    expect(run.results.map((result) => result.filePath)).toEqual([join(cwd, 'reports/a.txt')])
    expect(run.stderr).toBe('')
    const alone = runCli(['README.md'], {cwd})
    expect(alone).toMatchObject({status: 0, stdout: '', stderr: ''})
  })

  it('expands folders and globs only to matching files; one that matches none is an error', () => {
    const cwd = workspace({'fzlint.config.json': config, 'README.md': '# fzlint\n', 'notes/n.txt': ONE_WARNING, 'reports/a.txt': ONE_WARNING})
    expect(runCliJson(['.'], {cwd}).results.map((result) => result.filePath)).toEqual([join(cwd, 'reports/a.txt')])
    const run = runCli(['notes/*.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('notes/*.txt: 匹配到的文件都不在配置的 files 之内')
  })

  it('is FileConfig.matchesFiles: undefined without `files`, else whether the nearest config naming it matches', () => {
    const cwd = workspace({'fzlint.config.json': config, 'plain/fzlint.config.json': '{"root": true}', 'sub/fzlint.config.json': '{"files": ["*.md"]}'})
    const resolver = createResolverFromFlags({}, cwd)
    expect(resolver.resolveForFile(join(cwd, 'reports/a.txt')).matchesFiles).toBe(true)
    expect(resolver.resolveForFile(join(cwd, 'README.md')).matchesFiles).toBe(false)
    expect(resolver.resolveForFile(join(cwd, 'plain/a.txt')).matchesFiles).toBeUndefined()
    expect(resolver.resolveForFile(join(cwd, 'sub/a.md')).matchesFiles).toBe(true)
    expect(resolver.resolveForFile(join(cwd, 'sub/a.txt')).matchesFiles).toBe(false)
    expect(JSON.parse(runCli(['--print-config', 'README.md'], {cwd}).stdout)).toMatchObject({matchesFiles: false})
  })

  it('rejects an empty `files`', () => {
    const cwd = workspace({'fzlint.config.json': '{"files": []}', 'a.txt': CLEAN})
    expect(runCli(['a.txt'], {cwd}).status).toBe(2)
  })
})
