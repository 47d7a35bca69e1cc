/**
 * One regular expression that matches where any of a list of patterns does: a text that none of them matches (most
 * lines of a report, most reports, most sections without a marker) is then told apart in one scan instead of one
 * scan per pattern. Web-noise, request-in-report and the structure rules' part markers join their catalogues here.
 */

/**
 * A pattern keeps its meaning inside `(?:…)|(?:…)` unless it refers to a group by number or name (its numbers
 * shift) or names a group (another pattern may use the same name, which Node 20 rejects). Such a pattern, or
 * anything that looks like one (`\1`), is never joined.
 */
const REFERS_TO_GROUPS = /\\[1-9]|\\k<|\(\?<(?![=!])/u

/**
 * `(?:p1)|(?:p2)|…` compiled with `flags` (which must not hold `g` or `y`, so that test() keeps no state): it matches
 * a text exactly when one of the patterns does. Null when a pattern refers to or names its groups, or when a pattern
 * does not compile on its own (`(?:a` and `b)` do not, but join into one that does): the caller then tests the
 * patterns one by one (and reports a bad one itself).
 */
export function joinPatterns(patterns: readonly string[], flags: string): RegExp | null {
  if (patterns.some((pattern) => REFERS_TO_GROUPS.test(pattern))) return null
  try {
    // Each alone first: only a pattern that compiles by itself keeps its meaning inside `(?:…)`.
    for (const pattern of patterns) new RegExp(pattern, flags)
    return new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|') || '(?!)', flags)
  } catch {
    return null
  }
}

/**
 * A word as a pattern that matches it literally: its syntax characters escaped, and only those, since with the `u`
 * flag any other escaped character is an error. For words from data files (page labels, indicator words).
 */
export function escapeRegExp(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')
}
