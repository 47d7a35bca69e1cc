/**
 * Which literal texts every match of a regular expression contains, so that a rule can skip a pattern whose
 * literal cannot be in the report instead of scanning the whole report with it. The patterns come from data
 * files that configuration may extend, so this reads the pattern source instead of relying on a hand-written list.
 *
 * The analysis is deliberately small: it reads the top-level sequence of a pattern compiled with the `u`
 * flag (and without `i` or `v`) and takes each run of plain characters there as a literal. Anything it does
 * not fully understand (a top-level `|`, `\u`, `\x`, `\c`, `\0`, back-references, unknown group syntax)
 * makes it return no literal, and the caller then scans as before: a missed literal costs time, never a finding.
 */

/** Thrown inside the reader for syntax it does not handle; caught by findRequiredLiterals. */
class Unsupported extends Error {}

/** A plain character (one code point) that a match always contains at this point, or null for anything else. */
type PatternTerm = string | null

const SYNTAX_CHARACTERS = new Set('^$\\.*+?()[]{}|/')
const CONTROL_ESCAPES: Record<string, string> = {n: '\n', r: '\r', t: '\t', f: '\f', v: '\v'}

class PatternReader {
  private index = 0

  constructor(private readonly source: string) {}

  /** The terms of the pattern's only top-level alternative; throws Unsupported for a top-level `|` or unknown syntax. */
  readTopLevel(): PatternTerm[] {
    const terms = this.readAlternative()
    if (this.index !== this.source.length) throw new Unsupported()
    return terms
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.index + offset]
  }

  private readAlternative(): PatternTerm[] {
    const terms: PatternTerm[] = []
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.readAtom()
      // A quantified character may be absent or repeated: it is no fixed text.
      terms.push(this.skipQuantifier() ? null : atom)
    }
    return terms
  }

  /** Reads a disjunction inside a group, up to and including its `)`. */
  private skipGroupBody(): void {
    for (;;) {
      this.readAlternative()
      const next = this.peek()
      this.index++
      if (next === ')') return
      if (next !== '|') throw new Unsupported()
    }
  }

  private readAtom(): PatternTerm {
    const character = this.peek()!
    switch (character) {
      case '^':
      case '$':
      case '.':
        this.index++
        return null
      case '[':
        this.skipClass()
        return null
      case '(':
        this.skipGroup()
        return null
      case '\\':
        return this.readEscape()
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported()
      default: {
        // One code point: a surrogate pair is one character under the `u` flag.
        const codePoint = String.fromCodePoint(this.source.codePointAt(this.index)!)
        this.index += codePoint.length
        return codePoint
      }
    }
  }

  private skipGroup(): void {
    this.index++
    if (this.peek() === '?') {
      const kind = this.peek(1)
      if (kind === ':' || kind === '=' || kind === '!') {
        this.index += 2
      } else if (kind === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) {
        this.index += 3
      } else if (kind === '<') {
        const close = this.source.indexOf('>', this.index)
        if (close === -1) throw new Unsupported()
        this.index = close + 1
      } else {
        throw new Unsupported()
      }
    }
    this.skipGroupBody()
  }

  /** Skips `[...]`: under `u` without `v` a class does not nest, and `\]` is the only escaped way to write `]`. */
  private skipClass(): void {
    this.index++
    while (this.index < this.source.length && this.peek() !== ']') this.index += this.peek() === '\\' ? 2 : 1
    if (this.index >= this.source.length) throw new Unsupported()
    this.index++
  }

  private readEscape(): PatternTerm {
    const escaped = this.peek(1)
    if (escaped === undefined) throw new Unsupported()
    this.index += 2
    if (SYNTAX_CHARACTERS.has(escaped)) return escaped
    if (escaped in CONTROL_ESCAPES) return CONTROL_ESCAPES[escaped]!
    // Character classes and word-boundary assertions.
    if ('dDsSwWbB'.includes(escaped)) return null
    if ((escaped === 'p' || escaped === 'P') && this.peek() === '{') {
      const close = this.source.indexOf('}', this.index)
      if (close === -1) throw new Unsupported()
      this.index = close + 1
      return null
    }
    throw new Unsupported()
  }

  /** Skips `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}`, each optionally lazy; false when none follows. */
  private skipQuantifier(): boolean {
    const character = this.peek()
    if (character === '*' || character === '+' || character === '?') {
      this.index++
    } else if (character === '{') {
      const match = /^\{\d+(?:,\d*)?\}/u.exec(this.source.slice(this.index))
      if (!match) throw new Unsupported()
      this.index += match[0].length
    } else {
      return false
    }
    if (this.peek() === '?') this.index++
    return true
  }
}

/**
 * Texts that every match of `source` (compiled with the `u` flag, without `i`) contains: the runs of plain
 * characters in its top-level sequence (`"?七五"?\s*普法` → `七五`, `普法`). Empty when the pattern has a
 * top-level alternative or syntax this reader does not handle.
 */
export function findRequiredLiterals(source: string): string[] {
  let terms: PatternTerm[]
  try {
    terms = new PatternReader(source).readTopLevel()
  } catch (error) {
    if (error instanceof Unsupported) return []
    throw error
  }
  const literals: string[] = []
  let run = ''
  for (const term of terms) {
    if (term !== null) {
      run += term
    } else if (run !== '') {
      literals.push(run)
      run = ''
    }
  }
  if (run !== '') literals.push(run)
  return literals
}
