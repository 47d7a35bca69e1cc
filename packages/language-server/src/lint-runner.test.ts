/** The lint runner without its worker bundle: documents are still linted, on this thread, newest version only. */
import {describe, expect, it} from 'vitest'
import {describeOverTime} from '@fzlint/core'
import type {DocumentRequest} from './lint-protocol.js'
import {createLintRunner} from './lint-runner.js'

const report = ['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '2023年，我县扎实推进法治政府建设。', ''].join('\n')

const requestFor = (version: number, text = report): DocumentRequest => ({
  uri: 'untitled:report',
  version,
  text,
  path: 'untitled:report',
  syntax: 'text',
  isNamedBySettings: undefined,
  resolver: {cwd: process.cwd(), generation: 0},
  maxFileTimeMs: 30_000,
})

describe('createLintRunner without a worker bundle', () => {
  it('lints on this thread and says so', async () => {
    const runner = createLintRunner('no-such-worker.js')
    expect(runner.isOffMainThread).toBe(false)
    const reply = await runner.lint(requestFor(1))
    expect(reply.kind === 'linted' && reply.messages.map((message) => message.ruleId)).toContain('required-section')
  })

  it('answers superseded for a version a newer one overtook before its turn', async () => {
    const runner = createLintRunner(undefined)
    const [older, newer] = await Promise.all([runner.lint(requestFor(1)), runner.lint(requestFor(2))])
    expect(older).toEqual({kind: 'superseded'})
    expect(newer.kind).toBe('linted')
  })

  it('gives a document over its time budget the over-time result', async () => {
    const runner = createLintRunner(undefined)
    const reply = await runner.lint({...requestFor(1), maxFileTimeMs: 0.001})
    expect(reply.kind === 'linted' && reply.messages.map((message) => message.message)).toEqual([describeOverTime('untitled:report', 0.001)])
  })
})
