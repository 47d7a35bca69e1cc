/**
 * Rule packages from outside fzlint, loaded through a configuration's `plugins` — through the real CLI, the
 * language server's resolver and the worker pool alike (each resolves configuration itself). The example plugin in
 * examples/ is tested as users install it in test/install-as-user.test.ts; these plugins are plain modules.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, runCliJson} from './helpers/run-cli.js'

/** A rule package as a plugin module exports it: `theme` names it, each rule reports a line holding its marker. */
function pluginSource(theme: string, marker: string, moduleKind: 'esm' | 'cjs'): string {
  const rulePackage = `{
    theme: ${JSON.stringify(theme)},
    dataFiles: [],
    rules: [{
      meta: {id: 'no-marker', type: 'problem', defaultSeverity: 'error', recommended: false,
        docs: {description: '不应出现标记', url: 'https://example.org/no-marker'}, messages: {marker: '出现了“{marker}”'}},
      create(context) {
        return {'report:exit'() {
          const start = context.source.indexOf(${JSON.stringify(marker)})
          if (start >= 0) context.report({messageId: 'marker', range: [start, start + ${marker.length}], data: {marker: ${JSON.stringify(marker)}}})
        }}
      },
    }],
  }`
  return moduleKind === 'esm' ? `export default ${rulePackage}\n` : `module.exports = ${rulePackage}\n`
}

const REPORT = ['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '全年办理行政复议案件12件。XYZ', ''].join('\n')

function draftFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-plugins-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), {recursive: true})
    writeFileSync(join(folder, path), text)
  }
  return folder
}

