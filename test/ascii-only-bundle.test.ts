/**
 * scripts/ascii-only-bundle.mjs: the CLI bundle rewritten in ASCII means what it meant (regular expressions, String.raw
 * templates, escapes before a character), its source map still points where it pointed, and the built bundle is ASCII.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {makeBundleAscii} from '../scripts/ascii-only-bundle.mjs'
import {repositoryRoot} from './helpers/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'fzlint-ascii-bundle-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

// esbuild output with what esbuild leaves as written (its strings and untagged templates are ASCII already): values
// that depend on each kind of rewrite. A regex's `source` is left out, the one thing that does change.
const SAMPLE = [
  'module.exports = [',
  "  /[。！]x/.test('x\\u3002'), /[。！]x/.test('\\uFF01x'),",
  "  /\\。/.test('\\u3002'), /a\\\\。/.test('a\\\\\\u3002'),",
  "  /[😀-😂]/u.test('\\u{1F601}'), /^.$/u.test('\\u{1F600}'), /^..$/.test('\\u{1F600}'),",
  "  /(?<名>a)\\k<名>/u.exec('aa').groups,",
  '  String.raw`a\\。b${1}c中文\\\\文`, String.raw`我`, String.raw`${2}甲`,',
  ']',
  '',
].join('\n')

describe('makeBundleAscii', () => {
  it('writes the same program in ASCII', () => {
    const before = join(folder, 'before.cjs')
    const after = join(folder, 'after.cjs')
    writeFileSync(before, SAMPLE)
    writeFileSync(after, SAMPLE)
    expect(makeBundleAscii(after)).toBe(true)
    const text = readFileSync(after, 'utf8')
    expect(text).toMatch(/^[\x00-\x7f]*$/u)
    const require = createRequire(import.meta.url)
    expect(require(after)).toEqual(require(before))
  })

  it('shifts the source map with the text', () => {
    const bundle = join(folder, 'mapped.cjs')
    writeFileSync(bundle, 'x=/。/;y=1')
    // One line, two segments: column 0 and column 6 (`y`), both from line 0 column 0 of source 0.
    writeFileSync(`${bundle}.map`, JSON.stringify({version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA,MAAA'}))
    makeBundleAscii(bundle, `${bundle}.map`)
    expect(readFileSync(bundle, 'utf8')).toBe('x=/\\u3002/;y=1')
    // `y` is now at column 11: the second segment's delta 6 → 11 (W in base64 VLQ).
    expect(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')).mappings).toBe('AAAA,WAAA')
  })

  it('has left the built CLI bundle in ASCII, which the launcher reads as latin1', () => {
    const bytes = readFileSync(join(repositoryRoot, 'packages/cli/dist/cli.cjs'))
    expect(bytes.every((byte) => byte < 0x80)).toBe(true)
  })
})
