import {describe, expect, it} from 'vitest'
import type {NoiseEntry} from './data.js'
import {compileNoisePatterns, findFirstHit} from './noise-patterns.js'

const entry = (pattern: string, label: string, inline?: boolean): NoiseEntry => ({pattern, label, source: 'test', example: 'test', ...(inline ? {inline} : {})})

describe('compileNoisePatterns and findFirstHit', () => {
  it('names a line by the first pattern in catalogue order, not by the leftmost match', () => {
    const patterns = compileNoisePatterns([entry('版权所有', '版权'), entry('^首页', '导航')])
    expect(patterns.all.any).not.toBeNull()
    expect(findFirstHit(patterns.all, '首页 版权所有')?.entry.label).toBe('版权')
    expect(findFirstHit(patterns.all, '首页 网站地图')?.entry.label).toBe('导航')
    expect(findFirstHit(patterns.all, '全年审查文件12件')).toBeNull()
  })

  it('tests prose only against the inline patterns', () => {
    const patterns = compileNoisePatterns([entry('来源', '元数据'), entry('www\\.example\\.com', '水印', true)])
    expect(findFirstHit(patterns.inline, '来源:某局')).toBeNull()
    expect(findFirstHit(patterns.inline, '全年。www.example.com审查。')?.entry.label).toBe('水印')
  })

  it('does not join patterns that refer to their groups, and still finds their matches', () => {
    const patterns = compileNoisePatterns([entry('(\\d)\\1{3}', '重复数字'), entry('(?<word>首页)\\k<word>', '重复首页'), entry('^索引号$', '元数据表')])
    expect(patterns.all.any).toBeNull()
    expect(findFirstHit(patterns.all, '编号 7777')?.entry.label).toBe('重复数字')
    expect(findFirstHit(patterns.all, '首页首页')?.entry.label).toBe('重复首页')
    expect(findFirstHit(patterns.all, '索引号')?.entry.label).toBe('元数据表')
    expect(findFirstHit(patterns.all, '编号 1234')).toBeNull()
  })
})
