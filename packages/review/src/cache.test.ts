import {existsSync, mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildCacheKey, readCacheEntry, writeCacheEntry} from './cache.js'
import {isReviewRecord} from './record.js'

const parts = {kind: 'lint', contentHash: 'c', configFingerprint: 'f', version: '1.0.0'} as const

describe('buildCacheKey', () => {
  it('changes with each part: kind, content, configuration, version, last year and path', () => {
    const key = buildCacheKey(parts)
    expect(buildCacheKey(parts)).toBe(key)
    for (const changed of [
      {...parts, kind: 'review' as const},
      {...parts, contentHash: 'd'},
      {...parts, configFingerprint: 'g'},
      {...parts, version: '1.0.1'},
      {...parts, previousContentHash: 'p'},
      {...parts, filePath: '/a.txt'},
    ]) {
      expect(buildCacheKey(changed), JSON.stringify(changed)).not.toBe(key)
    }
  })
})

describe('readCacheEntry', () => {
  const isNumberList = (value: unknown) => (Array.isArray(value) && value.every((item) => typeof item === 'number') ? (value as number[]) : undefined)

  it('returns an entry of the right shape with its JSON as stored', () => {
    const directory = mkdtempSync(join(tmpdir(), 'fzlint-cache-'))
    const key = buildCacheKey(parts)
    writeCacheEntry(directory, key, '[1, 2]')
    expect(readCacheEntry(directory, key, isNumberList)).toEqual({entry: [1, 2], json: '[1, 2]'})
  })

  it('deletes an entry of the wrong shape or damaged JSON, and answers null', () => {
    const directory = mkdtempSync(join(tmpdir(), 'fzlint-cache-'))
    for (const json of ['{"a": 1}', '[1, 2', '']) {
      const key = buildCacheKey({...parts, contentHash: json})
      writeCacheEntry(directory, key, json)
      const path = join(directory, key.slice(0, 2), `${key}.json`)
      expect(existsSync(path)).toBe(true)
      expect(readCacheEntry(directory, key, isNumberList), json).toBeNull()
      expect(existsSync(path), json).toBe(false)
    }
  })

  it('answers null for a key never written, and leaves no temporary file behind a write', () => {
    const directory = mkdtempSync(join(tmpdir(), 'fzlint-cache-'))
    expect(readCacheEntry(directory, buildCacheKey(parts), isNumberList)).toBeNull()
    const key = buildCacheKey(parts)
    writeCacheEntry(directory, key, '[]')
    expect(readdirSync(join(directory, key.slice(0, 2)))).toEqual([`${key}.json`])
  })
})

describe('isReviewRecord', () => {
  const record = {
    filePath: '/a.txt',
    failure: null,
    title: '某县2023年法治政府建设情况的报告',
    issuer: null,
    year: 2023,
    profile: 'government',
    sections: null,
    errorCount: 1,
    warningCount: 0,
    messages: [{ruleId: 'required-section', severity: 2, message: '缺少', line: 1, column: 1, sectionKind: null, sectionTitle: null}],
    indicators: [],
  }

  it('accepts a record and refuses one missing a field the reports read', () => {
    expect(isReviewRecord(record)).toBe(true)
    expect(isReviewRecord({...record, messages: undefined})).toBe(false)
    expect(isReviewRecord({...record, errorCount: '1'})).toBe(false)
    expect(isReviewRecord({...record, messages: [{...record.messages[0], severity: 3}]})).toBe(false)
    // An entry written before the records carried indicators is reviewed again; a failure has none to carry.
    expect(isReviewRecord({...record, indicators: undefined})).toBe(false)
    expect(isReviewRecord({...record, indicators: undefined, failure: '无法读取'})).toBe(true)
    expect(isReviewRecord(null)).toBe(false)
  })
})
