/** The indicators a report states (findIndicators of @fzlint/rules-numeric), as a review record keeps them: place in the file, sentence, figure marked. */
import type {LintSettings, ReportDocument} from '@fzlint/core'
import {countWordsData, findIncomparableIds, findIndicators, indicatorsData} from '@fzlint/rules-numeric'
import type {ReviewIndicator} from './record.js'
import {findSentence} from './sentence-context.js'

interface PositionMapLike {
  toOriginal(offset: number): {line: number; column: number; paragraph?: number}
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
    const indicator: ReviewIndicator = {
      id: finding.id,
      label: finding.label,
      kind: finding.kind,
      value: finding.value,
      unit: finding.unit,
      text: finding.text,
      line: place.line,
      column: place.column,
      // The name and the figure (纠错率11.6%) highlighted in their sentence, as a finding's range is.
      context: findSentence(document.source, finding.offset, finding.end),
    }
    if ('paragraph' in place && place.paragraph !== undefined) indicator.paragraph = place.paragraph
    found.push(indicator)
  }
  return found
}
