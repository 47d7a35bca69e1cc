/** Meaning classes of the words before a count: words that say the same thing about what was counted (出庭, 到庭). */
import {defineDataFile} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './count-words.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function countWordEntrySchema() {
  return z
    .object({
      id: z.string().regex(/^[a-z]+(-[a-z]+)*$/u).describe('Stable kebab-case identifier that indicators name in `meanings`; configuration entries with the same id add words to it.'),
      label: z.string().min(1).describe('What the words mean, in Chinese (行政机关负责人).'),
      words: z
        .array(z.string().min(1))
        .min(1)
        .describe('Words as reports write them (负责人, 局长, 区长): any of them in the words before a count puts the count in this class. Plain text, not patterns.'),
      source: z.string().min(1).describe('Where the words come from: a [Sn] tag of the domain notes, or a report.'),
      example: z.string().min(1).describe('A count worded with one of the words.'),
    })
    .strict()
}

export type CountWordEntry = z.output<ReturnType<typeof countWordEntrySchema>>

export const countWordsData = defineDataFile<CountWordEntry>({
  name: 'count-words',
  entry: countWordEntrySchema as unknown as () => z.ZodType<CountWordEntry>,
  builtIn,
  mergeKey: 'id',
})
