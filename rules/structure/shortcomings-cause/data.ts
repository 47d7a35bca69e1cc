/** The words that mark a cause analysis in the shortcomings section (不足**和原因**). */
import {defineDataFile, patternListEntrySchema} from '@fzlint/core'
import type {z} from 'zod'
import builtIn from './data/cause-markers.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function causeMarkerSchema() {
  return patternListEntrySchema({
    pattern: 'Regular expression (unicode) that, found in the section, shows a cause is given.',
    label: 'How the marker is named in messages and docs.',
    source: 'Where the marker comes from: a [Sn] tag of the domain notes, or a report.',
    example: 'A sentence from a report that the pattern matches.',
  })
}

export type CauseMarker = z.infer<ReturnType<typeof causeMarkerSchema>>

export const causeMarkersData = defineDataFile<CauseMarker>({
  name: 'cause-markers',
  entry: causeMarkerSchema,
  builtIn,
})
