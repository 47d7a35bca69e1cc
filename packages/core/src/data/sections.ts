/** The report's required parts (督察工作规定 (一)–(五)) and the title wordings that name each. */
import {z} from 'zod'
import builtIn from '../../data/sections.json' with {type: 'json'}
import {defineDataFile, regexPatternSchema} from './define-data.js'

export const SECTION_KINDS = ['measures', 'shortcomings', 'duty', 'plans', 'other'] as const
export type SectionKind = (typeof SECTION_KINDS)[number]

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function sectionEntrySchema() {
  return z
    .object({
      kind: z.enum(SECTION_KINDS).describe('Which required part of the report this entry describes.'),
      label: z.string().min(1).describe('The regulation\'s wording of the part, used in messages.').optional(),
      clause: z.string().describe('Item of the regulation\'s content list, e.g. （三）.').optional(),
      patterns: z
        .array(regexPatternSchema())
        .describe('Regular expressions (unicode) that classify a top-level heading as this part. Earlier entries win.'),
      nestedPatterns: z
        .array(regexPatternSchema())
        .describe('Stricter expressions that mean a lower-level heading covers this part (reported as nested).')
        .optional(),
      source: z.string().describe('Where the wording comes from: a [Sn] tag of the domain notes, or a report.').optional(),
      example: z.string().describe('A real heading this entry classifies.').optional(),
    })
    .strict()
}

export type SectionEntry = z.infer<ReturnType<typeof sectionEntrySchema>>

export const sectionsData = defineDataFile<SectionEntry>({
  name: 'sections',
  entry: sectionEntrySchema,
  builtIn,
  mergeKey: 'kind',
})
