/**
 * Word's automatic list numbering (numbering.xml): which text a numbered paragraph shows before its
 * own text — `一、`, `（一）`, `1.` — computed the way Word counts, since that text is in no `w:t`.
 */
import {formatChineseOrdinal} from '../parse/numbering.js'
import {attributeOf, findChild, findChildren, tagOf, type XmlNode} from './docx-xml.js'

/** The highest start Word accepts for a list (its Start at box); a counter then grows by one a paragraph. */
export const MAX_LIST_START = 32_767

/** Word's list levels are 0–8; a level outside them numbers nothing. */
const LEVEL_COUNT = 9

/** A list start out of Word's range: a crafted file (10^12 in lowerRoman ran Node out of memory). */
export class ListNumberError extends Error {
  constructor(readonly value: string) {
    super(`列表起始编号 ${value} 超出 0–${MAX_LIST_START} / list start ${value} outside 0–${MAX_LIST_START}`)
    this.name = 'ListNumberError'
  }
}

/** A list start as written: `fallback` when absent or not a whole number, an error when out of Word's range. */
function readListStart(text: string | undefined, fallback: number): number {
  if (text === undefined || !/^\s*[-+]?\d+\s*$/u.test(text)) return fallback
  const value = Number(text)
  if (value < 0 || value > MAX_LIST_START) throw new ListNumberError(text.trim())
  return value
}

/** A list level (w:ilvl) as written, or null when it is none of Word's nine. */
function readLevelNumber(text: string | undefined): number | null {
  const value = Number(text ?? 0)
  return Number.isInteger(value) && value >= 0 && value < LEVEL_COUNT ? value : null
}

interface LevelDefinition {
  start: number
  format: string
  text: string
  /** 0-based level whose use restarts this one: restart when a level < this is used; 0 = never. */
  restartBelow: number | null
  isLegal: boolean
  paragraphStyle: string | undefined
}

interface NumberingInstance {
  abstractId: string
  levels: Map<number, LevelDefinition>
  startOverrides: Map<number, number>
}

export interface NumberingDefinitions {
  instances: Map<string, NumberingInstance>
}

function readLevel(node: XmlNode): [number | null, LevelDefinition] {
  const level = readLevelNumber(attributeOf(node, 'w:ilvl'))
  const value = (tag: string) => {
    const child = findChild(node, tag)
    return child ? attributeOf(child, 'w:val') : undefined
  }
  const restart = value('w:lvlRestart')
  return [
    level,
    {
      start: readListStart(value('w:start'), 1),
      format: value('w:numFmt') ?? 'decimal',
      text: value('w:lvlText') ?? '',
      restartBelow: restart === undefined ? null : Number(restart),
      isLegal: findChild(node, 'w:isLgl') !== undefined,
      paragraphStyle: value('w:pStyle'),
    },
  ]
}

/** The levels of an abstract list or an override, Word's nine only. */
function readLevels(nodes: XmlNode[]): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>()
  for (const node of nodes) {
    const [level, definition] = readLevel(node)
    if (level !== null) levels.set(level, definition)
  }
  return levels
}

/**
 * Reads numbering.xml (already parsed); an absent part means no paragraph is numbered. Throws ListNumberError for a
 * start out of Word's range.
 */
export function readNumberingDefinitions(root: XmlNode[] | null): NumberingDefinitions {
  const instances = new Map<string, NumberingInstance>()
  const numbering = root?.find((node) => tagOf(node) === 'w:numbering')
  if (!numbering) return {instances}
  const abstracts = new Map<string, Map<number, LevelDefinition>>()
  for (const abstract of findChildren(numbering, 'w:abstractNum')) {
    abstracts.set(attributeOf(abstract, 'w:abstractNumId') ?? '', readLevels(findChildren(abstract, 'w:lvl')))
  }
  for (const num of findChildren(numbering, 'w:num')) {
    const abstractRef = findChild(num, 'w:abstractNumId')
    const abstractId = abstractRef ? attributeOf(abstractRef, 'w:val') ?? '' : ''
    const levels = new Map(abstracts.get(abstractId) ?? [])
    const startOverrides = new Map<number, number>()
    for (const override of findChildren(num, 'w:lvlOverride')) {
      const level = readLevelNumber(attributeOf(override, 'w:ilvl'))
      if (level === null) continue
      const start = findChild(override, 'w:startOverride')
      if (start) startOverrides.set(level, readListStart(attributeOf(start, 'w:val'), 1))
      const replaced = findChild(override, 'w:lvl')
      if (replaced) levels.set(level, readLevel(replaced)[1])
    }
    instances.set(attributeOf(num, 'w:numId') ?? '', {abstractId, levels, startOverrides})
  }
  return {instances}
}

