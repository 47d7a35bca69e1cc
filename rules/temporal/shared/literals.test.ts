/**
 * The pre-checks stale-term derives from its data: literals every match of a pattern contains, and finding
 * them in a text before it is normalised. Both may only ever say "maybe" for a text a pattern matches.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {termsData} from '../data/terms.js'
import {findRequiredLiterals} from './literals.js'
import {NormalisedLiteralFinder, normaliseForMatching} from './normalise.js'

describe('findRequiredLiterals', () => {
  const cases: [string, string[]][] = [
    ['"?七五"?\\s*普法', ['七五', '普法']],
    ['第七个五年法治宣传教育规划', ['第七个五年法治宣传教育规划']],
    ['法治政府建设实施纲要\\s*\\(?\\s*(?:2015|2016)\\s*年?\\s*-*\\s*2020\\s*年?\\s*\\)?', ['法治政府建设实施纲要', '2020']],
    ['(?:党的|中共)?十九大[^。;!?\\n,]{0,40}?精神', ['十九大', '精神']],
    ['依法治[省市县区州旗]委(?!员)', ['依法治', '委']],
    ['新(?:修订|修改|颁布)?的?(?:"?《)?(?:中华人民共和国)?行政复议法》?', ['新', '行政复议法']],
    ['《信访条例》', ['《信访条例》']],
    ['a\\.b\\(c\\)\\n', ['a.b(c)\n']],
    ['(?<=前)季度(?<name>x)y{2}z+', ['季度']],
    ['\\p{Script=Han}+法\\b', ['法']],
    ['😀文', ['😀文']],
    // Nothing certain: a top-level alternative, or syntax the reader leaves alone.
    ['七五|八五', []],
    ['(七)\\1', []],
    ['\\u4e03五', []],
    ['\\x41B', []],
    ['', []],
  ]
  for (const [source, expected] of cases) {
    it(source || '(empty)', () => expect(findRequiredLiterals(source)).toEqual(expected))
  }

  it('finds in every match of the built-in patterns, on their examples, the literals it names', () => {
    for (const term of termsData.load()) {
      const normal = normaliseForMatching(term.example)
      for (const pattern of term.patterns) {
        for (const match of normal.matchAll(new RegExp(pattern, 'gu'))) {
          for (const literal of findRequiredLiterals(pattern)) expect(match[0], pattern).toContain(literal)
        }
      }
    }
  })

  it('names only literals that every match contains, for any pattern and text', () => {
    const alphabet = ['a', 'b', '七', '五', '-', ' ', '(', '😀']
    const character = fc.constantFrom(...alphabet)
    const escaped = (text: string) => text.replace(/[()\-]/gu, (syntax) => `\\${syntax}`)
    const atom: fc.Arbitrary<string> = fc.oneof(
      character.map(escaped),
      fc.constantFrom('.', '\\s', '[ab]', '[^七]', '\\b', '^', '$', '(?=a)', '(?<!b)'),
      fc.array(character.map(escaped), {minLength: 1, maxLength: 3}).map((parts) => `(?:${parts.join('')}|${parts[0]})`),
      fc.array(character.map(escaped), {minLength: 1, maxLength: 3}).map((parts) => `(${parts.join('')})`),
    )
    const term = fc.tuple(atom, fc.constantFrom('', '', '', '?', '*', '+', '{0,2}', '{1}', '{2,}', '??'))
    const pattern = fc.array(term, {maxLength: 6}).map((terms) => terms.map(([body, quantifier]) => body + quantifier).join(''))
    const text = fc.array(character, {maxLength: 30}).map((characters) => characters.join(''))
    fc.assert(
      fc.property(pattern, text, (source, subject) => {
        let expression: RegExp
        try {
          expression = new RegExp(source, 'gu')
        } catch {
          return
        }
        const literals = findRequiredLiterals(source)
        for (const match of subject.matchAll(expression)) for (const literal of literals) expect(match[0]).toContain(literal)
      }),
      {numRuns: 5000},
    )
  })
})

describe('NormalisedLiteralFinder', () => {
  it('finds literals through every spelling that normalises to them', () => {
    const finder = new NormalisedLiteralFinder(['(2021-2025年)', '《信访条例》', '十四五', '~'])
    expect(finder.findIn('纲要（２０２１—2025年）和〈信访条例＞')).toEqual(new Set(['(2021-2025年)', '《信访条例》']))
    // `～` and `~` both normalise to `-`: no text has `~` once normalised.
    expect(finder.findIn('十四五～~')).toEqual(new Set(['十四五']))
    expect(new NormalisedLiteralFinder([]).findIn('十四五')).toEqual(new Set())
  })

  it('finds overlapping literals and literals starting at the same place', () => {
    const finder = new NormalisedLiteralFinder(['十九届', '十九届历次全会精神', '届历次', '九届'])
    expect(finder.findIn('学习十九届历次全会精神')).toEqual(new Set(['十九届', '十九届历次全会精神', '届历次', '九届']))
    expect(finder.findsAllIn('学习十九届历次全会精神')).toBe(true)
    expect(finder.findsAllIn('学习十九届四中全会精神')).toBe(false)
  })

  it('finds every literal the normalised text contains, for any text', () => {
    const alphabet = ['(', '（', '-', '－', '—', '～', '~', '"', '“', '”', '0', '０', '年', '五', ',', '，', '\uFFFD', '\uD800', '\uDC00', '\uFEFF']
    const word = fc.array(fc.constantFrom(...alphabet), {minLength: 1, maxLength: 3}).map((characters) => characters.join(''))
    const text = fc.array(fc.constantFrom(...alphabet), {maxLength: 24}).map((characters) => characters.join(''))
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 5}), text, (words, subject) => {
        // Literals are never empty (a leading U+FEFF is dropped by normalisation).
        const literals = words.map(normaliseForMatching).filter((literal) => literal !== '')
        const found = new NormalisedLiteralFinder(literals).findIn(subject)
        const normal = normaliseForMatching(subject)
        for (const literal of literals) if (normal.includes(literal)) expect(found).toContain(literal)
      }),
      {numRuns: 3000},
    )
  })
})
