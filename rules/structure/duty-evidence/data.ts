/** The facts of a principal's duty that the first-responsible section (第一责任人职责情况) should report. */
import {defineDataFile, regexPatternSchema} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './data/duty-markers.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function dutyMarkerSchema() {
  return z
    .object({
      pattern: regexPatternSchema().describe('Regular expression (unicode) that, found in the section, shows a fact of the principal\'s duty is reported.'),
      label: z.string().min(1).describe('How the marker is named in messages and docs.'),
      source: z.string().min(1).describe('Where the duty comes from: a [Sn] tag of the domain notes.'),
      example: z.string().min(1).describe('A sentence from a report that the pattern matches.'),
    })
    .strict()
}

export type DutyMarker = z.infer<ReturnType<typeof dutyMarkerSchema>>

export const dutyMarkersData = defineDataFile<DutyMarker>({
  name: 'duty-markers',
  entry: dutyMarkerSchema,
  builtIn,
})