describe('plugins in configuration', () => {
  it('loads an ES module plugin by relative path; its rule is off until configured, then reports under name/rule-id', () => {
    const off = draftFolder({'plugin.mjs': pluginSource('local', 'XYZ', 'esm'), 'fzlint.config.json': '{"plugins": ["./plugin.mjs"]}', 'report.txt': REPORT})
    expect(runCliJson(['report.txt'], {cwd: off}).results[0]!.messages.map((message) => message.ruleId)).not.toContain('local/no-marker')

    const on = draftFolder({
      'plugin.mjs': pluginSource('local', 'XYZ', 'esm'),
      'fzlint.config.json': '{"plugins": ["./plugin.mjs"], "rules": {"local/no-marker": "error"}}',
      'report.txt': REPORT,
    })
    const run = runCliJson(['report.txt'], {cwd: on})
    const finding = run.results[0]!.messages.find((message) => message.ruleId === 'local/no-marker')
    expect(finding).toMatchObject({line: 3, column: 15, severity: 2, message: '出现了“XYZ”'})
    expect(run.status).toBe(1)
  })

  it('loads a CommonJS package from node_modules by its name, and --rule turns its rule on', () => {
    const folder = draftFolder({
      'node_modules/fzlint-plugin-local/package.json': '{"name": "fzlint-plugin-local", "main": "index.js"}',
      'node_modules/fzlint-plugin-local/index.js': pluginSource('local', 'XYZ', 'cjs'),
      'fzlint.config.json': '{"plugins": ["fzlint-plugin-local"]}',
      'report.txt': REPORT,
    })
    const run = runCliJson(['--rule', 'local/no-marker:warn', 'report.txt'], {cwd: folder})
    expect(run.results[0]!.messages.find((message) => message.ruleId === 'local/no-marker')).toMatchObject({severity: 1})
  })

  it('gives the plugin rule help in SARIF from its meta', () => {
    const folder = draftFolder({
      'plugin.mjs': pluginSource('local', 'XYZ', 'esm'),
      'fzlint.config.json': '{"plugins": ["./plugin.mjs"], "rules": {"local/no-marker": "warn"}}',
      'report.txt': REPORT,
    })
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'report.txt'], {cwd: folder}).stdout)
    const rule = sarif.runs[0].tool.driver.rules.find((candidate: {id: string}) => candidate.id === 'local/no-marker')
    expect(rule).toMatchObject({helpUri: 'https://example.org/no-marker'})
  })

  it('runs plugin rules in pool workers too (--jobs 2)', () => {
    const files: Record<string, string> = {
      'plugin.mjs': pluginSource('local', 'XYZ', 'esm'),
      'fzlint.config.json': '{"plugins": ["./plugin.mjs"], "rules": {"local/no-marker": "error"}}',
    }
    for (let index = 0; index < 6; index++) files[`reports/r${index}.txt`] = REPORT
    const run = runCliJson(['--jobs', '2', 'reports'], {cwd: draftFolder(files)})
    expect(run.results).toHaveLength(6)
    for (const result of run.results) expect(result.messages.map((message) => message.ruleId)).toContain('local/no-marker')
  })

  it('names the configuration file and the problem when a plugin cannot be used (exit 2)', () => {
    const cases: Array<{files: Record<string, string>; says: RegExp}> = [
      {files: {'fzlint.config.json': '{"plugins": ["fzlint-plugin-missing"]}'}, says: /无法加载插件 “fzlint-plugin-missing”.*module not found/su},
      {files: {'plugin.mjs': 'export default {rules: []}\n', 'fzlint.config.json': '{"plugins": ["./plugin.mjs"]}'}, says: /must be lower-case kebab/u},
      {
        files: {'plugin.mjs': pluginSource('local', 'XYZ', 'esm'), 'fzlint.config.json': '{"plugins": ["./plugin.mjs"], "rules": {"local/no-markers": "error"}}'},
        says: /\/rules\/local\/no-markers: 未知规则.*no loaded plugin has "local\/no-markers"/su,
      },
      {files: {'fzlint.config.json': '{"rules": {"local/no-marker": "error"}}'}, says: /no loaded plugin has "local\/no-marker"/u},
      {
        files: {
          'a.mjs': pluginSource('local', 'XYZ', 'esm'),
          'b.mjs': pluginSource('local', 'ABC', 'esm'),
          'fzlint.config.json': '{"plugins": ["./a.mjs", "./b.mjs"]}',
        },
        says: /plugin name "local" is already taken/u,
      },
      {files: {'plugin.mjs': 'throw new Error("broken plugin")\n', 'fzlint.config.json': '{"plugins": ["./plugin.mjs"]}'}, says: /cannot load plugin "\.\/plugin\.mjs": broken plugin/u},
    ]
    for (const {files, says} of cases) {
      const folder = draftFolder({...files, 'report.txt': REPORT})
      const run = runCli(['report.txt'], {cwd: folder})
      expect(run.status, run.stderr).toBe(2)
      expect(run.stderr).toContain(join(folder, 'fzlint.config.json'))
      expect(run.stderr).toMatch(says)
      expect(run.stderr).not.toMatch(/\n\s+at /u)
    }
  })

  it('a rule that throws is not a finding: exit 2 (not 1), the rule named on stderr, the JSON shape unchanged', () => {
    const throwing = `export default {theme: 'local', dataFiles: [], rules: [{
      meta: {id: 'throws', type: 'problem', defaultSeverity: 'error', recommended: false,
        docs: {description: '总是出错', url: 'https://example.org/throws'}, messages: {never: '不会报告'}},
      create() { return {'report:exit'() { throw new TypeError('boom in the rule') }} },
    }]}\n`
    const folder = draftFolder({'plugin.mjs': throwing, 'fzlint.config.json': '{"plugins": ["./plugin.mjs"], "rules": {"local/throws": "error"}}', 'report.txt': REPORT})
    const run = runCliJson(['report.txt'], {cwd: folder})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`fzlint: ${join(folder, 'report.txt')}: 规则 local/throws 运行出错 / rule crashed: boom in the rule\n`)
    expect(run.stderr).not.toMatch(/\n\s+at /u)
    const crash = run.results[0]!.messages.find((message) => message.ruleId === 'local/throws')
    expect(crash).toMatchObject({ruleId: 'local/throws', severity: 2, fatal: true, message: '规则 local/throws 运行出错 / rule crashed: boom in the rule'})
    expect(Object.keys(run.results[0]!).sort()).toEqual(Object.keys(runCliJson(['report.txt'], {cwd: draftFolder({'report.txt': REPORT})}).results[0]!).sort())
  })
})
