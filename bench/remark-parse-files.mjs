// Baseline process for the benchmark: reads every .txt file in a folder and parses it with remark-parse.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const directory = process.argv[2]
const processor = unified().use(remarkParse)
let nodes = 0
for (const name of readdirSync(directory)) {
  if (name.endsWith('.txt')) nodes += processor.parse(readFileSync(join(directory, name), 'utf8')).children.length
}
process.stdout.write(`${nodes}\n`)
