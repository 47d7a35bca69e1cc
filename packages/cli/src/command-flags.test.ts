import {parseArgs} from 'node:util'
import {describe, expect, it} from 'vitest'
import {describeMisplacedFlag, describeUnknownOption, findMisplacedFlag} from './command-flags.js'

function unknownOptionError(args: string[]): unknown {
  try {
    parseArgs({args, options: {format: {type: 'string'}}, strict: true, allowPositionals: true})
  } catch (error) {
    return error
  }
  throw new Error('parseArgs accepted an unknown option')
}

describe('findMisplacedFlag', () => {
  it('finds a review option given to the lint command and a lint option given to review', () => {
    expect(findMisplacedFlag('lint', {report: ['a.html']})).toEqual({flag: 'report', belongsTo: 'fzlint review'})
    expect(findMisplacedFlag('review', {fix: true})?.flag).toBe('fix')
    expect(findMisplacedFlag('review', {format: 'json'})?.flag).toBe('format')
  })

  it('lets shared flags through', () => {
    expect(findMisplacedFlag('lint', {cache: true, previous: 'a.txt', jobs: '2', config: 'c.json'})).toBeUndefined()
    expect(findMisplacedFlag('review', {cache: true, report: ['a.html'], 'cache-location': 'x'})).toBeUndefined()
  })

  it('names both commands in both languages', () => {
    const message = describeMisplacedFlag('lint', {flag: 'report', belongsTo: 'fzlint review'})
    expect(message).toContain('--report 是 fzlint review 的选项')
    expect(message).toContain('is an option of fzlint review, not of fzlint')
    const reverse = describeMisplacedFlag('review', {flag: 'fix', belongsTo: 'fzlint'})
    expect(reverse).toBe('--fix 是检查命令 fzlint 的选项，fzlint review 不接受 / --fix is an option of the lint command (fzlint), not of fzlint review')
  })
})

describe('describeUnknownOption', () => {
  it('sends serve options to fzlint serve', () => {
    expect(describeUnknownOption(unknownOptionError(['--port', '8080']), ['format'])).toContain('fzlint serve --port')
  })

  it('suggests the closest known flag, in both languages', () => {
    const message = describeUnknownOption(unknownOptionError(['--formt', 'json']), ['format', 'fix'])
    expect(message).toBe('未知选项 “--formt” / unknown option --formt；是否想写 --format？/ did you mean --format?')
  })

  it('leaves other errors alone', () => {
    expect(describeUnknownOption(new Error('other'), ['format'])).toBeUndefined()
  })
})
