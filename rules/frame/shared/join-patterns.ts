/**
 * One regular expression that matches where any of a list of patterns does: a text that none of them matches (most
 * lines of a report, most reports) is then told apart in one regex call instead of one call per pattern.
 */

/**
 * A pattern keeps its meaning inside `(?:…)|(?:…)` unless it refers to a group by number or name (its numbers
 * shift, its names may repeat another's). Such a pattern, or anything that looks like one (`\1`), is not joined.
 */
const REFERS_TO_GROUPS = /\\[1-9]|\\k<|\(\?<(?![=!])/u

/**
 * `(?:p1)|(?:p2)|…` compiled with `flags` (which must not hold `g` or `y`, so that test() keeps no state): it matches
 * a text exactly when one of the patterns does. Null when a pattern refers to its groups: test those one by one.
 */
export function joinPatterns(patterns: readonly string[], flags: string): RegExp | null {
  if (patterns.some((pattern) => REFERS_TO_GROUPS.test(pattern))) return null
  return new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|') || '(?!)', flags)
}
