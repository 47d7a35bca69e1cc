/** Reporting and publication deadlines by report year, with the rule that sets each (domain.md §1). */
import {defineDataFile} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './deadlines.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function deadlineSchema() {
  return z
    .object({
      kind: z
        .enum(['signoff', 'publication'])
        .describe('`signoff`: the 成文日期 (the report is made and submitted); `publication`: the date a website published it.'),
      fromReportYear: z.number().int().min(1949).max(2100).describe('First report year the deadline applies to.'),
      toReportYear: z.number().int().min(1949).max(2100).nullable().default(null).describe('Last report year it applies to; null while in force.'),
      month: z.number().int().min(1).max(12).describe('Month of the last allowed day, in the year after the report year.'),
      day: z.number().int().min(1).max(31).describe('The last allowed day itself (inclusive).'),
      basis: z.string().min(1).describe('The regulation and article, as messages cite it.'),
      requirement: z.string().min(1).describe('What it requires, in Chinese, as messages quote it.'),
      source: z.string().min(1).describe('A [Sn] tag of domain.md.'),
      example: z.string().min(1).describe('A date line that breaks the deadline.'),
    })
    .strict()
}

export type Deadline = z.infer<ReturnType<typeof deadlineSchema>>

export const deadlinesData = defineDataFile<Deadline>({
  name: 'deadlines',
  entry: deadlineSchema as unknown as () => z.ZodType<Deadline>,
  builtIn,
})

/**
 * The deadline of `kind` for a report year: among the entries that apply, the one with the latest
 * `fromReportYear`; on a tie the later entry, so a configured local rule (湖北: departments by 3月1日) wins.
 */
export function findDeadline(deadlines: Deadline[], kind: Deadline['kind'], reportYear: number): Deadline | null {
  let found: Deadline | null = null
  for (const deadline of deadlines) {
    if (deadline.kind !== kind || deadline.fromReportYear > reportYear) continue
    if (deadline.toReportYear !== null && deadline.toReportYear < reportYear) continue
    if (!found || deadline.fromReportYear >= found.fromReportYear) found = deadline
  }
  return found
}
