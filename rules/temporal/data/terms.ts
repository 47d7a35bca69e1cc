/** Dated terms: names, plans and phrases that are right only for some report years (domain.md §4). */
import {defineDataFile, regexPatternSchema} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './terms.json' with {type: 'json'}

const year = () => z.number().int().min(1949).max(2100)

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function termSchema() {
  return z
    .object({
      term: z.string().min(1).describe('The term as messages name it (`七五普法`); entries with the same term are merged.'),
      patterns: z
        .array(regexPatternSchema())
        .min(1)
        .describe(
          'Regular expressions (unicode) matched against the text normalised so that brackets are `()`, every dash is `-`, ' +
            'every quote is `"`, 〈〉 are 《》 and full-width digits are ASCII.',
        ),
      validFrom: year().nullable().describe('First report year in which the term may be used as current; null when it has no start.'),
      validTo: year().nullable().describe('Last report year in which the term may be used as current; null while it is still current.'),
      note: z.string().min(1).describe('Why those years, in Chinese, as messages quote it (`“七五”普法规划的期限是2016—2020年`).'),
      replacement: z.string().min(1).nullable().describe('What a report after `validTo` should write; null when no successor is known.'),
      predecessor: z.string().min(1).nullable().default(null).describe('What a report before `validFrom` would have written; null when nothing.'),
      contextPatterns: z
        .array(regexPatternSchema())
        .default([])
        .describe('Regular expressions (unicode, same normalised text): when one matches the clause around a mention, the mention is historical or preparatory (`七五普法顺利通过验收`, `谋划“九五”普法`), not current.'),
      closingPatterns: z
        .array(regexPatternSchema())
        .default([])
        .describe(
          'Regular expressions (same normalised text) for the work that closes the term\'s period (`验收`, `总结`, `收官`): like `contextPatterns`, ' +
            'but only in reports up to `closingYears` after `validTo`. Later, `推进“七五”普法总结验收` is a sentence copied from an old report.',
        ),
      closingYears: z.number().int().min(0).max(10).default(1).describe('How many report years after `validTo` the closing work may still be reported.'),
      preparingPatterns: z
        .array(regexPatternSchema())
        .default([])
        .describe(
          'Regular expressions (same normalised text) for the work that prepares the term\'s period before it starts (`编制`, `谋划`, `纳入`, `衔接`): ' +
            'like `contextPatterns`, but only in reports up to `preparingYears` before `validFrom`. A 2025 report may write `纳入“十五五”规划`; a 2022 one is early.',
        ),
      preparingYears: z.number().int().min(0).max(10).default(1).describe('How many report years before `validFrom` the preparing work may be reported: 1 is the last year of the period before.'),
      source: z.string().min(1).describe('Where the dates come from: a [Sn] tag of domain.md.'),
      example: z.string().min(1).describe('A sentence that uses the term as current, as a report would.'),
    })
    .strict()
}

export type Term = z.infer<ReturnType<typeof termSchema>>

export const termsData = defineDataFile<Term>({
  name: 'terms',
  entry: termSchema as unknown as () => z.ZodType<Term>,
  builtIn,
  mergeKey: 'term',
})
