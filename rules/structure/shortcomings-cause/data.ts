/** The words that mark a cause analysis in the shortcomings section (不足**和原因**). */
import {defineDataFile, regexPatternSchema} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './data/cause-markers.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function causeMarkerSchema() {
  return z
    .object({
      pattern: regexPatternSchema()
        .describe('Regular expression (unicode) that, found in the section, shows a cause is given.'),
      label: z.string().min(1).describe('How the marker is named in messages and docs.'),
      source: z.string().min(1).describe('Where the marker comes from: a [Sn] tag of the domain notes, or a report.'),
      example: z.string().min(1).describe('A sentence from a report that the pattern matches.'),
    })
    .strict()
}

export type CauseMarker = z.infer<ReturnType<typeof causeMarkerSchema>>

export const causeMarkersData = defineDataFile<CauseMarker>({
  name: 'cause-markers',
  entry: causeMarkerSchema,
  builtIn,
})
