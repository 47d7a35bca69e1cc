/** The facts of a principal's duty that the first-responsible section (第一责任人职责情况) should report. */
import {defineDataFile, patternListEntrySchema} from '@fzlint/core'
import type {z} from 'zod'
import builtIn from './data/duty-markers.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function dutyMarkerSchema() {
  return patternListEntrySchema({
    pattern: 'Regular expression (unicode) that, found in the section, shows a fact of the principal\'s duty is reported.',
    label: 'How the marker is named in messages and docs.',
    source: 'Where the duty comes from: a [Sn] tag of the domain notes.',
    example: 'A sentence from a report that the pattern matches.',
  })
}

export type DutyMarker = z.infer<ReturnType<typeof dutyMarkerSchema>>

export const dutyMarkersData = defineDataFile<DutyMarker>({
  name: 'duty-markers',
  entry: dutyMarkerSchema,
  builtIn,
})