/** The level a style is bound to through `w:lvl/w:pStyle` (Chinese templates link 标题 1–4 this way). */
export function findLevelForStyle(definitions: NumberingDefinitions, numId: string, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined
  for (const [level, definition] of definitions.instances.get(numId)?.levels ?? []) {
    if (definition.paragraphStyle === styleId) return level
  }
  return undefined
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸'
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖'

// Labels are written in time proportional to their digits: roman numerals stop at 3999 (past it they would be a run
// of m's as long as the value is large) and repeated letters at four (zzzz); larger counters are written in digits.
const MAX_ROMAN = 3999
const MAX_LETTER_VALUE = 26 * 4

function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ROMAN) return String(value)
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let rest = value
  let text = ''
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      text += letters
      rest -= amount
    }
  }
  return text
}

function toLetters(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_LETTER_VALUE) return String(value)
  // Word repeats the letter past z: 27 → aa, 28 → bb.
  const letter = String.fromCharCode(97 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

/** One counter value written in a Word number format (ST_NumberFormat). */
export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return value >= 1 && value <= 99 ? formatChineseOrdinal(value) : String(value)
    case 'chineseLegalSimplified':
      return value >= 1 && value <= 99 ? formatChineseOrdinal(value).replace(/[一二三四五六七八九十]/gu, (digit) => (digit === '十' ? '拾' : LEGAL_DIGITS['〇一二三四五六七八九'.indexOf(digit)]!)) : String(value)
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(value - 1) % 10] ?? String(value)
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[value - 1] ?? String(value)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/gu, (digit) => String.fromCharCode(0xff10 + Number(digit)))
    case 'decimalZero':
      return String(value).padStart(2, '0')
    case 'lowerLetter':
      return toLetters(value)
    case 'upperLetter':
      return toLetters(value).toUpperCase()
    case 'lowerRoman':
      return toRoman(value)
    case 'upperRoman':
      return toRoman(value).toUpperCase()
    default:
      return String(value)
  }
}

/**
 * Counts numbered paragraphs in document order. Instances with their own start overrides count on
 * their own (that is how Word restarts a list); instances without overrides share their abstract
 * definition's counters, so a list split by ordinary paragraphs continues.
 */
export function createListCounter(definitions: NumberingDefinitions) {
  const counters = new Map<string, Map<number, number>>()
  return {
    /** The marker text for the next paragraph of `numId` at `level`, or '' when the list shows no text (bullets, none). */
    next(numId: string, level: number): string {
      const instance = definitions.instances.get(numId)
      const definition = instance?.levels.get(level)
      if (!instance || !definition) return ''
      const key = instance.startOverrides.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`
      let values = counters.get(key)
      if (!values) {
        values = new Map()
        counters.set(key, values)
      }
      const startOf = (at: number) => instance.startOverrides.get(at) ?? instance.levels.get(at)?.start ?? 1
      const current = values.get(level)
      values.set(level, current === undefined ? startOf(level) : current + 1)
      for (const [deeper, deeperDefinition] of instance.levels) {
        if (deeper <= level) continue
        const restartBelow = deeperDefinition.restartBelow ?? deeper
        if (restartBelow !== 0 && level < restartBelow) values.delete(deeper)
      }
      // Bullets carry no ordinal and typed drafts have none, so they add nothing the rules could read.
      if (definition.format === 'bullet' || definition.format === 'none') return ''
      return definition.text.replace(/%([1-9])/gu, (_, digit: string) => {
        const referenced = Number(digit) - 1
        const value = values.get(referenced) ?? startOf(referenced)
        const format = definition.isLegal ? 'decimal' : instance.levels.get(referenced)?.format ?? 'decimal'
        return formatListNumber(value, format)
      })
    },
  }
}
