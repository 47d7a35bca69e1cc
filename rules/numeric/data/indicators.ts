/** The indicator catalogue: rates reports state, the phrases naming their counts, and whether they are shares. */
import {defineDataFile, regexPatternSchema} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './indicators.json' with {type: 'json'}

const countPhrases = () =>
  z
    .object({
      label: z.string().min(1).describe('What is counted, in Chinese, for messages (调解成功件数).'),
      patterns: z
        .array(regexPatternSchema())
        .min(1)
        .describe('Regular expressions (unicode) matched against the words before a count in its clause (调解成功 in 调解成功2499件).'),
      meanings: z
        .array(z.array(z.string().regex(/^[a-z]+(-[a-z]+)*$/u)).min(1))
        .describe(
          'Combinations of meaning classes (ids of count-words entries): the words before a count that hold a word of every class of one ' +
            'combination name this count, in any order and wording (负责人出庭, 出庭应诉的行政机关负责人, 区长到庭 for [official-in-charge, court-appearance]).',
        )
        .optional(),
      exclude: z
        .array(regexPatternSchema())
        .describe('Regular expressions that disqualify a clause even when a pattern or a meaning matches (调解组织 is not 调解).')
        .optional(),
    })
    .strict()

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function indicatorEntrySchema() {
  return z
    .object({
      id: z.string().regex(/^[a-z]+(-[a-z]+)*$/u).describe('Stable kebab-case identifier; configuration entries with the same id extend this one.'),
      label: z.string().min(1).describe('The indicator\'s usual name, used in messages.'),
      names: z.array(z.string().min(1)).min(1).describe('Names of the rate as they stand right before the figure (调解成功率, 调处成功率); the longest match wins.'),
      notPrecededBy: z
        .array(z.string().min(1))
        .describe('Words that, right before a name, make it a different rate (按时 before 办结率).')
        .optional(),
      form: z
        .enum(['named', 'share-of'])
        .describe('named: "调解成功率99.8%"; share-of: "7412个，占……88.36%", the count before 占 over a total stated before it.')
        .default('named'),
      numerator: countPhrases().describe('The count the rate divides.').optional(),
      denominator: countPhrases()
        .extend({
          outcomes: z
            .array(regexPatternSchema())
            .min(1)
            .describe(
              'Regular expressions naming how a case ends (维持, 撤销, 终止): a count followed by counts of such outcomes that add up to it exactly counts as the denominator, every case of it having ended (受理12件，其中维持9件、撤销2件、确认违法1件).',
            )
            .optional(),
        })
        .strict()
        .describe('The count it is divided by.')
        .optional(),
      formula: z.string().min(1).describe('The formula as a reviewer writes it, quoted in messages.'),
      isShare: z.boolean().describe('A part of a whole: between 0% and 100%. Growth rates are not shares.'),
      source: z.string().min(1).describe('Where the definition comes from: a [Sn] tag of the domain notes.'),
      example: z.string().min(1).describe('A sentence stating the rate.'),
    })
    .strict()
}

export type IndicatorEntry = z.output<ReturnType<typeof indicatorEntrySchema>>

export const indicatorsData = defineDataFile<IndicatorEntry>({
  name: 'indicators',
  entry: indicatorEntrySchema as unknown as () => z.ZodType<IndicatorEntry>,
  builtIn,
  mergeKey: 'id',
})
