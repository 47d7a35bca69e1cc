/** Pairs each report with the same body's report of the nearest earlier year in the batch (last year beside this year). */
import {compareCodeUnits} from '@fzlint/core'

export interface YearedReport {
  filePath: string
  issuer: string | null
  year: number | null
}

/**
 * The issuing body as a comparison key: without spaces, brackets and a trailing 党组/党委 (a joint report of
 * the Party group and the office is the same body), and with 办事处 folded in (鹤龙街道办事处 = 鹤龙街道).
 */
export function normaliseBodyName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s()（）【】\[\]「」“”"']/gu, '')
    .replace(/(党组|党委|党工委)$/u, '')
    .replace(/办事处$/u, '')
}

/** previous[filePath] = the file of the same body from the latest earlier year. */
export function pairAcrossYears(reports: Iterable<YearedReport>): Map<string, string> {
  const byBody = new Map<string, YearedReport[]>()
  for (const report of reports) {
    if (report.issuer === null || report.year === null) continue
    const key = normaliseBodyName(report.issuer)
    if (key === '') continue
    const group = byBody.get(key) ?? []
    group.push(report)
    byBody.set(key, group)
  }
  const previous = new Map<string, string>()
  for (const group of byBody.values()) {
    if (group.length < 2) continue
    group.sort((a, b) => a.year! - b.year! || compareCodeUnits(a.filePath, b.filePath))
    // One walk over the sorted group: the latest earlier report is the one just before the current year's first.
    // (A batch may hold many copies of one body and year, so no search per report.)
    let latestEarlier: YearedReport | undefined
    let yearStart = 0
    for (let index = 0; index < group.length; index++) {
      const report = group[index]!
      if (report.year !== group[yearStart]!.year) {
        latestEarlier = group[index - 1]
        yearStart = index
      }
      // Two copies of one year (a draft and a final) are not each other's previous year.
      if (latestEarlier) previous.set(report.filePath, latestEarlier.filePath)
    }
  }
  return previous
}
