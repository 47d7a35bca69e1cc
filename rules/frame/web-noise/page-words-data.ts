/** Words of web page layouts: the field labels of metadata tables and the words of page widgets and header links. */
import {defineDataFile} from '@fzlint/core'
import {z} from 'zod'
import builtIn from './data/page-words.json' with {type: 'json'}

/** Built when first needed (configured entries, the JSON Schema), not when the module loads: see DataFileDefinition.entry. */
export function pageWordSchema() {
  return z
    .object({
      words: z
        .array(z.string().min(1).regex(/^\S+$/u))
        .min(1)
        .describe('Words as a page shows them, without spaces; a label also matches with spaces between its characters (索 引 号) and in any bracket, bullet or table cell.'),
      kind: z
        .enum(['field', 'widget'])
        .describe('field: the label of a metadata field (索引号, 发布时间), with or without its value; widget: a word of a button, switch, tab or header link (打印, 朗读, 设为首页) that makes a line of such words page chrome.'),
      source: z.string().min(1).describe('Where the words come from: a [Sn] tag of the domain notes, or a page of fixtures/pages.'),
      example: z.string().min(1).describe('A line from a real page with one of the words.'),
    })
    .strict()
}

export type PageWordEntry = z.infer<ReturnType<typeof pageWordSchema>>

export const pageWordsData = defineDataFile<PageWordEntry>({name: 'page-words', entry: pageWordSchema, builtIn})
