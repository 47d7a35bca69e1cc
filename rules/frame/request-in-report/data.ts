/** Phrases of a request (请示) that a report must not carry: 妥否，请批示; 请予批准. */
import {defineDataFile, patternListEntrySchema} from '@fzlint/core'
import type {z} from 'zod'
import builtIn from './data/request-phrases.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function requestPhraseSchema() {
  return patternListEntrySchema({
    pattern: 'Regular expression (unicode) matching the request as written; every match is reported.',
    label: 'What kind of request this is, named in the message (请示结语).',
    source: 'Where the phrase comes from: a [Sn] tag of the domain notes.',
    example: 'A sentence that the pattern matches.',
  })
}

export type RequestPhrase = z.infer<ReturnType<typeof requestPhraseSchema>>

export const requestPhrasesData = defineDataFile<RequestPhrase>({
  name: 'request-phrases',
  entry: requestPhraseSchema,
  builtIn,
})
