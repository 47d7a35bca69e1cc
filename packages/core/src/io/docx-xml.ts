/** Parsed WordprocessingML in document order (fast-xml-parser's preserveOrder shape) and small accessors for it. */
import {XMLParser, XMLValidator} from 'fast-xml-parser'

/** `{'w:p': [children], ':@': {attributes}}` or `{'#text': '…'}`. */
export type XmlNode = Record<string, unknown>

const parser = new XMLParser({
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

/** Word never writes a DOCTYPE; refusing one rules out entity-expansion attacks. Returns null on malformed XML. */
export function parseXml(text: string): XmlNode[] | null {
  if (/<!DOCTYPE/iu.test(text.slice(0, 4096))) return null
  // The parser itself accepts unclosed elements; a truncated part must not pass for a short document.
  if (XMLValidator.validate(text) !== true) return null
  try {
    return parser.parse(text) as XmlNode[]
  } catch {
    return null
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
