/** Issue 9: configuration files, cascading, extends, validation messages, profiles, overrides, ignore files — through the real CLI. */
import {mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseReport} from '@fzlint/core'
import {detectProfile} from '@fzlint/config'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'

const corpus = (slug: string) => join(repositoryRoot, 'fixtures/corpus', `${slug}.txt`)

/** A draft whose plans section is titled 今后努力方向 would be missing (no built-in synonym) — unless configured. */
const DRAFT = [
  '某县人民政府关于2023年度法治政府建设情况的报告',
  '一、主要举措和成效',
  '2023年，我县扎实推进法治政府建设。',
  '二、存在的不足和原因',
  '执法力量不足，主要原因是编制紧张。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '县长主持常务会议研究法治政府建设4次。',
  '四、下阶段努力方向',
  '继续推进。',
  '特此报告。',
  '某县人民政府',
  '2024年2月20日',
  '',
].join('\n')

function workspace(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'fzlint-config-'))
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(join(directory, path, '..'), {recursive: true})
    writeFileSync(join(directory, path), contents)
  }
  return directory
}

function ruleIds(run: ReturnType<typeof runCliJson>, file = 0) {
  return run.results[file]!.messages.map((message) => `${message.ruleId}:${message.severity}`)
}

describe('discovery and cascading', () => {
  it('without configuration the recommended preset applies', () => {
    const cwd = workspace({'draft.txt': DRAFT})
    const run = runCliJson(['draft.txt'], {cwd})
    expect(ruleIds(run)).toContain('required-section:2')
  })

  it('a data extension in fzlint.config.json makes the rule fall silent; nearest config wins; root stops the walk', () => {
    const cwd = workspace({
      'fzlint.config.json': JSON.stringify({rules: {'required-section': 'warn'}}),
      'a/.fzlintrc.json': JSON.stringify({data: {sections: [{kind: 'plans', patterns: ['努力方向']}]}}),
      'a/draft.txt': DRAFT,
      'b/fzlint.config.json': JSON.stringify({root: true, rules: {}}),
      'b/draft.txt': DRAFT,
    })
    const inA = runCliJson(['a/draft.txt'], {cwd})
    expect(inA.results[0]!.messages.filter((message) => message.ruleId === 'required-section')).toEqual([])
    const inB = runCliJson(['b/draft.txt'], {cwd})
    // b is root: the parent's "warn" does not reach it, so the recommended error stands.
    expect(ruleIds(inB)).toContain('required-section:2')
    const parentOnly = runCliJson(['draft.txt'], {cwd: join(cwd, 'a'), env: {}})
    expect(parentOnly.results[0]!.messages).toEqual([])
  })

  it('the parent config cascades into a child folder without its own config', () => {
    const cwd = workspace({'fzlint.config.json': JSON.stringify({rules: {'required-section': 'warn'}}), 'deep/er/draft.txt': DRAFT})
    expect(ruleIds(runCliJson(['deep/er/draft.txt'], {cwd}))).toContain('required-section:1')
  })

  it('reads the fzlint key of package.json', () => {
    const cwd = workspace({'package.json': JSON.stringify({name: 'x', fzlint: {rules: {'required-section': 'off'}}}), 'draft.txt': DRAFT})
    expect(runCliJson(['draft.txt'], {cwd}).results[0]!.messages).toEqual([])
  })

  it('--config replaces the search; --rule overrides last', () => {
    const cwd = workspace({'custom.json': JSON.stringify({rules: {'required-section': 'off'}}), 'draft.txt': DRAFT})
    expect(runCliJson(['--config', 'custom.json', 'draft.txt'], {cwd}).results[0]!.messages).toEqual([])
    expect(ruleIds(runCliJson(['--config', 'custom.json', '--rule', 'required-section:warn', 'draft.txt'], {cwd}))).toContain('required-section:1')
  })
})

