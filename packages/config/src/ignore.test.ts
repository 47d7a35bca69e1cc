import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createGlobMatcher, loadIgnoreFile} from './ignore.js'

const root = join(tmpdir(), 'fzlint-ignore-root')

function matches(patterns: string[], relativePath: string): boolean {
  return createGlobMatcher(patterns, root)(join(root, relativePath))
}

describe('createGlobMatcher (git semantics)', () => {
  it('lets the last matching line win: a negation before the pattern it would undo has no effect, as in git', () => {
    expect(matches(['!keep.txt', '*.txt'], 'keep.txt')).toBe(true)
    expect(matches(['*.txt', '!keep.txt'], 'keep.txt')).toBe(false)
    expect(matches(['*.txt', '!keep.txt'], 'drop.txt')).toBe(true)
  })

  it('never re-includes a file inside an excluded folder', () => {
    expect(matches(['archive/', '!archive/keep.txt'], 'archive/keep.txt')).toBe(true)
  })

  it('reads dir/ as a folder at any depth, a leading slash as anchored, a middle slash as relative to the file', () => {
    expect(matches(['archive/'], 'archive/2023/a.txt')).toBe(true)
    expect(matches(['archive/'], 'streets/archive/a.txt')).toBe(true)
    expect(matches(['/archive'], 'streets/archive/a.txt')).toBe(false)
    expect(matches(['streets/*.txt'], 'streets/a.txt')).toBe(true)
    expect(matches(['streets/*.txt'], 'old/streets/a.txt')).toBe(false)
    expect(matches(['*.md'], 'deep/er/README.md')).toBe(true)
  })

  it('skips comments and blank lines and honours escapes', () => {
    expect(matches(['# draft.txt', '', 'other.txt'], 'draft.txt')).toBe(false)
    expect(matches(['\\#notes.txt'], '#notes.txt')).toBe(true)
    expect(matches(['\\!important.txt'], '!important.txt')).toBe(true)
  })

  it('matches nothing outside its folder', () => {
    expect(createGlobMatcher(['*.txt'], join(root, 'sub'))(join(root, 'a.txt'))).toBe(false)
  })
})

describe('loadIgnoreFile', () => {
  it('reads .fzlintignore of the folder, CRLF and a BOM included', () => {
    const directory = mkdtempSync(join(tmpdir(), 'fzlint-ignore-'))
    writeFileSync(join(directory, '.fzlintignore'), '\uFEFF# old drafts\r\n!keep.txt\r\n*.txt\r\nscans/\r\n')
    const {isIgnored} = loadIgnoreFile(directory)
    expect(isIgnored(join(directory, 'keep.txt'))).toBe(true)
    expect(isIgnored(join(directory, 'a.md'))).toBe(false)
    expect(isIgnored(join(directory, 'scans', 'a.md'))).toBe(true)
  })

  it('ignores nothing without the file', () => {
    expect(loadIgnoreFile(mkdtempSync(join(tmpdir(), 'fzlint-ignore-'))).isIgnored('/x/a.txt')).toBe(false)
  })
})
