/** `fzlint outline FILE`: the report model as JSON (schemas/outline.schema.json), the skeleton a reviewer reads first. */
import type {ReportDocument, Section} from '@fzlint/core'
import {InputError, readInputFile, type ReadOptions} from '@fzlint/core/io'
import {parseInput} from '@fzlint/core'
import type {CliIo} from './cli-io.js'

export interface OutlineSection {
  kind: string | null
  text: string
  line: number
  depth: number
  children: OutlineSection[]
}

export interface Outline {
  filePath: string
  title: {text: string; line: number} | null
  year: number | null
  sections: OutlineSection[]
  signoff: {issuer: string | null; date: string | null; line: number} | null
}

function lineOf(node: {position?: {start: {line: number}}}): number {
  return node.position?.start.line ?? 1
}

function toOutlineSection(section: Section): OutlineSection {
  return {
    kind: section.kind,
    text: section.title,
    line: lineOf(section.heading),
    depth: section.level,
    children: section.children.map(toOutlineSection),
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

export function buildOutline(filePath: string, document: ReportDocument, mapLine: (line: number, offset: number) => number = (line) => line): Outline {
  const mapNode = (node: {position?: {start: {line: number; offset?: number}}}) => mapLine(lineOf(node), node.position?.start.offset ?? 0)
  const mapSection = (section: Section): OutlineSection => ({
    ...toOutlineSection(section),
    line: mapNode(section.heading),
    children: section.children.map(mapSection),
  })
  const {signoff} = document
  const signoffNode = signoff?.date?.node ?? signoff?.issuer?.node
  return {
    filePath,
    title: document.title ? {text: document.title.text, line: mapNode(document.title.node)} : null,
    year: document.year,
    sections: document.topSections.map(mapSection),
    signoff:
      signoff && signoffNode
        ? {
            issuer: signoff.issuer?.text ?? null,
            date: signoff.date ? `${signoff.date.value.year}-${pad(signoff.date.value.month)}-${pad(signoff.date.value.day)}` : null,
            line: mapNode(signoffNode),
          }
        : null,
  }
}

export async function printOutline(filePath: string, readOptions: ReadOptions, io: CliIo): Promise<number> {
  try {
    const input = await readInputFile(filePath, readOptions)
    const document = parseInput(input)
    const map = input.positionMap
    const outline = buildOutline(filePath, document, map ? (_line, offset) => map.toOriginal(offset).line : undefined)
    io.stdout(`${JSON.stringify(outline, null, 2)}\n`)
    return 0
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`fzlint: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
