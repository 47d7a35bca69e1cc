/** Finds top-level headings written without an ordinal: a short heading-like line right before a `（一）`. */
import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import type {Locator} from '../text/locator.js'
import {makeHeading} from './make-nodes.js'

/** A heading is a phrase: longer lines are body text (the regulation's longest part name has 35 characters). */
const MAX_HEADING_LENGTH = 40
// A heading is no sentence: it holds no sentence end (。；！？) and does not introduce a list (主要体现在：).
const SENTENCE_PUNCTUATION = /[。；;！!？?：:]/u
// A line that introduces the items after it without its colon (存在的问题主要体现在以下几个方面) is a sentence too.
const INTRODUCTION = /(?:如下|以下|以下几个方面|体现在|表现在|主要有|包括|分别是|分别为)$/u

function paragraphText(node: Paragraph): string {
  // A loop, not map().join(''): the optimised map() returns an array of another map than the interpreter's, which
  // deoptimised the join() after it (see nodeText in the report model).
  let text = ''
  for (const child of node.children) if ('value' in child) text += child.value
  return text.trim()
}

function isFirstSecondLevelHeading(node: RootContent | undefined): node is Heading {
  const numbering = node?.type === 'heading' ? node.data?.numbering : undefined
  return numbering !== undefined && numbering.level === 2 && numbering.ordinal === 1
}

function isHeadingLike(text: string): boolean {
  return text.length >= 2 && text.length <= MAX_HEADING_LENGTH && !SENTENCE_PUNCTUATION.test(text) && !INTRODUCTION.test(text)
}

/**
 * Turns into a heading each short line without sentence punctuation that is directly followed by `（一）`: the
 * top-level heading of a part whose writer left out its `一、` (`存在的不足和原因` / `（一）……`). It goes one level
 * above that `（一）`, so the `（一）` stays second level instead of becoming the report's top level.
 */
export function promoteUnnumberedHeadings(tree: Root, source: string, locator: Locator): Root {
  const children = tree.children
  for (let index = 0; index + 1 < children.length; index++) {
    const node = children[index]!
    const next = children[index + 1]
    if (node.type !== 'paragraph' || !isFirstSecondLevelHeading(next)) continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || !isHeadingLike(paragraphText(node))) continue
    // Right under a heading, the line is that heading's lead-in (一、主要举措和成效 / 主要做法 / （一）……): as a heading of
    // its own it would leave the heading above it empty.
    if (children[index - 1]?.type === 'heading') continue
    const depth = Math.max(1, next.depth - 1) as Heading['depth']
    children[index] = makeHeading(source, locator, start, end, depth, undefined, false)
    // The same line right before it is the heading pasted twice: a heading too, so that duplicate-heading sees the pair.
    const before = children[index - 1]
    const beforeStart = before?.position?.start.offset
    const beforeEnd = before?.position?.end.offset
    if (before?.type === 'paragraph' && beforeStart !== undefined && beforeEnd !== undefined && paragraphText(before) === paragraphText(node)) {
      children[index - 1] = makeHeading(source, locator, beforeStart, beforeEnd, depth, undefined, false)
    }
  }
  return tree
}
