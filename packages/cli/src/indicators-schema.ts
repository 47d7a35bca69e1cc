/** zod schema of `fzlint indicators --format json` output: schemas/indicators-output.schema.json is generated from it. */
import {z} from 'zod'

const statedFigure = z
  .object({
    value: z.number().describe('The count (a scale applied: 1.2万件 → 12000).'),
    unit: z.string().describe('Its classifier (件, 宗, 人).'),
    label: z.string().describe('The words before it in its clause: what was counted (调解成功).'),
  })
  .strict()

const indicatorFinding = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/u).describe('The catalogue id (rules/numeric/data/indicators.json or the configuration\'s data.indicators).'),
    label: z.string().describe('The catalogue\'s name of the indicator (调解成功率, 收到（受理）行政复议申请).'),
    kind: z.enum(['rate', 'count']).describe('rate: a percentage with a catalogued name; count: a figure a count entry names.'),
    value: z.number().describe('99.8 for 99.8%, 106 for 106宗.'),
    unit: z.string().describe('% for a rate; the classifier of a count.'),
    text: z.string().describe('The figure as written (99.8%, 20余次).'),
    name: z.string().describe('For a rate: its name as written (调解成功率, 占).').optional(),
    numerator: statedFigure.describe('For a rate: the count it divides, where the report states it (as rate-consistency reads it).').optional(),
    denominator: statedFigure.describe('For a rate: the count it is divided by, where the report states it.').optional(),
    agrees: z.boolean().describe('For a rate with both counts: whether numerator ÷ denominator gives the stated rate.').optional(),
    line: z.number().int().min(1).describe('Line in the file as given (for .docx and .html, mapped as findings are).'),
    column: z.number().int().min(1),
    sentence: z.string().describe('The sentence that states it.'),
  })
  .strict()

export const indicatorsOutputSchema = z
  .object({
    version: z.string().describe('The fzlint version that read the files.'),
    files: z.array(
      z
        .object({
          filePath: z.string().describe('The file, relative to the working directory.'),
          indicators: z.array(indicatorFinding),
          error: z.string().describe('Why the file could not be read (its indicators are then empty).').optional(),
        })
        .strict(),
    ),
  })
  .strict()

export type IndicatorsOutput = z.output<typeof indicatorsOutputSchema>
export type IndicatorRow = z.output<typeof indicatorFinding>
