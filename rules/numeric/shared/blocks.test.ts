import {describe, expect, it} from 'vitest'
import {countWordsData} from '../data/count-words.js'
import {indicatorsData} from '../data/indicators.js'
import {findNodeSentences} from './blocks.js'
import {findSentences, MAX_SENTENCE_LENGTH} from './figures.js'
import {findRateClaims} from './rate-claims.js'

const block = (text: string) => ({position: {start: {offset: 0}, end: {offset: text.length}}})
// Built at run time, so that two equal texts are two strings, as a report linted twice is.
const copy = (text: string) => [...text].join('')

describe('findNodeSentences and findRateClaims across reports', () => {
  const indicators = indicatorsData.load()
  const countWords = countWordsData.load()
  const claimsOf = (source: string) => findRateClaims(source, findNodeSentences(source, block(source)), indicators, countWords)

  it('reads each report at the same offsets for its own text', () => {
    const previous = '调解成功率为99.8%。'
    const current = '行政诉讼败诉率为12.5%。'
    expect(claimsOf(previous).map((claim) => claim.name)).toEqual(['调解成功率'])
    expect(claimsOf(current).map((claim) => claim.name)).toEqual(['败诉率'])
    expect(claimsOf(previous).map((claim) => claim.stated.value)).toEqual([99.8])
  })

  it('asks about the percentage of each sentence where it stands in the source, not at the start of the block', () => {
    // The sentences' percentages are looked up among the marks of the whole source (mayStatePercentage with offsets).
    const source = '占地100%。\n办结率为98%。调解成功率较高。行政诉讼败诉率为12.5%'
    const start = source.indexOf('办结率')
    const claims = findRateClaims(source, findNodeSentences(source, {position: {start: {offset: start}, end: {offset: source.length}}}), indicators, countWords)
    expect(claims.map((claim) => [claim.name, claim.stated.value, source.slice(claim.start, claim.end)])).toEqual([
      ['办结率', 98, '办结率为98%'],
      ['败诉率', 12.5, '败诉率为12.5%'],
    ])
  })

  it('gives a report linted again as another string of the same text the same sentences', () => {
    const text = '全年受理行政复议申请106宗，调解成功率为99.8%。'
    const first = findNodeSentences(text, block(text))
    const again = copy(text)
    expect(findNodeSentences(again, block(again))).toBe(first)
    expect(findNodeSentences(text, block(text))).toBe(first)
  })
})

describe('findSentences', () => {
  it('reads a block inside a longer source as it reads the block alone, long stretches cut where they are', () => {
    // The sentence ends (and the clause breaks a long stretch is cut after) are read from the source at the block's
    // offsets: the same sentences, shifted by the block's start, as the block's text read as a source of its own.
    const block = `受理行政复议申请106宗；审结98宗！纠错率12.5%？${'办结12件，'.repeat(MAX_SENTENCE_LENGTH / 5)}办结12件\n完成。`
    const source = `前文。\n${block}\n后文。`
    const start = source.indexOf(block)
    const alone = findSentences(block, 0, block.length).map((sentence) => [sentence.start + start, sentence.end + start, sentence.text])
    const inside = findSentences(source, start, start + block.length).map((sentence) => [sentence.start, sentence.end, sentence.text])
    expect(inside).toEqual(alone)
    expect(alone.length).toBeGreaterThan(5)
    expect(Math.max(...alone.map(([, , text]) => (text as string).length))).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH)
  })
})
