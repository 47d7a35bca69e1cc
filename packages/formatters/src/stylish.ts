/** `stylish`: messages grouped by file (each written as the file finishes), aligned columns, colour on a TTY only, a summary line in Chinese. */
import {relative} from 'node:path'
import type {LintResult} from '@fzlint/core'
import {describeProblemCounts} from './english-count.js'
import {describePlace} from './place.js'
import {wholeOutput, type StreamingFormatter} from './types.js'

const codes = {red: [31, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24], green: [32, 39]} as const
type Style = keyof typeof codes

function painter(color: boolean) {
  return (style: Style, text: string) => (color ? `\u001B[${codes[style][0]}m${text}\u001B[${codes[style][1]}m` : text)
}

/** Display width: CJK characters take two terminal cells. */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) {
    const code = character.codePointAt(0)!
    width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) ? 2 : 1
  }
  return width
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

function place(message: LintResult['messages'][number]): string {
  return describePlace(message)
}

export const stylishStream: StreamingFormatter = (context) => {
  const paint = painter(context.color)
  let errors = 0
  let warnings = 0
  let fixable = 0
  return {
    start: () => '',
    add(result) {
      errors += result.errorCount
      warnings += result.warningCount
      fixable += result.fixableErrorCount + result.fixableWarningCount
      if (result.messages.length === 0) return ''
      const shown = relative(context.cwd, result.filePath) || result.filePath
      let text = paint('underline', shown) + (result.encoding && result.encoding !== 'utf-8' ? paint('dim', `  (${result.encoding})`) : '') + '\n'
      const places = result.messages.map(place)
      const placeWidth = Math.max(...places.map(displayWidth))
      result.messages.forEach((message, index) => {
        const severity = message.severity === 2 ? paint('red', '错误') : paint('yellow', '警告')
        const rule = message.ruleId ? paint('dim', message.ruleId) : ''
        text += `  ${paint('dim', pad(places[index]!, placeWidth))}  ${severity}  ${message.message.replace(/\r?\n/gu, ' ')}  ${rule}`.trimEnd() + '\n'
      })
      return `${text}\n`
    },
    end() {
      const total = errors + warnings
      if (total === 0) return ''
      const summary = `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告）/ ${describeProblemCounts(errors, warnings)}`
      let text = paint('bold', errors > 0 ? paint('red', summary) : paint('yellow', summary)) + '\n'
      if (fixable > 0) text += paint('dim', `  其中 ${fixable} 个可用 --fix 自动修复 / ${fixable} fixable with --fix`) + '\n'
      return text
    },
  }
}

export const stylish = wholeOutput(stylishStream)
