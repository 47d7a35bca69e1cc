/** The indicators a report states (findIndicators of @fzlint/rules-numeric), as a review record keeps them: place in the file, sentence, figure marked. */
import type {LintSettings, ReportDocument} from '@fzlint/core'
import {countWordsData, findIncomparableIds, findIndicators, indicatorsData} from '@fzlint/rules-numeric'
import type {ReviewIndicator} from './record.js'

/** Characters kept either side of the figure in a long sentence, as for a finding's context. */
const CONTEXT_RADIUS = 120

interface PositionMapLike {
  toOriginal(offset: number): {line: number; column: number; paragraph?: number}
}

/** The sentence with [start, end) (offsets inside it) marked, cut to CONTEXT_RADIUS characters either side. */
function cutAround(sentence: string, start: number, end: number): ReviewIndicator['context'] {
  const from = Math.max(0, start - CONTEXT_RADIUS)
  const to = Math.min(sentence.length, end + CONTEXT_RADIUS)
  return {sentence: sentence.slice(from, to), highlight: [start - from, end - from]}
}

/**
 * Every indicator statement of the report, in text order, with the catalogue as this file's configuration extends
 * it (`data.indicators`, `data.count-words`). Places are mapped to the original file as findings are: through the
 * reader's position map when the text was extracted (.docx, .html), else the linted text's own lines.
 */
export function findReviewIndicators(document: ReportDocument, settings: LintSettings, positionMap: PositionMapLike | undefined): ReviewIndicator[] {
  const indicators = indicatorsData.load(settings.data?.[indicatorsData.name])
  const countWords = countWordsData.load(settings.data?.[countWordsData.name])
  const incomparable = findIncomparableIds(indicators)
  const found: ReviewIndicator[] = []
  for (const finding of findIndicators(document, {indicators, countWords})) {
    if (incomparable.has(finding.id)) continue
    const place = positionMap ? positionMap.toOriginal(finding.offset) : document.locator.toPoint(finding.offset)
    // The name and the figure (纠错率11.6%) as the sentence holds them; the figure alone when that is not found.
    const stated = document.source.slice(finding.offset, finding.end)
    let start = finding.sentence.indexOf(stated)
    let length = stated.length
    if (start < 0) [start, length] = [Math.max(0, finding.sentence.indexOf(finding.text)), finding.text.length]
    const indicator: ReviewIndicator = {
      id: finding.id,
      label: finding.label,
      kind: finding.kind,
      value: finding.value,
      unit: finding.unit,
      text: finding.text,
      line: place.line,
      column: place.column,
      context: cutAround(finding.sentence, start, Math.min(finding.sentence.length, start + length)),
    }
    if ('paragraph' in place && place.paragraph !== undefined) indicator.paragraph = place.paragraph
    found.push(indicator)
  }
  return found
}
