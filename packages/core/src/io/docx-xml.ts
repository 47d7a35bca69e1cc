/** Parsed WordprocessingML in document order (fast-xml-parser's preserveOrder shape) and small accessors for it. */
import {XMLParser, XMLValidator} from 'fast-xml-parser'

/** `{'w:p': [children], ':@': {attributes}}` or `{'#text': '…'}`. */
export type XmlNode = Record<string, unknown>

/**
 * Elements nested deeper than this are refused: Word nests a table in a table cell a few levels at most, and the
 * readers walk the tree recursively. (fast-xml-parser counts the depth as it parses.)
 */
export const MAX_XML_DEPTH = 128

/**
 * Elements in one part: a 300-page report's document.xml has a few hundred thousand. Each parsed element costs a
 * hundred bytes and more, so a part of 32 MB of `<w:p/>` would take gigabytes; the tags are counted before parsing.
 */
export const MAX_XML_ELEMENTS = 2_000_000

const parser = new XMLParser({
  maxNestedTags: MAX_XML_DEPTH,
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Text such as `001` or `1.0` must stay text, and spaces inside w:t are content.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
})

export type ParsedXml = {ok: true; nodes: XmlNode[]} | {ok: false; reason: 'malformed' | 'too-deep' | 'too-many-elements'}

/** Counts `<` up to one past `limit`: the elements (and closing tags) a part holds, without parsing it. */
function countTagsUpTo(text: string, limit: number): number {
  let count = 0
  for (let at = text.indexOf('<'); at !== -1 && count <= limit; at = text.indexOf('<', at + 1)) count++
  return count
}

/** Word never writes a DOCTYPE; refusing one rules out entity-expansion attacks. Says why a part cannot be read. */
export function parseXml(text: string): ParsedXml {
  if (/<!DOCTYPE/iu.test(text.slice(0, 4096))) return {ok: false, reason: 'malformed'}
  // Opening and closing tags: twice the elements, at most.
  if (countTagsUpTo(text, 2 * MAX_XML_ELEMENTS) > 2 * MAX_XML_ELEMENTS) return {ok: false, reason: 'too-many-elements'}
  // The parser itself accepts unclosed elements; a truncated part must not pass for a short document.
  if (XMLValidator.validate(text) !== true) return {ok: false, reason: 'malformed'}
  try {
    return {ok: true, nodes: parser.parse(text) as XmlNode[]}
  } catch (error) {
    return {ok: false, reason: error instanceof Error && /nested/iu.test(error.message) ? 'too-deep' : 'malformed'}
  }
}

export function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key
  return ''
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)]
  return Array.isArray(value) ? (value as XmlNode[]) : []
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, unknown> | undefined
  const value = attributes?.[name]
  return value === undefined ? undefined : String(value)
}

export function findChild(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((child) => tagOf(child) === tag)
}

export function findChildren(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((child) => tagOf(child) === tag)
}

export function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
    .join('')
}
