/**
 * The package rules of .dependency-cruiser.cjs — core at the bottom, rules on the core, builtin on the rules, the
 * entry points on top, no import cycles — checked over every source file by dependency-cruiser itself.
 */
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {repositoryRoot} from './helpers/run-cli.js'

interface Violation {
  rule: {name: string}
  from: string
  to: string
  cycle?: Array<{name: string} | string>
}

function cruise(): {violations: Violation[]; modules: number} {
  const run = spawnSync(process.execPath, [join(repositoryRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'packages', 'rules', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (run.stdout.trim() === '') throw new Error(`dependency-cruiser printed nothing (exit ${run.status}): ${run.stderr}`)
  const report = JSON.parse(run.stdout) as {summary: {violations: Violation[]; totalCruised: number}}
  return {violations: report.summary.violations, modules: report.summary.totalCruised}
}

describe('architecture', () => {
  const {violations, modules} = cruise()

  it('cruises the workspace sources', () => {
    expect(modules).toBeGreaterThan(200)
  })

  it('keeps the layers and has no import cycle', () => {
    const described = violations.map((violation) =>
      violation.cycle ? `${violation.rule.name}: ${[violation.from, ...violation.cycle.map((step) => (typeof step === 'string' ? step : step.name))].join(' → ')}` : `${violation.rule.name}: ${violation.from} → ${violation.to}`,
    )
    expect(described).toEqual([])
  })
})
