/** zod schema of `fzlint outline` output: schemas/outline.schema.json is generated from it. */
import {z} from 'zod'
import {SECTION_KINDS} from '@fzlint/core'

export interface OutlineSectionShape {
  kind: string | null
  text: string
  line: number
  depth: number
  children: OutlineSectionShape[]
}

const outlineSection: z.ZodType<OutlineSectionShape> = z.lazy(() =>
  z
    .object({
      kind: z.enum(SECTION_KINDS).nullable().describe('Which required part a top-level section is; null for lower headings or unrecognised ones.'),
      text: z.string().describe('Heading text without its ordinal.'),
      line: z.number().int().min(1),
      depth: z.number().int().min(1),
      children: z.array(outlineSection),
    })
    .strict(),
)

export const outlineSchema = z
  .object({
    filePath: z.string(),
    title: z.object({text: z.string(), line: z.number().int().min(1)}).strict().nullable(),
    year: z.number().int().nullable(),
    sections: z.array(outlineSection),
    signoff: z
      .object({
        issuer: z.string().nullable(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
        line: z.number().int().min(1),
      })
      .strict()
      .nullable(),
  })
  .strict()
