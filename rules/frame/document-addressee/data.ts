/** Whom each reporting body reports to (督察工作规定), as addressee patterns per profile. */
import {defineDataFile, regexPatternSchema} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './data/addressees.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function addresseeEntrySchema() {
  return z
    .object({
      profile: z.enum(['government', 'department', 'township']).describe('Reporting body.'),
      reportsTo: z.string().min(1).describe('Whom the regulation says this body reports to, for messages.'),
      patterns: z.array(regexPatternSchema()).min(1).describe('Regular expressions (unicode); an addressee matching any of them is expected.'),
      source: z.string().min(1),
      example: z.string().min(1),
    })
    .strict()
}

export type AddresseeEntry = z.infer<ReturnType<typeof addresseeEntrySchema>>

export const addresseesData = defineDataFile<AddresseeEntry>({name: 'addressees', entry: addresseeEntrySchema, builtIn, mergeKey: 'profile'})
