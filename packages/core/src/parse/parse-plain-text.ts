/** Parses a plain-text official document into mdast: one block per line, headings from official numbering. */
import type {Root, RootContent} from 'mdast'
import {checkDeadline} from '../engine/deadline.js'
import {createLocator, type Locator} from '../text/locator.js'
import type {HeadingHints} from './types.js'
import {appendBlockNodes} from './make-nodes.js'

/** `headingHints`: lines the original file marks as headings (Word styles), by the offset where they start. */
export function parsePlainText(source: string, locator: Locator = createLocator(source), headingHints?: HeadingHints): Root {
  const children: RootContent[] = []
  // Lines as the locator found them, so the text is scanned for line breaks once, not twice.
  for (let line = 1; line <= locator.lineCount; line++) {
    // The file's time budget, every 1,024 lines: a clock read per line would cost more than most lines take.
    if ((line & 1023) === 0) checkDeadline()
    const lineStart = locator.lineStart(line)
    appendBlockNodes(children, source, locator, lineStart, locator.lineEnd(line), headingHints?.get(lineStart))
  }
  return {
    type: 'root',
    children,
    position: {start: locator.toPoint(0), end: locator.toPoint(source.length)},
  }
}
