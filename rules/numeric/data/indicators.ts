/** The indicator catalogue: rates reports state, the phrases naming their counts, whether they are shares, and counts stated alone. */
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
      names: z
        .array(z.string().min(1))
        .min(1)
        .describe('Names of the rate as they stand right before the figure (调解成功率, 调处成功率); the longest match wins. Required for a rate, absent for a count.')
        .optional(),
      notPrecededBy: z
        .array(z.string().min(1))
        .describe('Words that, right before a name, make it a different rate (按时 before 办结率).')
        .optional(),
      form: z
        .enum(['named', 'share-of', 'count'])
        .describe(
          'named: "调解成功率99.8%"; share-of: "7412个，占……88.36%", the count before 占 over a total stated before it; ' +
            'count: a figure stated without a rate ("受理行政复议申请106宗"), found by `count`.',
        )
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
      count: countPhrases()
        .extend({
          patterns: z
            .array(regexPatternSchema())
            .describe('Regular expressions (unicode) matched against the words before the figure in its clause (受理行政复议申请 in 受理行政复议申请106宗).'),
          following: z
            .array(regexPatternSchema())
            .describe('Regular expressions matched against the words after the figure up to its clause\'s end, for counts written before their noun (制定的7件规范性文件进行合法性审查).')
            .optional(),
          context: z
            .array(regexPatternSchema())
            .describe(
              'Regular expressions of which one must match the sentence before the figure: the subject a bare count belongs to (行政复议 for 审结48宗 in 共收到行政复议申请106宗，审结48宗). ' +
                'Of several such entries matching one figure, the one whose subject stands nearest before it wins.',
            )
            .optional(),
          notInSentence: z
            .array(regexPatternSchema())
            .describe(
              'Regular expressions that, matching anywhere in the figure\'s sentence, make it another count: a review of another kind stated in the same sentence ' +
                '(公平竞争审查 for 审查规范性文件、合同等6件 in 健全公平竞争审查机制，规范开展审查工作，全年审查规范性文件、合同等6件: not a legality review).',
            )
            .optional(),
          units: z.array(z.string().min(1)).min(1).describe('The classifiers the count may have (件, 宗, 起): a figure with another unit is not this count.'),
        })
        .strict()
        .describe('For form "count": the words that name the figure. A figure whose words match no other count entry before this one is this count.')
        .optional(),
      formula: z.string().min(1).describe('The formula as a reviewer writes it, quoted in messages. Required for a rate.').optional(),
      isShare: z.boolean().describe('A part of a whole: between 0% and 100%. Growth rates are not shares. Required for a rate.').optional(),
      source: z.string().min(1).describe('Where the definition comes from: a [Sn] tag of the domain notes.'),
      example: z.string().min(1).describe('A sentence stating the rate or the count.'),
    })
    .strict()
    .superRefine((entry, context) => {
      if (entry.form === 'count') {
        if (!entry.count) context.addIssue({code: 'custom', path: ['count'], message: 'a count entry needs `count` (the words that name the figure)'})
        if (entry.count && entry.count.patterns.length === 0 && (entry.count.meanings ?? []).length === 0 && (entry.count.following ?? []).length === 0)
          context.addIssue({code: 'custom', path: ['count'], message: '`count` needs patterns, meanings or following'})
        return
      }
      for (const key of ['names', 'formula', 'isShare'] as const) {
        if (entry[key] === undefined) context.addIssue({code: 'custom', path: [key], message: `a rate (form "${entry.form}") needs \`${key}\``})
      }
    })
}

export type IndicatorEntry = z.output<ReturnType<typeof indicatorEntrySchema>>

/** A rate of the catalogue (form named or share-of): its name, formula and share-ness are there. */
export type RateIndicatorEntry = IndicatorEntry & {form: 'named' | 'share-of'; names: string[]; formula: string; isShare: boolean}

/** A count of the catalogue (form count). */
export type CountIndicatorEntry = IndicatorEntry & {form: 'count'; count: NonNullable<IndicatorEntry['count']>}

export function isRateEntry(entry: IndicatorEntry): entry is RateIndicatorEntry {
  return entry.form !== 'count' && entry.names !== undefined && entry.formula !== undefined && entry.isShare !== undefined
}

export function isCountEntry(entry: IndicatorEntry): entry is CountIndicatorEntry {
  return entry.form === 'count' && entry.count !== undefined
}

export const indicatorsData = defineDataFile<IndicatorEntry>({
  name: 'indicators',
  entry: indicatorEntrySchema as unknown as () => z.ZodType<IndicatorEntry>,
  builtIn,
  mergeKey: 'id',
})