describe('extends', () => {
  it('follows a chain of relative configs and presets, later entries winning', () => {
    const cwd = workspace({
      'base.json': JSON.stringify({extends: 'recommended', rules: {'required-section': 'off'}}),
      'team.json': JSON.stringify({extends: ['./base.json'], data: {sections: [{kind: 'plans', patterns: ['努力方向']}]}}),
      'fzlint.config.json': JSON.stringify({extends: ['./team.json'], rules: {'required-section': ['warn', {require: ['measures', 'plans']}]}}),
      'draft.txt': DRAFT,
    })
    expect(runCliJson(['draft.txt'], {cwd}).results[0]!.messages).toEqual([])
  })

  it('reports a cycle', () => {
    const cwd = workspace({'fzlint.config.json': JSON.stringify({extends: './other.json'}), 'other.json': JSON.stringify({extends: './fzlint.config.json'}), 'draft.txt': DRAFT})
    const run = runCli(['draft.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('循环引用 / circular extends')
  })

  it('review is recommended plus the checks for comparing a batch (plan-not-followed), and a config can turn them off', () => {
    const printedRules = (config: object) =>
      (JSON.parse(runCli(['--print-config', 'draft.txt'], {cwd: workspace({'fzlint.config.json': JSON.stringify(config), 'draft.txt': DRAFT})}).stdout) as {rules: Record<string, unknown>}).rules
    expect(printedRules({extends: 'review'})['plan-not-followed']).toBe('warn')
    expect(printedRules({extends: 'review'})['required-section']).toBeDefined()
    expect(printedRules({extends: 'recommended'})['plan-not-followed']).toBeUndefined()
    expect(printedRules({extends: 'review', rules: {'plan-not-followed': 'off'}})['plan-not-followed']).toBe('off')
  })

  it('strict turns on rules that recommended leaves off', () => {
    const cwd = workspace({'fzlint.config.json': JSON.stringify({extends: 'strict'}), 'draft.txt': DRAFT})
    const printed = JSON.parse(runCli(['--print-config', 'draft.txt'], {cwd}).stdout) as {rules: Record<string, unknown>}
    const recommended = JSON.parse(readFileSync(join(repositoryRoot, 'packages/config/presets/recommended.json'), 'utf8')) as {rules: Record<string, string>}
    for (const id of Object.keys(recommended.rules)) expect(printed.rules[id]).toBeDefined()
  })
})

describe('extends names configurations and config packages only, and never quotes another file', () => {
  const notConfig = (path: string) =>
    `/extends: ${path} 不是 fzlint 配置文件；可选 recommended、strict、review、以 ./ 开头的 .json 配置文件或已安装的 fzlint-config-* 包 / not an fzlint configuration file; use recommended, strict, review, a relative path to a .json configuration file or an installed fzlint-config-* package`

  it('refuses /etc/passwd and any file that is not JSON by its path, without reading it', () => {
    for (const reference of ['/etc/passwd', '/etc/hostname', '../secret.txt']) {
      const cwd = workspace({'project/fzlint.config.json': JSON.stringify({extends: [reference]}), 'project/draft.txt': DRAFT, 'secret.txt': 'TOP-SECRET-TOKEN\n'})
      const run = runCli(['draft.txt'], {cwd: join(cwd, 'project')})
      expect(run.status, reference).toBe(2)
      const target = reference.startsWith('/') ? reference : join(cwd, 'secret.txt')
      expect(run.stderr).toContain(`配置文件无效 / invalid configuration: ${join(cwd, 'project/fzlint.config.json')}`)
      expect(run.stderr).toContain(notConfig(target))
      expect(run.stderr).not.toMatch(/root|TOP-SECRET|JSON 语法错误/u)
    }
  })

  it('refuses a JSON file of another shape without quoting it', () => {
    const cases: Record<string, string> = {'credentials.json': '{"password": "hunter2", "token": "abc"}', 'string.json': '"hello secret"', 'list.json': '["a-secret"]'}
    for (const [name, contents] of Object.entries(cases)) {
      const cwd = workspace({[name]: contents, 'fzlint.config.json': JSON.stringify({extends: `./${name}`}), 'draft.txt': DRAFT})
      const run = runCli(['draft.txt'], {cwd})
      expect(run.status, name).toBe(2)
      expect(run.stderr).toContain(notConfig(join(cwd, name)))
      expect(run.stderr).not.toMatch(/hunter2|password|token|secret/u)
    }
  })

  it('follows a package.json only through its fzlint key', () => {
    const cwd = workspace({
      'shared/package.json': JSON.stringify({name: 'shared', fzlint: {rules: {'required-section': 'off'}}}),
      'bare/package.json': JSON.stringify({name: 'bare', private: true}),
      'a/fzlint.config.json': JSON.stringify({extends: '../shared/package.json'}),
      'a/draft.txt': DRAFT,
      'b/fzlint.config.json': JSON.stringify({extends: '../bare/package.json'}),
      'b/draft.txt': DRAFT,
    })
    expect(runCliJson(['a/draft.txt'], {cwd}).results[0]!.messages).toEqual([])
    const refused = runCli(['b/draft.txt'], {cwd})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('/extends: ../bare/package.json 中没有 fzlint 配置 / has no fzlint configuration')
    expect(refused.stderr).not.toContain('private')
  })

  it('resolves fzlint-config-* packages from the config file\'s folder, as ESLint resolves eslint-config-*', () => {
    const offRequired = JSON.stringify({rules: {'required-section': 'off'}})
    const cwd = workspace({
      'node_modules/fzlint-config-county/package.json': JSON.stringify({name: 'fzlint-config-county', main: 'config.json'}),
      'node_modules/fzlint-config-county/config.json': offRequired,
      'node_modules/fzlint-config-county/warn.json': JSON.stringify({rules: {'required-section': 'warn'}}),
      'node_modules/@office/fzlint-config/package.json': JSON.stringify({name: '@office/fzlint-config', fzlint: {rules: {'required-section': 'off'}}}),
      'node_modules/fzlint-config-code/package.json': JSON.stringify({name: 'fzlint-config-code', main: 'index.js'}),
      'node_modules/fzlint-config-code/index.js': 'module.exports = {secret: "never shown"}\n',
      'short/fzlint.config.json': JSON.stringify({extends: 'county'}),
      'long/fzlint.config.json': JSON.stringify({extends: 'fzlint-config-county'}),
      'scoped/fzlint.config.json': JSON.stringify({extends: '@office'}),
      'subpath/fzlint.config.json': JSON.stringify({extends: 'county/warn.json'}),
      'code/fzlint.config.json': JSON.stringify({extends: 'code'}),
      ...Object.fromEntries(['short', 'long', 'scoped', 'subpath', 'code'].map((folder) => [`${folder}/draft.txt`, DRAFT])),
    })
    for (const folder of ['short', 'long', 'scoped']) expect(runCliJson([`${folder}/draft.txt`], {cwd}).results[0]!.messages, folder).toEqual([])
    expect(ruleIds(runCliJson(['subpath/draft.txt'], {cwd}))).toContain('required-section:1')
    const code = runCli(['code/draft.txt'], {cwd})
    expect(code.status).toBe(2)
    expect(code.stderr).toContain(notConfig(join(cwd, 'node_modules/fzlint-config-code/index.js')))
    expect(code.stderr).not.toContain('never shown')
  })
})

describe('validation errors say file, JSON pointer, expectation and did-you-mean', () => {
  const cases: [string, unknown, string][] = [
    ['misspelled rule id', {rules: {'required-sectoin': 'error'}}, '/rules: 未知规则 “required-sectoin” / unknown rule "required-sectoin"；是否想写 “required-section”？/ did you mean "required-section"?'],
    ['bad severity', {rules: {'required-section': 'fatal'}}, '/rules/required-section: 应为 "off" | "warn" | "error" 或 [级别, 选项]，实际为 "fatal" / expected a severity or [severity, options]'],
    ['unknown top-level key', {rulez: {}}, '/: 未知选项 “rulez” / unknown property "rulez"；是否想写 “rules”？/ did you mean "rules"?'],
    ['bad profile', {profile: 'city'}, '/profile: 应为 "auto" | "government" | "department" | "township" 之一，实际为 "city" / expected one of "auto" | "government" | "department" | "township"'],
    ['wrong type', {reportYear: '2023'}, '/reportYear: 应为 integer 类型，实际为 "2023" / expected integer'],
    [
      'unknown preset, no such package',
      {extends: 'airbnb'},
      '/extends: 未知预设 “airbnb”，也找不到配置包 fzlint-config-airbnb（从 {cwd} 查找）；可选 recommended、strict、review、以 ./ 开头的 .json 配置文件或已安装的 fzlint-config-* 包 / unknown preset "airbnb", and no package fzlint-config-airbnb is installed; use recommended, strict, review, a relative path to a .json configuration file or an installed fzlint-config-* package',
    ],
  ]
  for (const [name, config, expected] of cases) {
    it(name, () => {
      const cwd = workspace({'fzlint.config.json': JSON.stringify(config), 'draft.txt': DRAFT})
      const run = runCli(['draft.txt'], {cwd})
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(`配置文件无效 / invalid configuration: ${join(cwd, 'fzlint.config.json')}`)
      expect(run.stderr).toContain(`  - ${expected.replace('{cwd}', cwd)}`)
      expect(run.stderr).not.toMatch(/\n\s+at /u)
    })
  }

  it('rule options are checked against the rule\'s own schema', () => {
    const cwd = workspace({'fzlint.config.json': JSON.stringify({rules: {'required-section': ['error', {require: ['preface']}]}}), 'draft.txt': DRAFT})
    const run = runCli(['draft.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('/rules/required-section')
  })

  it('JSON syntax errors name the line', () => {
    const cwd = workspace({'fzlint.config.json': '{\n  "rules": {,}\n}', 'draft.txt': DRAFT})
    const run = runCli(['draft.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/fzlint\.config\.json:2:\d+: JSON 语法错误（此处应为值）\/ JSON syntax error: ValueExpected/u)
  })

  it('comments are allowed (JSON with comments, as .eslintrc.json)', () => {
    const cwd = workspace({'fzlint.config.json': '{\n  // 关闭\n  "rules": {"required-section": "off"} /* 块注释 */\n}', 'draft.txt': DRAFT})
    expect(runCliJson(['draft.txt'], {cwd}).results[0]!.messages).toEqual([])
  })

  it('an unknown rule on the command line', () => {
    const run = runCli(['--rule', 'required-sectoin:warn', 'fixtures/corpus'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('是否想写 “required-section”？')
  })
})

describe('overrides and ignoring (plain text and Word have no comment syntax)', () => {
  it('overrides apply by glob relative to the config file', () => {
    const cwd = workspace({
      'fzlint.config.json': JSON.stringify({overrides: [{files: ['township/**'], rules: {'required-section': 'off'}}]}),
      'township/draft.txt': DRAFT,
      'county/draft.txt': DRAFT,
    })
    const run = runCliJson(['township/draft.txt', 'county/draft.txt'], {cwd})
    expect(run.results[0]!.messages).toEqual([])
    expect(ruleIds(run, 1)).toContain('required-section:2')
  })

  it('ignorePatterns and .fzlintignore skip files', () => {
    const cwd = workspace({
      'fzlint.config.json': JSON.stringify({ignorePatterns: ['old/**']}),
      '.fzlintignore': '# 草稿\ndrafts/\n',
      'old/draft.txt': DRAFT,
      'drafts/draft.txt': DRAFT,
      'now/draft.txt': DRAFT,
    })
    const run = runCliJson(['.'], {cwd})
    expect(run.results.map((result) => result.filePath.slice(cwd.length + 1))).toEqual(['now/draft.txt'])
  })
})

describe('profiles', () => {
  it.each([
    ['helong-2023', 'township'],
    ['gaoming-2023', 'government'],
    ['fangxian-2023', 'government'],
    ['dongguan-2018', 'government'],
    ['yicheng-2020', 'government'],
  ])('%s is %s', (slug, profile) => {
    const document = parseReport(readFileSync(corpus(slug), 'utf8'))
    expect(detectProfile(document).profile).toBe(profile)
    const printed = JSON.parse(runCli(['--print-config', corpus(slug)]).stdout) as {profile: string}
    expect(printed.profile).toBe(profile)
  })

  it('detects a department and a township from the title', () => {
    const department = parseReport('某市司法局关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n正文。')
    expect(detectProfile(department)).toEqual({profile: 'department', organ: '某市司法局', basis: '某市司法局'})
    const town = parseReport('某县某某镇人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n正文。')
    expect(detectProfile(town).profile).toBe('township')
  })

  it('--profile forces the profile; township relaxes required-section to a warning', () => {
    const cwd = workspace({'draft.txt': DRAFT})
    expect(ruleIds(runCliJson(['--profile', 'township', 'draft.txt'], {cwd}))).toContain('required-section:1')
    const run = runCli(['--profile', 'city', 'draft.txt'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('未知的报告主体 “city”')
  })
})

describe('--init and --print-config', () => {
  it('--init writes a commented starter config for the detected profile, and never overwrites', () => {
    const cwd = workspace({})
    copyFileSync(corpus('helong-2023'), join(cwd, 'report.txt'))
    const run = runCli(['--init', 'report.txt'], {cwd})
    expect(run.status).toBe(0)
    const written = readFileSync(join(cwd, 'fzlint.config.json'), 'utf8')
    expect(written).toContain('"profile": "township"')
    expect(written).toContain('// ')
    // The starter is a valid config: linting with it works.
    expect(runCli(['report.txt'], {cwd}).status).not.toBe(2)
    const again = runCli(['--init'], {cwd})
    expect(again.status).toBe(2)
    expect(readFileSync(join(cwd, 'fzlint.config.json'), 'utf8')).toBe(written)
  })

  it('--print-config shows the files, profile and rule table', () => {
    const cwd = workspace({'fzlint.config.json': JSON.stringify({reportYear: 2023, rules: {'required-section': ['warn', {require: ['plans']}]}}), 'draft.txt': DRAFT})
    const printed = JSON.parse(runCli(['--print-config', 'draft.txt'], {cwd}).stdout)
    expect(printed.configFiles).toEqual([join(cwd, 'fzlint.config.json')])
    expect(printed.reportYear).toBe(2023)
    expect(printed.rules['required-section']).toEqual(['warn', {require: ['plans']}])
    expect(existsSync(join(cwd, 'draft.txt'))).toBe(true)
  })
})

describe('inline directives in Markdown', () => {
  const markdown = (directive: string) =>
    `# 某县2023年度法治政府建设情况报告\n\n${directive}\n\n## 一、主要举措和成效\n\n正文。\n`

  it('fzlint-disable turns a rule off from that point; unused directives are reported on request', () => {
    const cwd = workspace({
      'off.md': markdown('<!-- fzlint-disable required-section -->'),
      'next.md': '<!-- fzlint-disable-next-line required-section -->\n# 某县2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n正文。\n',
      'on.md': markdown('<!-- fzlint-disable required-section -->\n\n<!-- fzlint-enable required-section -->'),
      'unused.md': markdown('<!-- fzlint-disable section-order -->'),
    })
    const run = runCliJson(['--report-unused-disable-directives', 'off.md', 'next.md', 'on.md', 'unused.md'], {cwd})
    const [off, next, on, unused] = run.results
    // Absent parts are reported at the title (line 1), before the directive: still reported.
    expect(off!.messages.filter((message) => message.ruleId === 'required-section').length).toBe(3)
    expect(next!.messages.filter((message) => message.ruleId === 'required-section')).toEqual([])
    expect(on!.messages.filter((message) => message.ruleId === 'required-section').length).toBe(3)
    expect(unused!.messages.some((message) => message.ruleId === null && message.message.includes('多余的 fzlint-disable'))).toBe(true)
  })
})
