import {describe, expect, it} from 'vitest'
import {isColorWanted} from './color.js'

const terminal = {flag: undefined, env: {}, isTTY: true, hasOutputFile: false}

describe('isColorWanted', () => {
  it('colours a terminal and nothing else when nothing is set', () => {
    expect(isColorWanted(terminal)).toBe(true)
    expect(isColorWanted({...terminal, isTTY: false})).toBe(false)
    expect(isColorWanted({...terminal, hasOutputFile: true})).toBe(false)
  })

  it('NO_COLOR with any non-empty value turns colour off; an empty NO_COLOR does not (no-color.org)', () => {
    expect(isColorWanted({...terminal, env: {NO_COLOR: '1'}})).toBe(false)
    expect(isColorWanted({...terminal, env: {NO_COLOR: 'false'}})).toBe(false)
    expect(isColorWanted({...terminal, env: {NO_COLOR: ''}})).toBe(true)
  })

  it('FORCE_COLOR 1, 2, 3, true and empty turn colour on even off a terminal and over NO_COLOR, as in Node', () => {
    for (const value of ['1', '2', '3', 'true', '']) {
      expect(isColorWanted({...terminal, isTTY: false, env: {FORCE_COLOR: value, NO_COLOR: '1'}}), value).toBe(true)
    }
  })

  it('FORCE_COLOR 0 or false turns colour off on a terminal', () => {
    expect(isColorWanted({...terminal, env: {FORCE_COLOR: '0'}})).toBe(false)
    expect(isColorWanted({...terminal, env: {FORCE_COLOR: 'false'}})).toBe(false)
  })

  it('--color and --no-color win over both variables', () => {
    expect(isColorWanted({...terminal, flag: true, isTTY: false, env: {NO_COLOR: '1', FORCE_COLOR: '0'}})).toBe(true)
    expect(isColorWanted({...terminal, flag: false, env: {FORCE_COLOR: '3'}})).toBe(false)
  })
})
