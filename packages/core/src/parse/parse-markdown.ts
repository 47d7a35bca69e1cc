/** Parses a Markdown draft with remark-parse, then applies the same official-numbering recognition as plain text. */
import type {Heading, List, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {createLocator, type Locator} from '../text/locator.js'
import {headingTitle, makeBlockNodes} from './make-nodes.js'
import {matchNumbering} from './numbering.js'

const markdownProcessor = unified().use(remarkParse)

export function parseMarkdown(source: string, locator: Locator = createLocator(source)): Root {
  const tree = markdownProcessor.parse(source) as Root
  const depthShift = findTitleDepthShift(tree)
  tree.children = tree.children.flatMap((node) => recogniseNumbering(node, source, locator, depthShift))
  return tree
}

/** A lone `#` heading before everything else is the document title, so `##` sections are level 1. */
function findTitleDepthShift(tree: Root): number {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const first = headings[0]
  if (!first || first.depth !== 1) return 0
  return headings.filter((heading) => heading.depth === 1).length === 1 ? 1 : 0
}

function firstText(node: {children: RootContent[] | Heading['children']}): string {
  const first = node.children[0]
  return first && first.type === 'text' ? first.value.trimStart() : ''
}

function recogniseNumbering(node: RootContent, source: string, locator: Locator, depthShift: number): RootContent[] {
  if (node.type === 'heading') {
    const text = firstText(node)
    const numbering = matchNumbering(text) ?? undefined
    const plain = node.children.map((child) => ('value' in child ? child.value : '')).join('')
    const isTitle = depthShift === 1 && node.depth === 1
    const depth = numbering ? numbering.level : Math.max(1, node.depth - (isTitle ? 0 : depthShift))
    node.depth = depth as Heading['depth']
    node.data = {...node.data, numbering, title: headingTitle(plain.trim(), numbering), runIn: false}
    return [node]
  }
  if (node.type === 'paragraph' && node.position) {
    const text = firstText(node)
    if (!matchNumbering(text)) return [node]
    const isPlain = node.children.length === 1 && node.children[0]!.type === 'text'
    if (isPlain) return makeBlockNodes(source, locator, node.position.start.offset!, node.position.end.offset!)
    const numbering = matchNumbering(text)!
    const plain = node.children.map((child) => ('value' in child ? child.value : '')).join('')
    const heading: Heading = {
      type: 'heading',
      depth: numbering.level,
      children: node.children,
      position: node.position,
      data: {numbering, title: headingTitle(plain, numbering), runIn: false},
    }
    return [heading]
  }
  if (node.type === 'list' && node.ordered) return flattenOrderedList(node, source, locator, depthShift)
  return [node]
}

/** `1. 深入学习……` with a space is a Markdown list; in a report it is a level-3 heading. */
function flattenOrderedList(list: List, source: string, locator: Locator, depthShift: number): RootContent[] {
  const nodes: RootContent[] = []
  for (const item of list.children) {
    const [first, ...rest] = item.children
    if (first && first.type === 'paragraph' && item.position && first.position) {
      nodes.push(...makeBlockNodes(source, locator, item.position.start.offset!, first.position.end.offset!))
    } else if (first) {
      nodes.push(...recogniseNumbering(first, source, locator, depthShift))
    }
    for (const child of rest) nodes.push(...recogniseNumbering(child as RootContent, source, locator, depthShift))
  }
  return nodes
}
