// Makes a bundle pure ASCII, so that its launcher can read it as a one-byte (latin1) string: decoding the CLI bundle
// as UTF-8 because a few regular expressions hold Chinese characters made V8 a two-byte string of the whole 1.3 MB,
// measured 2.4-3.5 ms of every run's start against 0.2 ms for the ASCII bundle read as latin1.
//
// esbuild already writes strings, untagged templates and identifiers in ASCII; it leaves two things as written, and
// they are rewritten here with the same meaning:
// - regular expression literals: a character becomes `\uXXXX` (a surrogate pair two escapes, which a `u` expression
//   reads as one code point, as it read the pair); an identity escape (`\。`, only legal without `u`) drops its
//   backslash for the escape;
// - `String.raw` templates, whose raw text is their value: a run of characters becomes a substitution of a string
//   holding them, `${"\uXXXX"}` (with a backslash before the run moved into that string).
// Anything else (a template of another tag, comments of an unminified build) is left as is: the file is then not
// ASCII, and the launcher reads it as UTF-8 as before. The source map's generated columns are shifted to match.
import {createRequire} from 'node:module'
import {readFileSync, writeFileSync} from 'node:fs'

const ts = createRequire(import.meta.url)('typescript')

const NON_ASCII_RUN = /[^\x00-\x7f]+/gu
const escapeUnits = (text) => [...Array(text.length).keys()].map((index) => `\\u${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`).join('')

/** How many backslashes end `text` before `end`. */
function backslashesBefore(text, end) {
  let count = 0
  while (end - count - 1 >= 0 && text[end - count - 1] === '\\') count++
  return count
}

/** The edits ({at, remove, insert}) that make the token at [start, end) of `text` ASCII; `rewrite` maps one run. */
function editsOfToken(text, start, end, rewrite) {
  const edits = []
  const token = text.slice(start, end)
  for (const run of token.matchAll(NON_ASCII_RUN)) {
    const isEscaped = backslashesBefore(token, run.index) % 2 === 1
    const at = start + run.index - (isEscaped ? 1 : 0)
    edits.push({at, remove: run[0].length + (isEscaped ? 1 : 0), insert: rewrite(run[0], isEscaped)})
  }
  return edits
}

function findEdits(text) {
  const source = ts.createSourceFile('bundle.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  const edits = []
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      edits.push(...editsOfToken(text, node.getStart(source), node.end, (run) => escapeUnits(run)))
      return
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'String.raw') {
      const template = node.template
      const spans = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)]
      for (const span of spans) {
        edits.push(...editsOfToken(text, span.getStart(source), span.end, (run, isEscaped) => `\${"${isEscaped ? '\\\\' : ''}${escapeUnits(run)}"}`))
      }
      for (const span of ts.isNoSubstitutionTemplateLiteral(template) ? [] : template.templateSpans) visit(span.expression)
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edits.sort((a, b) => a.at - b.at)
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The first value of a source map segment, and where its digits end. */
function decodeFirstVlq(segment) {
  let value = 0
  let shift = 0
  let index = 0
  for (;;) {
    const digit = BASE64.indexOf(segment[index++])
    value += (digit & 31) << shift
    shift += 5
    if ((digit & 32) === 0) break
  }
  return {value: value & 1 ? -(value >>> 1) : value >>> 1, end: index}
}

function encodeVlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1
  let digits = ''
  do {
    let digit = rest & 31
    rest >>>= 5
    if (rest > 0) digit |= 32
    digits += BASE64[digit]
  } while (rest > 0)
  return digits
}

/** Shifts the generated columns of `mappings` by the edits (none spans a line), given per line as [column, delta]. */
function shiftMappings(mappings, shiftsByLine) {
  return mappings
    .split(';')
    .map((line, lineIndex) => {
      const shifts = shiftsByLine.get(lineIndex)
      if (!shifts || line === '') return line
      let column = 0
      let newPrevious = 0
      return line
        .split(',')
        .map((segment) => {
          const {value, end} = decodeFirstVlq(segment)
          column += value
          let shifted = column
          for (const [at, delta] of shifts) if (at < column) shifted += delta
          const encoded = encodeVlq(shifted - newPrevious) + segment.slice(end)
          newPrevious = shifted
          return encoded
        })
        .join(',')
    })
    .join(';')
}

/** Rewrites `bundlePath` (and its `.map`, when there is one) in ASCII where it can; returns whether it is all ASCII. */
export function makeBundleAscii(bundlePath, mapPath) {
  const text = readFileSync(bundlePath, 'utf8')
  if (!/[^\x00-\x7f]/u.test(text)) return true
  const edits = findEdits(text)
  let output = ''
  let copied = 0
  let line = 0
  let lineStart = 0
  const shiftsByLine = new Map()
  for (const edit of edits) {
    for (let newline = text.indexOf('\n', lineStart); newline !== -1 && newline < edit.at; newline = text.indexOf('\n', lineStart)) {
      line++
      lineStart = newline + 1
    }
    const shifts = shiftsByLine.get(line) ?? []
    shifts.push([edit.at - lineStart, edit.insert.length - edit.remove])
    shiftsByLine.set(line, shifts)
    output += text.slice(copied, edit.at) + edit.insert
    copied = edit.at + edit.remove
  }
  output += text.slice(copied)
  writeFileSync(bundlePath, output)
  if (mapPath) {
    const map = JSON.parse(readFileSync(mapPath, 'utf8'))
    map.mappings = shiftMappings(map.mappings, shiftsByLine)
    writeFileSync(mapPath, JSON.stringify(map))
  }
  return !/[^\x00-\x7f]/u.test(output)
}
