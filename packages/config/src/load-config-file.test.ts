import {describe, expect, it} from 'vitest'
import {ConfigError} from './errors.js'
import {parseConfigText} from './load-config-file.js'

function problemsOf(text: string): string[] {
  try {
    parseConfigText(text, '/drafts/fzlint.config.json')
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('parsed without an error')
}

describe('parseConfigText (JSONC)', () => {
  it('accepts line and block comments, trailing commas and a BOM', () => {
    const text = '\uFEFF{\n  // presets\n  "extends": ["recommended",],\n  /* body */ "profile": "auto",\n}\n'
    expect(parseConfigText(text, 'fzlint.config.json')).toEqual({extends: ['recommended'], profile: 'auto'})
  })

  it('keeps comment markers inside strings', () => {
    expect(parseConfigText('{"ignorePatterns": ["http://x/*.txt"]}', 'c.json')).toEqual({ignorePatterns: ['http://x/*.txt']})
  })

  it('reports a syntax error with the file, line and column, in both languages', () => {
    const problems = problemsOf('{\n  "root": true\n  "profile": "auto"\n}')
    expect(problems).toEqual(['/drafts/fzlint.config.json:3:3: JSON 语法错误（此处应为逗号）/ JSON syntax error: CommaExpected'])
  })

  it('reports an empty file rather than reading it as no configuration', () => {
    expect(problemsOf('')[0]).toMatch(/^\/drafts\/fzlint\.config\.json:1:1: JSON 语法错误/u)
  })

  it('counts columns after CJK text in UTF-16 code units', () => {
    expect(problemsOf('{\n  // 报告\n  "a": 1 "b"\n}')[0]).toContain(':3:10:')
  })
})
