/**
 * Built-in data files: valid, and complete as written. Bundles skip validating the data they inline (the build
 * runs the same check first: scripts/check-builtin-data.ts), so a default left out of a file would change what
 * a bundle reads.
 */
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {defineDataFile} from '@fzlint/core'
import {builtinDataFiles} from '@fzlint/builtin'

describe('built-in data files', () => {
  it.each(builtinDataFiles.map((dataFile) => [dataFile.name, dataFile]))('%s is valid and spells out every default', (_, dataFile) => {
    expect(dataFile.checkBuiltIn()).toEqual([])
  })
})

describe('DataFile.checkBuiltIn', () => {
  const entry = () => z.object({name: z.string(), form: z.enum(['named', 'share-of']).default('named')}).strict()

  it('names the key a default would fill in', () => {
    const dataFile = defineDataFile({name: 'sample', entry, builtIn: {entries: [{name: 'a', form: 'named'}, {name: 'b'}]}})
    expect(dataFile.checkBuiltIn()).toEqual([expect.stringMatching(/entry 2 of sample .*: form$/u)])
  })

  it('reports schema issues with the file named', () => {
    const dataFile = defineDataFile({name: 'sample', entry, builtIn: {entries: [{name: 1, form: 'named'}]}})
    expect(dataFile.checkBuiltIn()).toEqual([expect.stringContaining('sample')])
  })

  it('passes a complete file', () => {
    const dataFile = defineDataFile({name: 'sample', entry, builtIn: {entries: [{name: 'a', form: 'share-of'}]}})
    expect(dataFile.checkBuiltIn()).toEqual([])
  })
})

describe('patterns in data', () => {
  it('a configured pattern that is no valid regular expression is a data error naming the file, in every data file with patterns', () => {
    const broken = ['(未闭合']
    expect(() => builtinDataFiles.find((file) => file.name === 'sections')!.load([{kind: 'measures', patterns: broken}])).toThrow(/sections.*not a valid regular expression/su)
    expect(() => builtinDataFiles.find((file) => file.name === 'addressees')!.load([{profile: 'government', reportsTo: '某', patterns: broken, source: '[S1]', example: '某'}])).toThrow(
      /addressees.*not a valid regular expression/su,
    )
  })
})
