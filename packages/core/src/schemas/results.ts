/** zod schema of the JSON output (`--format json`): schemas/results.schema.json is generated from it. */
import {z} from 'zod'

const edit = z.object({range: z.tuple([z.number().int().min(0), z.number().int().min(0)]), text: z.string()}).strict()

export const lintMessageSchema = z
  .object({
    ruleId: z.string().nullable().describe('Rule id, or null for a problem with the file itself.'),
    messageId: z.string().optional(),
    severity: z.union([z.literal(1), z.literal(2)]).describe('1 warning, 2 error.'),
    message: z.string().describe('What is wrong, where, and what is expected (Chinese).'),
    line: z.number().int().min(1).describe('1-based line in the original file (for .docx: the paragraph\'s line in the extracted text; for .pdf: the line in the text extracted from it).'),
    column: z.number().int().min(1).describe('1-based column in UTF-16 code units.'),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional(),
    paragraph: z.number().int().min(1).optional().describe('1-based paragraph number in a .docx file.'),
    page: z.number().int().min(1).optional().describe('1-based page of a .pdf file where the finding begins; line and column are then those of the text extracted from the PDF.'),
    data: z.record(z.string(), z.unknown()).optional().describe('The rule\'s structured details.'),
    fix: z.array(edit).optional().describe('Text edits on the original file ([start, end) offsets).'),
    suggestions: z.array(z.object({desc: z.string(), fix: edit}).strict()).optional(),
    note: z.string().optional().describe('The regulation or standard the rule rests on.'),
    url: z.string().optional().describe('The rule\'s documentation.'),
    fatal: z.boolean().optional().describe('True when the file (or a rule) could not be processed.'),
  })
  .strict()

export const lintResultSchema = z
  .object({
    filePath: z.string(),
    messages: z.array(lintMessageSchema),
    errorCount: z.number().int().min(0),
    warningCount: z.number().int().min(0),
    fatalErrorCount: z.number().int().min(0),
    fixableErrorCount: z.number().int().min(0),
    fixableWarningCount: z.number().int().min(0),
    encoding: z.string().optional().describe('Encoding the file was decoded with.'),
    format: z.string().optional().describe('Reader used: text, markdown, docx, html.'),
  })
  .strict()

export const lintResultsSchema = z.array(lintResultSchema).describe('fzlint --format json: one object per file.')
