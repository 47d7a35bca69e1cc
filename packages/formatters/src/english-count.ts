/** English counts for the bilingual summaries: "1 problem", "2 problems" (Chinese needs no plural). */

/** `count` followed by the noun, plural unless the count is exactly one; `plural` for nouns not taking an s. */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}

/** "3 problems (1 error, 2 warnings)", the English half of every problem summary. */
export function describeProblemCounts(errors: number, warnings: number): string {
  return `${countNoun(errors + warnings, 'problem')} (${countNoun(errors, 'error')}, ${countNoun(warnings, 'warning')})`
}
