/** Reports ordinals that do not run 1, 2, 3 … : headings of one level under one parent, and 一是…二是… chains. */
import {defineRule, formatChineseOrdinal, nodeText, noOptions, type Fix, type ReportDocument, type Section} from '@fzlint/core'
import {checkRun, hasChainBreak, splitNestedChains, type Run, type SequenceBreak} from './check-sequence.js'
import {findBlockOrdinals, type InlineOrdinal, type RootContent} from './find-inline-ordinals.js'
import {findPastedHeadings} from '../shared/pasted-headings.js'

/** One ordinal in the source: where its numerals are and how to write another value in the same style. */
interface Ordinal {
  ordinal: number
  /** Offsets of the whole marker (`（三）`, `三是`) and of its numerals alone. */
  range: [number, number]
  digitsRange: [number, number]
  /** The marker as written, and the same marker with another value (`（三）` → `（二）`). */
  marker: string
  write(value: number): string
  formatDigits(value: number): string
  /** The heading the run sits under (or the heading itself for inline chains), for messages. */
  where: string
  /** Text of the heading the run sits under (null for top-level headings and the opening). */
  heading: string | null
  kind: 'heading' | 'inline'
  level: number | null
}

export default defineRule({
  meta: {
    id: 'numbering-sequence',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    fixable: true,
    docs: {
      description: '同一层次的序号应从一起依次递增，不跳号、不重复、不倒序',
      basis: 'GB/T 9704-2012《党政机关公文格式》7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注',
    },
    messages: {
      gap: '序号跳号：{where}“{marker}”之前缺少{missing}，同一层次的序号应从头依次递增（{sequence}）',
      repeat: '序号重复：{where}“{marker}”与前面的序号重复，此处应为“{expectedMarker}”',
      reversal: '序号倒序：{where}“{marker}”排在“{previousMarker}”之后，此处应为“{expectedMarker}”',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        for (const run of findHeadingRuns(document)) reportRun(run, true)
        for (const run of findInlineChains(document)) reportRun(run, run.items[0]!.ordinal === 1)
      },
    }

    /**
     * Reports every break of a run; the first carries the fix that renumbers the whole run from 1.
     * A chain that starts at 二是 gets no fix: its first item is usually there without its 一是
     * (dongguan-2018 (六)), and renumbering would mislabel every item.
     */
    function reportRun(run: Run<Ordinal>, isFixable: boolean): void {
      run.breaks.forEach((sequenceBreak, index) => {
        const fix = isFixable && index === 0 ? renumber(run.items) : undefined
        report(sequenceBreak, fix)
      })
    }

    function report(sequenceBreak: SequenceBreak<Ordinal>, fix: Fix[] | undefined): void {
      const {item, kind, expected, previous} = sequenceBreak
      const missing = []
      for (let value = expected; value < item.ordinal && missing.length < 3; value++) missing.push(`“${item.write(value)}”`)
      if (item.ordinal - expected > 3) missing.push('等')
      context.report({
        messageId: kind,
        range: item.range,
        data: {
          kind: item.kind,
          level: item.level,
          actual: item.ordinal,
          expected,
          where: item.where,
          marker: item.marker,
          expectedMarker: item.write(expected),
          previousMarker: previous > 0 ? item.write(previous) : '',
          missing: missing.join(''),
          heading: item.heading,
          sequence: exampleSequence(item),
        },
        fix,
      })
    }
  },
})

/**
 * How the ordinals of this kind run, for the message: `一是、二是、三是……`. Written out, not [1, 2, 3].map().join():
 * the optimised map() returns an array of another map than the interpreter's, which deoptimised the join() after it
 * ("wrong map", V8 --trace-deopt), and the whole 'report:exit' handler with it.
 */
function exampleSequence(item: Ordinal): string {
  const separator = item.kind === 'inline' ? '、' : ' '
  return `${item.write(1)}${separator}${item.write(2)}${separator}${item.write(3)}……`
}

function renumber(items: Ordinal[]): Fix[] {
  return items.flatMap((item, index) =>
    item.ordinal === index + 1 ? [] : [{range: item.digitsRange, text: item.formatDigits(index + 1)}],
  )
}

function headingText(section: Section | null): string | null {
  return section ? nodeText(section.heading).trim() : null
}

/** A numbered heading before it is known to break its run: only what the run check needs. */
interface NumberedHeading {
  section: Section
  ordinal: number
  /** Where its marker starts in the source. */
  start: number
}

/**
 * Headings with official numbering, one run per parent and numbering level (一、 （一） 1. （1））. Runs are checked on
 * the bare ordinals; the full Ordinal (closures, heading text for messages) is built only for the runs that break.
 */
function findHeadingRuns(document: ReportDocument): Run<Ordinal>[] {
  const runs: Run<Ordinal>[] = []
  // A heading pasted twice is one heading in the sequence: duplicate-heading reports the copy.
  const pastedCopies = findPastedHeadings(document).byCopy
  addHeadingRuns(document.source, pastedCopies, null, document.topSections, runs)
  for (const parent of document.allSections) addHeadingRuns(document.source, pastedCopies, parent, parent.children, runs)
  return runs
}

