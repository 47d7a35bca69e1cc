/** Shared by the cross-year rules: a section's text cut into items (paragraphs, split at 一是…二是…) and text similarities. */
import type {ReportDocument, Section, SectionKind} from '@fzlint/core'

export interface TextItem {
  /** The item as written, trimmed. */
  text: string
  /** Without ordinal and punctuation: what is compared. */
  normal: string
  /** [start, end) in the report's source. */
  range: [number, number]
}

/**
 * Items read from one section, at most: the cross-year rules compare every item of one report's section with every
 * item of the other's, so their time grows with the product of the two; a real section has tens of items, and a
 * pathological one of 50,000 lines took seconds per rule. Items past the limit are not compared.
 */
export const MAX_COMPARED_ITEMS = 400

/** Shorter items (`继续推进。`) say too little to be compared. */
const MIN_ITEM_LENGTH = 8
/** A paragraph (line), or one point of a paragraph that enumerates 一是……二是……. */
const ITEM = /(?:[一二三四五六七八九十]是)?(?:(?![一二三四五六七八九十]是)[^\r\n])+/gu
const LEADING_ORDINAL = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d+[.．、]|第[一二三四五六七八九十]+[，,、]?)\s*/u
const NOT_COMPARED = /[\s\p{P}\p{S}]/gu

/** Figures are folded to one digit: 持证率76% this year and 80% last year is still the same sentence. */
export function normaliseItemText(text: string): string {
  return text.normalize('NFKC').replace(LEADING_ORDINAL, '').replace(NOT_COMPARED, '').replace(/\d+/gu, '0')
}

/** Top-level sections of a kind; nested stand-ins are not compared (required-section reports them). */
export function findSectionsOfKind(document: ReportDocument, kind: SectionKind): Section[] {
  return document.topSections.filter((section) => section.kind === kind)
}

/**
 * The items under a section's heading: its own heading is excluded (二、存在的不足和原因 is the same every
 * year), and so is the sign-off that follows the last section (the plans, usually).
 */
export function findItems(document: ReportDocument, section: Section): TextItem[] {
  const bodyStart = section.heading.position?.end.offset ?? section.start
  const signoffStart = document.signoff?.issuer?.node.position?.start.offset ?? document.signoff?.date?.node.position?.start.offset
  const bodyEnd = signoffStart !== undefined && signoffStart > bodyStart ? Math.min(section.end, signoffStart) : section.end
  const body = document.source.slice(bodyStart, bodyEnd)
  const items: TextItem[] = []
  for (const match of body.matchAll(ITEM)) {
    const raw = match[0]
    const leading = raw.length - raw.trimStart().length
    const text = raw.trim()
    const normal = normaliseItemText(text)
    if (normal.length < MIN_ITEM_LENGTH) continue
    const start = bodyStart + match.index + leading
    items.push({text, normal, range: [start, start + text.length]})
    if (items.length === MAX_COMPARED_ITEMS) break
  }
  return items
}

// Each item's bigrams, counted once: an item is compared with every item of the other report.
const bigramsByText = new Map<string, Map<string, number>>()

/** The bigrams of a text, from a cache that holds the texts of the report pair being compared (cleared past 2,000). */
function cachedBigrams(text: string): Map<string, number> {
  let counts = bigramsByText.get(text)
  if (!counts) {
    if (bigramsByText.size >= 2_000) bigramsByText.clear()
    counts = bigrams(text)
    bigramsByText.set(text, counts)
  }
  return counts
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (let index = 0; index + 1 < text.length; index++) {
    const pair = text.slice(index, index + 2)
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return counts
}

/** Dice coefficient over character bigrams, 0–1: word order and a changed figure lower it only a little. */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1
  if (a.length < 2 || b.length < 2) return 0
  const left = cachedBigrams(a)
  const right = cachedBigrams(b)
  let shared = 0
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0)
  return (2 * shared) / (a.length - 1 + (b.length - 1))
}

/** Share of `needle`'s bigrams found in `haystack` (how much of a plan item a sentence mentions), 0–1. */
export function coverage(needle: string, haystack: string): number {
  const wanted = cachedBigrams(needle)
  if (wanted.size === 0) return 0
  const present = cachedBigrams(haystack)
  let found = 0
  for (const pair of wanted.keys()) if (present.has(pair)) found++
  return found / wanted.size
}

export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`
}

/** Long wordings are cut for messages; the full text stays in `data`. */
export function abbreviate(text: string, limit = 40): string {
  return text.length > limit ? `${text.slice(0, limit)}……` : text
}
