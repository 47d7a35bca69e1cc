/**
 * Inline control in Markdown, with remark-message-control's grammar:
 *   <!-- fzlint-disable rule-a rule-b -->   off from here (no ids: every rule)
 *   <!-- fzlint-enable rule-a -->           on again
 *   <!-- fzlint-disable-next-line rule-a --> off for the next non-blank line
 * Plain text and Word have no comment syntax; there configuration `overrides` and .fzlintignore do the job.
 */
import type {Root, RootContent} from 'mdast'
import {VFileMessage} from 'vfile-message'
import type {Locator} from '../text/locator.js'

export interface DirectiveOptions {
  reportUnused: boolean
  locator: Locator
}

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  /** Empty: every rule. */
  ruleIds: string[]
  /** Line the directive starts to act on (for next-line: the line it covers). */
  line: number
  node: RootContent
  used: boolean
}

const DIRECTIVE = /^<!--\s*fzlint-(disable-next-line|disable|enable)((?:\s+[a-z0-9-]+)*)\s*-->$/u

function collectHtmlNodes(nodes: RootContent[], found: RootContent[]): void {
  for (const node of nodes) {
    if (node.type === 'html') found.push(node)
    else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') collectHtmlNodes(node.children as RootContent[], found)
  }
}

function nextContentLine(source: string, locator: Locator, afterOffset: number): number {
  let offset = afterOffset
  while (offset < source.length && /\s/u.test(source[offset]!)) offset++
  return locator.toPoint(offset).line
}

function readDirectives(tree: Root, locator: Locator, source: string): Directive[] {
  const nodes: RootContent[] = []
  collectHtmlNodes(tree.children, nodes)
  const directives: Directive[] = []
  for (const node of nodes) {
    const match = DIRECTIVE.exec((node as {value: string}).value.trim())
    if (!match || !node.position) continue
    const kind = match[1] as Directive['kind']
    const ruleIds = match[2]!.trim() === '' ? [] : match[2]!.trim().split(/\s+/u)
    const line = kind === 'disable-next-line' ? nextContentLine(source, locator, node.position.end.offset!) : node.position.start.line
    directives.push({kind, ruleIds, line, node, used: false})
  }
  return directives.sort((a, b) => a.node.position!.start.offset! - b.node.position!.start.offset!)
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId)
}

/**
 * Answers "which directive turns off a message of this rule at this line?" for messages asked in order of line: the
 * directives that act from a line on are passed once, keeping the last one that covers all rules and the last one for
 * each rule, so a report with many directives and many findings is not searched once per finding (quadratic).
 */
function createSilencer(directives: Directive[]) {
  const nextLine = new Map<number, Directive[]>()
  const ranged: Directive[] = []
  for (const directive of directives) {
    if (directive.kind !== 'disable-next-line') ranged.push(directive)
    else nextLine.set(directive.line, [...(nextLine.get(directive.line) ?? []), directive])
  }
  let passed = 0
  let lastForAll: {directive: Directive; order: number} | undefined
  const lastByRule = new Map<string, {directive: Directive; order: number}>()
  /** The directive turning off `ruleId` at `line`, or undefined. `line` never decreases from one call to the next. */
  return function findSilencingDirective(ruleId: string, line: number): Directive | undefined {
    const onLine = nextLine.get(line)?.find((directive) => covers(directive, ruleId))
    if (onLine) return onLine
    for (; passed < ranged.length && ranged[passed]!.line <= line; passed++) {
      const directive = ranged[passed]!
      if (directive.ruleIds.length === 0) lastForAll = {directive, order: passed}
      else for (const id of directive.ruleIds) lastByRule.set(id, {directive, order: passed})
    }
    const forRule = lastByRule.get(ruleId)
    const last = forRule && (!lastForAll || forRule.order > lastForAll.order) ? forRule : lastForAll
    return last?.directive.kind === 'disable' ? last.directive : undefined
  }
}

export function applyDirectives(messages: VFileMessage[], tree: Root, options: DirectiveOptions & {source?: string}): VFileMessage[] {
  const source = options.source ?? ''
  const directives = readDirectives(tree, options.locator, source)
  if (directives.length === 0) return messages
  const lineOf = (message: VFileMessage) => {
    const place = message.place
    return place && 'start' in place ? place.start.line : place?.line
  }
  // Asked in order of line (the silencer passes the directives once), kept in the messages' own order.
  const findSilencingDirective = createSilencer(directives)
  const silenced = new Set<VFileMessage>()
  const byLine = messages.filter((message) => message.ruleId && lineOf(message) !== undefined && message.fatal !== true)
  for (const message of byLine.sort((a, b) => lineOf(a)! - lineOf(b)!)) {
    const directive = findSilencingDirective(message.ruleId!, lineOf(message)!)
    if (!directive) continue
    directive.used = true
    silenced.add(message)
  }
  const kept = messages.filter((message) => !silenced.has(message))
  if (options.reportUnused) {
    for (const directive of directives) {
      if (directive.used || directive.kind === 'enable') continue
      const which = directive.ruleIds.length > 0 ? `（${directive.ruleIds.join('、')}）` : ''
      const message = new VFileMessage(
        `多余的 fzlint-${directive.kind} 注释${which}：此处没有被它关闭的问题 / unused fzlint-${directive.kind} directive`,
        {place: directive.node.position, source: 'fzlint'},
      )
      message.severity = 1
      kept.push(message)
    }
  }
  return kept
}