function addHeadingRuns(source: string, pastedCopies: ReadonlyMap<Section, unknown>, parent: Section | null, siblings: Section[], runs: Run<Ordinal>[]): void {
  if (siblings.length === 0 || isCountedInOrder(source, pastedCopies, siblings)) return
  const byLevel = new Map<number, NumberedHeading[]>()
  for (const section of siblings) {
    const start = numberingStart(source, section)
    if (start === -1 || pastedCopies.has(section)) continue
    const level = section.numbering!.level
    const list = byLevel.get(level)
    const numbered = {section, ordinal: section.numbering!.ordinal, start}
    if (list) list.push(numbered)
    else byLevel.set(level, [numbered])
  }
  for (const items of byLevel.values()) {
    const run = checkRun(items, (item) => item.ordinal)
    if (run.breaks.length === 0) continue
    const ordinals = new Map(items.map((item) => [item, headingOrdinal(item, parent)]))
    runs.push(mapRun(run, ordinals))
  }
}

/**
 * Whether the numbered headings among `siblings` count 1, 2, 3 … at every level: the runs checkRun would find without
 * a break. Nearly every parent's headings do, and this answers it without building the runs.
 */
function isCountedInOrder(source: string, pastedCopies: ReadonlyMap<Section, unknown>, siblings: Section[]): boolean {
  // The last ordinal seen at each numbering level (1–4).
  const lastOrdinals = [0, 0, 0, 0, 0]
  for (const section of siblings) {
    const numbering = section.numbering
    if (!numbering || numberingStart(source, section) === -1 || pastedCopies.has(section)) continue
    if (numbering.ordinal !== lastOrdinals[numbering.level]! + 1) return false
    lastOrdinals[numbering.level] = numbering.ordinal
  }
  return true
}

/** The same run over other items (each break keeps its place and values). */
function mapRun<From, To>(run: Run<From>, items: Map<From, To>): Run<To> {
  // Pushed, not map()ped, as in splitNestedChains: the handler reading these arrays deoptimised on the optimised map()'s.
  const mapped: Run<To> = {items: [], breaks: []}
  for (const item of run.items) mapped.items.push(items.get(item)!)
  for (const sequenceBreak of run.breaks) mapped.breaks.push({...sequenceBreak, item: items.get(sequenceBreak.item)!})
  return mapped
}

/** Where the numbering marker of a numbered heading starts in the source, or -1 when it has none there. */
function numberingStart(source: string, section: Section): number {
  const numbering = section.numbering
  const heading = section.heading
  if (!numbering || heading.position?.start.offset === undefined) return -1
  const headingStart = heading.position.start.offset
  // Plain-text headings start with their marker; Markdown headings start at `##`, so there the marker is searched for.
  if (source.startsWith(numbering.raw, headingStart)) return headingStart
  const start = source.indexOf(numbering.raw, headingStart)
  if (start === -1 || start > (heading.position.end.offset ?? source.length)) return -1
  return start
}

function headingOrdinal({section, start}: NumberedHeading, parent: Section | null): Ordinal {
  const numbering = section.numbering!
  const digitsStart = start + numbering.raw.indexOf(numbering.digits)
  const isArabic = numbering.level === 3 || numbering.level === 4
  const formatDigits = (value: number) => (isArabic ? String(value) : formatChineseOrdinal(value))
  const prefix = numbering.raw.slice(0, numbering.raw.indexOf(numbering.digits))
  const suffix = numbering.raw.slice(prefix.length + numbering.digits.length, numbering.raw.length - numbering.punctuation.length)
  return {
    ordinal: numbering.ordinal,
    range: [start, start + numbering.raw.length - numbering.punctuation.length],
    digitsRange: [digitsStart, digitsStart + numbering.digits.length],
    marker: numbering.raw,
    write: (value) => prefix + formatDigits(value) + suffix + numbering.punctuation,
    formatDigits,
    where: parent ? `“${headingText(parent)}”之下的` : '一级标题中的',
    heading: headingText(parent),
    kind: 'heading',
    level: numbering.level,
  }
}

/**
 * 一是…二是… chains in the text directly under each heading (and before the first one). A chain may run
 * over several paragraphs: yicheng-2020 writes 一是…十是 as one paragraph each under “一、”, fangxian-2023
 * its plans the same way, so the paragraphs under one heading are read as one stretch of text.
 */
function findInlineChains(document: ReportDocument): Run<Ordinal>[] {
  const runs: Run<Ordinal>[] = []
  addInlineChains(document.source, null, document.preamble, runs)
  for (const section of document.allSections) addInlineChains(document.source, section, section.content, runs)
  return runs
}

/** Chains are split on the bare ordinals; the full Ordinal (closures, heading text for messages) is built only for the chains that break. */
function addInlineChains(source: string, section: Section | null, nodes: RootContent[], runs: Run<Ordinal>[]): void {
  if (nodes.length === 0) return
  const found: InlineOrdinal[] = []
  for (const node of nodes) findBlockOrdinals(node, source, found)
  if (found.length === 0 || !hasChainBreak(found, ordinalOf)) return
  let scope: {where: string; heading: string | null} | null = null
  for (const run of splitNestedChains(found, ordinalOf)) {
    if (run.breaks.length === 0) continue
    scope ??= {where: section ? `“${headingText(section)}”之下正文中的` : '开头部分的', heading: headingText(section)}
    const {where, heading} = scope
    runs.push(mapRun(run, new Map(run.items.map((item) => [item, inlineOrdinal(item, where, heading)]))))
  }
}

function ordinalOf(found: InlineOrdinal): number {
  return found.ordinal
}

function inlineOrdinal(found: InlineOrdinal, where: string, heading: string | null): Ordinal {
  return {
    ordinal: found.ordinal,
    range: [found.start, found.end],
    digitsRange: [found.start, found.start + found.digits.length],
    marker: `${found.digits}是`,
    write: (value) => `${formatChineseOrdinal(value)}是`,
    formatDigits: formatChineseOrdinal,
    where,
    heading,
    kind: 'inline',
    level: null,
  }
}
