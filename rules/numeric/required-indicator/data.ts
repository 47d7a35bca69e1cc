/** The figures each reporting body's report is expected to state, as groups of catalogue indicators per profile. */
import {defineDataFile} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './data/expected-indicators.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function expectedIndicatorEntrySchema() {
  return z
    .object({
      id: z.string().regex(/^[a-z]+(-[a-z]+)*$/u).describe('Stable kebab-case identifier; configuration entries with the same id replace this one.'),
      profile: z.enum(['government', 'department', 'township']).describe('The reporting body whose report is expected to state these figures.'),
      label: z.string().min(1).describe('What the figures are about, in Chinese, for messages (行政机关负责人出庭应诉).'),
      indicators: z
        .array(z.string().regex(/^[a-z]+(-[a-z]+)*$/u))
        .min(1)
        .describe('Catalogue ids (rules/numeric/data/indicators.json), rates or counts: a report stating any of them states this group.'),
      basis: z.string().min(1).describe('Why such a report is expected to state them: the regulation or indicator system, quoted in the message.'),
      source: z.string().min(1).describe('Where the basis comes from: [Sn] tags of docs/sources.md.'),
      example: z.string().min(1).describe('A sentence stating one of the figures.'),
    })
    .strict()
}

export type ExpectedIndicatorEntry = z.infer<ReturnType<typeof expectedIndicatorEntrySchema>>

export const expectedIndicatorsData = defineDataFile<ExpectedIndicatorEntry>({
  name: 'expected-indicators',
  entry: expectedIndicatorEntrySchema,
  builtIn,
  mergeKey: 'id',
})
