/** Every rule folder is complete and consistent with its meta (ESLint's checkRuleFiles). */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinPackages} from '@fzlint/builtin'
import {repositoryRoot} from './helpers/run-cli.js'

const REQUIRED_README_HEADINGS = ['## 检查内容', '## 依据', '## 示例', '## 选项', '## 数据', '## 何时关闭']

describe('rule packages', () => {
  const ruleFolders = readdirSync(join(repositoryRoot, 'rules')).flatMap((theme) => {
    const themeDirectory = join(repositoryRoot, 'rules', theme)
    if (!existsSync(join(themeDirectory, 'package.json'))) return []
    return readdirSync(themeDirectory, {withFileTypes: true})
      .filter((entry) => entry.isDirectory() && existsSync(join(themeDirectory, entry.name, 'rule.ts')))
      .map((entry) => ({theme, id: entry.name, directory: join(themeDirectory, entry.name)}))
  })
  const rules = builtinPackages.flatMap((rulePackage) => rulePackage.rules.map((rule) => ({theme: rulePackage.theme, rule})))

  it('every rule folder is exported by its package, and every exported rule has a folder', () => {
    expect(rules.map(({theme, rule}) => `${theme}/${rule.meta.id}`).sort()).toEqual(ruleFolders.map(({theme, id}) => `${theme}/${id}`).sort())
  })

  for (const {theme, rule} of rules) {
    describe(rule.meta.id, () => {
      const directory = join(repositoryRoot, 'rules', theme, rule.meta.id)
      it('has rule.ts, README.md and a test named after it', () => {
        expect(existsSync(join(directory, 'rule.ts'))).toBe(true)
        expect(existsSync(join(directory, 'README.md'))).toBe(true)
        expect(existsSync(join(directory, `${rule.meta.id}.test.ts`))).toBe(true)
      })
      it('README has the fixed headings, the id as title, and examples', () => {
        const readme = readFileSync(join(directory, 'README.md'), 'utf8')
        expect(readme.startsWith(`# ${rule.meta.id}\n`)).toBe(true)
        for (const heading of REQUIRED_README_HEADINGS) expect(readme).toContain(`\n${heading}\n`)
        expect(readme).toMatch(/fzlint invalid/u)
        expect(readme).toMatch(/fzlint valid/u)
      })
      it('meta is complete: kebab-case id, docs URL, Chinese messages', () => {
        expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/u)
        expect(rule.meta.docs.url).toBe(`https://github.com/fzlint/fzlint/blob/main/rules/${theme}/${rule.meta.id}/README.md`)
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0)
        for (const text of Object.values(rule.meta.messages)) expect(text).toMatch(/[\u4e00-\u9fff]/u)
      })
      it('every messageId is exercised by its tests or README', () => {
        const sources = readdirSync(directory)
          .filter((name) => name.endsWith('.test.ts') || name === 'README.md')
          .map((name) => readFileSync(join(directory, name), 'utf8'))
          .join('\n')
        for (const messageId of Object.keys(rule.meta.messages)) {
          const inTests = sources.includes(`messageId: '${messageId}'`) || sources.includes(`"messageId": "${messageId}"`)
          expect(inTests, `messageId ${messageId} never appears in an invalid test case`).toBe(true)
        }
      })
    })
  }
})

describe('engine and formatters know no rule by name', () => {
  it('no rule id appears in packages/core, packages/formatters', () => {
    const ids = builtinPackages.flatMap((rulePackage) => rulePackage.rules.map((rule) => rule.meta.id))
    const scan = (directory: string): string[] =>
      readdirSync(directory, {withFileTypes: true}).flatMap((entry) => {
        const full = join(directory, entry.name)
        if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : scan(full)
        return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : []
      })
    for (const packageName of ['core', 'formatters']) {
      for (const file of scan(join(repositoryRoot, 'packages', packageName, 'src'))) {
        const text = readFileSync(file, 'utf8')
        for (const id of ids) expect(text.includes(`'${id}'`) || text.includes(`"${id}"`), `${file} names rule ${id}`).toBe(false)
      }
    }
  })
})
