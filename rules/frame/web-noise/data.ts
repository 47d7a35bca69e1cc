/** The catalogue of website residue (page chrome, footers, metadata tables) that drafts pick up when copied from a web page. */
import {defineDataFile, patternListEntrySchema} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './data/noise.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function noiseSchema() {
  return patternListEntrySchema({
    pattern:
      'Regular expression (unicode) tested against one line, trimmed and NFKC-normalised (full-width ：｜（ become half-width :|( ), so write half-width punctuation. Anchor it (^…$) unless the matched words never occur in report prose.',
    label: 'What kind of residue this is, named in the message (e.g. 网站导航).',
    source: 'Where the pattern comes from: a [Sn] tag of the domain notes, or a report.',
    example: 'A line from a real page that the pattern matches.',
  })
    .extend({
      valueOnNextLine: z
        .boolean()
        .optional()
        .describe('The pattern is a bare field label of a metadata table; the next non-empty short line is its value and is residue too.'),
      inline: z
        .boolean()
        .optional()
        .describe('The residue is also injected inside paragraphs (a reposting site\'s watermark): it is looked for in prose too, and only the matched text is removed when the rest of the line is report text.'),
    })
    .strict()
}

export type NoiseEntry = z.infer<ReturnType<typeof noiseSchema>>

export const noiseData = defineDataFile<NoiseEntry>({
  name: 'noise',
  entry: noiseSchema,
  builtIn,
})
