import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compilePageWords, isBareField, isWidgetLine, judgeLineForm} from './page-lines.js'
import {pageWordsData, type PageWordEntry} from './page-words-data.js'

const words = compilePageWords(pageWordsData.load())

/** isWidgetLine as it read before its first-character check: every word of the line is a widget word. */
function isWidgetLineByTokens(text: string, widgets: Set<string>): boolean {
  if (text.length > 200) return false
  const tokens = text.match(/[^\s|/·【】[\]()<>:]+/gu) ?? []
  return tokens.length > 0 && tokens.every((token) => widgets.has(token))
}

/** Lines of the corpus and the pages (trimmed, NFKC) and forms around the widget words. */
function sampleLines(): string[] {
  const texts = ['fixtures/corpus', 'fixtures/pages'].flatMap((folder) => {
    const directory = new URL(`../../../${folder}/`, import.meta.url)
    return readdirSync(directory)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL(name, directory), 'utf8'))
  })
  const lines = texts.flatMap((text) => text.split(/\r\n|\r|\n/u)).map((line) => line.trim().normalize('NFKC'))
  const widgets = [...words.widgets]
  const made = widgets.flatMap((word) => [word, `${word} ${widgets[0]}`, `| ${word} |`, `【${word}】`, `${word}x`, `x${word}`, `${word.slice(0, 1)}`])
  return [...lines, ...made, '', ' ', '|', '【】', '😀打印', '打印 😀']
}

describe('isWidgetLine', () => {
  it('agrees with testing every word of the line on the corpus, the pages and forms of the widget words', () => {
    for (const line of sampleLines()) expect(isWidgetLine(line, words), line).toBe(isWidgetLineByTokens(line, words.widgets))
  })

  it('finds a configured widget word that starts outside the BMP', () => {
    const entries: PageWordEntry[] = [{words: ['😀分享'], kind: 'widget', source: 'test', example: '😀分享'}]
    const configured = compilePageWords(entries)
    expect(isWidgetLine('😀分享 | 😀分享', configured)).toBe(true)
    expect(isWidgetLine('😁分享', configured)).toBe(false)
  })
})

describe('field labels with whitespace at an edge', () => {
  it('are tested with the spaced pattern, whatever the whitespace', () => {
    // NFKC gives `￣` an edge space (` ̄`); U+3000 and a tab are whitespace too.
    expect(isBareField('索 引 号', words)).toBe(true)
    expect(isBareField('索引号\u3000', words)).toBe(true)
    expect(isBareField('\t索引号:', words)).toBe(true)
    expect(judgeLineForm('索引号:001 ', words)).toBe('网页元数据')
    expect(isBareField('索引号 ̄'.normalize('NFKC'), words)).toBe(false)
  })
})
