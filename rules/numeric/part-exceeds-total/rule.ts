/** Reports a 其中 list whose parts add up to more than the total they are part of. */
import {defineRule, noOptions} from '@fzlint/core'
import {findNodeSentences, nodeIncludes, type PositionedNode} from '../shared/blocks.js'
import {haveSameKind, isCount, type Figure, type Sentence} from '../shared/figures.js'

// After the first clause of the list, a clause with one of these words starts a new statement
// (共受理50件，其中A 20件，审结45件): its count is not a part.
const NEW_STATEMENT = /共|合计|累计|总计|审结|办结|结案|受理|收到|新收|另|此外|同时|同比|涉及|全年|全区|全市|全县|其中/u

/**
 * Offsets in `text` of each 其中 that introduces parts (not 其中之一, "one of them"). An indexOf loop, not matchAll:
 * matchAll copies its regular expression on every call, for each sentence with a 其中. Two 其中 never overlap, so
 * these are the places a global /其中(?!之一)/ finds.
 */
function findPartsIntroducers(text: string): number[] {
  const offsets: number[] = []
  for (let at = text.indexOf('其中'); at !== -1; at = text.indexOf('其中', at + 2)) if (!text.startsWith('之一', at + 2)) offsets.push(at)
  return offsets
}

export default defineRule({
  meta: {
    id: 'part-exceeds-total',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    fixable: false,
    docs: {
      description: '“其中”所列各项之和不得超过总数',
      basis: '“其中”列举的是总数的一部分（部分之和 ≤ 总数）；年度报告所列数据须真实准确',
    },
    messages: {
      exceeds: '“其中”所列各项之和{sumText}超过总数“{totalText}”：{partsText}，各项之和不应大于总数',
      partExceeds: '“其中”所列的“{partText}”超过总数“{totalText}”：{partsText}，部分不应大于总数',
    },
    options: noOptions,
  },
  create(context) {
    function check(node: PositionedNode) {
      // Only a block with 其中 lists parts of a total.
      if (!nodeIncludes(context.source, node, '其中')) return
      const sentences = findNodeSentences(context.source, node)
      sentences.forEach((sentence, index) => {
        for (const offset of findPartsIntroducers(sentence.text)) {
          const at = sentence.start + offset
          const total = findTotal(sentence, at, sentences[index - 1])
          if (!total) continue
          const parts = findParts(sentence, at, total)
          if (parts.length === 0) continue
          const sumLow = parts.reduce((sum, part) => sum + Math.max(0, part.low), 0)
          if (sumLow <= total.high + 1e-9) continue
          const sum = parts.reduce((total, part) => total + part.value, 0)
          const unit = total.unit ?? ''
          // One part needs no sum: 持证1300人 > 1256人, not "1300 = 1300人".
          const addition = parts.length === 1 ? '' : `${parts.map((part) => formatNumber(part.value)).join(' + ')} = `
          const partsText = `${addition}${formatNumber(sum)}${unit} > ${formatNumber(total.value)}${unit}`
          context.report({
            messageId: parts.length === 1 ? 'partExceeds' : 'exceeds',
            range: [parts[0]!.start, parts.at(-1)!.end],
            data: {
              total: total.value,
              sum,
              parts: parts.map((part) => part.value),
              unit,
              totalText: total.phrase,
              sumText: `${formatNumber(sum)}${unit}`,
              partText: parts[0]!.phrase.replace(/^其中/u, ''),
              partsText,
            },
          })
        }
      })
    }
    return {paragraph: check, heading: check}
  },
})

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000)
}

/** The count 其中 divides: the last count before it in the sentence, or in the sentence before when 其中 opens one. */
function findTotal(sentence: Sentence, at: number, previous: Sentence | undefined): Figure | undefined {
  const before = sentence.figures.filter((figure) => isCount(figure) && figure.end <= at)
  if (before.length > 0) return before.at(-1)
  if (at - sentence.start <= 1 && previous) return previous.figures.filter(isCount).at(-1)
  return undefined
}

/** Counts of the total's kind listed after 其中, up to a new statement, the next 其中 or the sentence end. */
function findParts(sentence: Sentence, at: number, total: Figure): Figure[] {
  const text = sentence.text
  const from = at - sentence.start + 2
  const nextList = text.indexOf('其中', from)
  // A 其中 inside brackets lists only up to their close: 共取消15项(其中2项为子项),新增17项 (pages/036) lists one part.
  const bracketClose = findEnclosingClose(text, at - sentence.start)
  const listEnd = sentence.start + Math.min(nextList === -1 ? text.length : nextList, bracketClose === -1 ? text.length : bracketClose)
  const firstClauseEnd = sentence.start + from + (text.slice(from).search(/[，；;]|(?<!\d),|,(?!\d{3})/u) + 1 || text.length - from + 1) - 1
  const parts: Figure[] = []
  for (const figure of sentence.figures) {
    if (figure.start < at || figure.start >= listEnd || !isCount(figure) || !haveSameKind(figure.unit, total.unit)) continue
    if (isInsideParentheses(text, figure.start - sentence.start, from)) continue
    if (figure.start > firstClauseEnd && NEW_STATEMENT.test(figure.label)) break
    parts.push(figure)
  }
  return parts
}

/** Where the brackets around an offset of the sentence close (the offset of `）`), or -1 when it is in none or they never close. */
function findEnclosingClose(text: string, offset: number): number {
  let depth = 0
  for (let index = 0; index < offset; index++) {
    if (text[index] === '（' || text[index] === '(') depth++
    else if ((text[index] === '）' || text[index] === ')') && depth > 0) depth--
  }
  if (depth === 0) return -1
  for (let index = offset; index < text.length; index++) {
    if (text[index] === '（' || text[index] === '(') depth++
    else if (text[index] === '）' || text[index] === ')') {
      depth--
      if (depth === 0) return index
    }
  }
  return -1
}

/** Whether an offset of the sentence lies inside （…） opened after `from` (details of one part). */
function isInsideParentheses(text: string, offset: number, from: number): boolean {
  let depth = 0
  for (let index = from; index < offset; index++) {
    if (text[index] === '（' || text[index] === '(') depth++
    else if ((text[index] === '）' || text[index] === ')') && depth > 0) depth--
  }
  return depth > 0
}
