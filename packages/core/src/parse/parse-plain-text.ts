/** Parses a plain-text official document into mdast: one block per line, headings from official numbering. */
import type {Root, RootContent} from 'mdast'
import {createLocator, type Locator} from '../text/locator.js'
import type {HeadingHints} from './index.js'
import {makeBlockNodes} from './make-nodes.js'

/** `headingHints`: lines the original file marks as headings (Word styles), by the offset where they start. */
export function parsePlainText(source: string, locator: Locator = createLocator(source), headingHints?: HeadingHints): Root {
  const children: RootContent[] = []
  const length = source.length
  let lineStart = 0
  while (lineStart <= length) {
    let lineEnd = lineStart
    while (lineEnd < length) {
      const code = source.charCodeAt(lineEnd)
      if (code === 10 || code === 13) break
      lineEnd++
    }
    for (const node of makeBlockNodes(source, locator, lineStart, lineEnd, headingHints?.get(lineStart))) children.push(node)
    if (lineEnd >= length) break
    lineStart = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  return {
    type: 'root',
    children,
    position: {start: locator.toPoint(0), end: locator.toPoint(length)},
  }
}
