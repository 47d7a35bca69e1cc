/** The time each rule and each engine step takes (`TIMING=1`): one table, summed over the files linted with it. */

/**
 * Milliseconds per rule id, and per engine step in brackets (`(parse)`, `(model)`, `(directives, positions)`),
 * summed over the files linted with the same table: what `TIMING=1 fzlint …` prints, as ESLint's TIMING does.
 */
export type LintTimings = Map<string, number>

/** Adds the time since `start` (performance.now()) to `key`'s total. */
export function addTime(timings: LintTimings, key: string, start: number): void {
  timings.set(key, (timings.get(key) ?? 0) + (performance.now() - start))
}
