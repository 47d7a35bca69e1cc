/** Every formatter on the shared mixed results: snapshots, plus the checks each machine format's consumer makes. */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {defineRule, lintText, type LintResult, type RuleMeta} from '@fzlint/core'
import {
  escapeCommandData,
  escapeCommandProperty,
  findFormatter,
  findStepSummaryFormatter,
  findStreamingFormatter,
  findStreamingStepSummaryFormatter,
  formatters,
  streamingFormatters,
  type FormatterContext,
} from '@fzlint/formatters'
import {describe, expect, it} from 'vitest'

const mixed = JSON.parse(readFileSync(new URL('../fixtures/results/mixed.json', import.meta.url), 'utf8')) as LintResult[]
const {rulesMeta, ruleDocs} = JSON.parse(readFileSync(new URL('../fixtures/results/rules-meta.json', import.meta.url), 'utf8')) as {
  rulesMeta: Record<string, RuleMeta>
  ruleDocs: Record<string, string>
}
const context: FormatterContext = {cwd: '/repo', color: false, rulesMeta, ruleDocs, toolVersion: '0.0.0-test'}

// Schema tooling is a dev dependency of the formatters package, so resolve it from there.
const formattersRequire = createRequire(new URL('../packages/formatters/package.json', import.meta.url))
const coreRequire = createRequire(new URL('../packages/core/package.json', import.meta.url))

function format(name: string, results: LintResult[] = mixed, overrides: Partial<FormatterContext> = {}): string {
  const formatter = findFormatter(name)
  if (!formatter) throw new Error(`no formatter ${name}`)
  return formatter(results, {...context, ...overrides})
}

const extensions: Record<string, string> = {stylish: 'txt', json: 'json', sarif: 'sarif.json', github: 'txt', junit: 'xml', gitlab: 'json'}

describe('snapshots of the mixed results', () => {
  it('covers every registered formatter', () => {
    expect(Object.keys(formatters).sort()).toEqual(Object.keys(extensions).sort())
  })
  for (const name of Object.keys(extensions)) {
    it(name, async () => {
      await expect(format(name)).toMatchFileSnapshot(`__snapshots__/formatters/${name}.${extensions[name]}`)
    })
  }
  it('github step summary', async () => {
    await expect(findStepSummaryFormatter('github')!(mixed, context)).toMatchFileSnapshot('__snapshots__/formatters/github-summary.md')
  })
  it('stylish in colour', async () => {
    await expect(format('stylish', mixed, {color: true})).toMatchFileSnapshot('__snapshots__/formatters/stylish-color.txt')
  })
})

describe('streaming', () => {
  // Many files, each written as it comes and then dropped: a copy per file, so a stream that kept a result would
  // still see the one given (the check is on the bytes; memory is measured by the benchmark).
  const many = Array.from({length: 30}, (_, index) => {
    const result = mixed[index % mixed.length]!
    return {...result, filePath: result.filePath.replace(/(\.[a-z]+)$/u, `-${index}$1`)}
  })

  it('has a streaming form of every format', () => {
    expect(Object.keys(streamingFormatters).sort()).toEqual(Object.keys(formatters).sort())
  })
  for (const name of Object.keys(formatters)) {
    it(`${name}: the pieces written file by file are the whole output`, () => {
      for (const results of [many, [], [mixed[1]!]]) {
        const stream = findStreamingFormatter(name)!(context)
        const pieces = [stream.start()]
        for (const result of results) pieces.push(stream.add(structuredClone(result)))
        pieces.push(stream.end())
        expect(pieces.join('')).toBe(format(name, results))
      }
    })
  }
  it('github step summary: the same when streamed', () => {
    const stream = findStreamingStepSummaryFormatter('github')!(context)
    const text = stream.start() + many.map((result) => stream.add(result)).join('') + stream.end()
    expect(text).toBe(findStepSummaryFormatter('github')!(many, context))
  })
  it('sarif: a rule seen only in a result is described, and its index points at it', () => {
    const unknown = structuredClone(mixed[0]!)
    unknown.messages = unknown.messages.filter((message) => !message.fatal).map((message) => ({...message, ruleId: 'plugin-rule'}))
    const log = JSON.parse(format('sarif', [mixed[0]!, unknown])) as SarifLog
    const rules = log.runs[0]!.tool.driver.rules
    const finding = log.runs[0]!.results.find((result) => result.ruleId === 'plugin-rule')!
    expect(rules[finding.ruleIndex!]!.id).toBe('plugin-rule')
  })
})

describe('stylish', () => {
  it('writes no escape codes without colour and some with it', () => {
    expect(format('stylish')).not.toContain('\u001B[')
    expect(format('stylish', mixed, {color: true})).toContain('\u001B[31m')
  })
  it('shows paths relative to cwd, skips clean files and keeps each message on one line', () => {
    const lines = format('stylish').split('\n')
    expect(lines).toContain('reports/某区2023年法治政府建设报告.txt')
    expect(lines.some((line) => line.includes('clean.md'))).toBe(false)
    const crash = lines.find((line) => line.includes('rule crashed'))!
    expect(crash).toContain('at create')
  })
  it('counts every finding in the summary, fatal ones included', () => {
    expect(format('stylish')).toContain('✖ 7 个问题（4 个错误，3 个警告）')
    expect(format('stylish', [mixed[1]!])).toBe('')
  })
})

describe('json', () => {
  it('is the results without the source text', () => {
    const parsed = JSON.parse(format('json')) as LintResult[]
    expect(parsed).toHaveLength(mixed.length)
    expect(parsed.every((result) => !('source' in result))).toBe(true)
    expect(parsed[0]!.messages[2]!.data).toEqual({actual: '四、', expected: '三、', previous: '二、'})
  })
})

interface SarifLog {
  runs: {
    tool: {driver: {rules: {id: string; help?: {text: string; markdown?: string}; helpUri?: string; defaultConfiguration?: {level: string}}[]}}
    columnKind: string
    invocations: {executionSuccessful: boolean; toolExecutionNotifications: {message: {text: string}}[]}[]
    results: {
      ruleId: string
      ruleIndex?: number
      level: string
      message: {text: string}
      locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number; endLine?: number; endColumn?: number}}}[]
      partialFingerprints: Record<string, string>
      properties?: {data?: unknown}
    }[]
  }[]
}

describe('sarif', () => {
  const log = JSON.parse(format('sarif')) as SarifLog
  const run = log.runs[0]!

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const Ajv = (formattersRequire('ajv-draft-04') as {default: typeof import('ajv').default}).default
    const addFormats = (formattersRequire('ajv-formats') as {default: typeof import('ajv-formats').default}).default
    const schema = formattersRequire('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
    // The schema's language pattern `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$` is invalid with the `u` flag.
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    // The validator must notice a broken log, or the check above proves nothing.
    expect(validate({...log, version: '2.0.0'})).toBe(false)
  })

  it('describes every rule that ran, with help from the README where given', () => {
    const ids = run.tool.driver.rules.map((rule) => rule.id)
    expect(ids).toEqual(Object.keys(rulesMeta).sort())
    const requiredSection = run.tool.driver.rules.find((rule) => rule.id === 'required-section')!
    expect(requiredSection.help!.markdown).toBe(ruleDocs['required-section'])
    expect(requiredSection.helpUri).toBe(rulesMeta['required-section']!.docs.url)
    expect(requiredSection.defaultConfiguration!.level).toBe('error')
    expect(run.tool.driver.rules.find((rule) => rule.id === 'web-noise')!.defaultConfiguration!.level).toBe('warning')
  })

  it('points each result at its rule, a repository-relative URI and a 1-based region', () => {
    expect(run.columnKind).toBe('utf16CodeUnits')
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId)
      const {artifactLocation, region} = result.locations[0]!.physicalLocation
      expect(artifactLocation.uri).not.toMatch(/^(\/|file:)/u)
      expect(region.startLine).toBeGreaterThanOrEqual(1)
      expect(region.startColumn).toBeGreaterThanOrEqual(1)
    }
    const first = run.results.find((result) => result.ruleId === 'numbering-sequence')!
    expect(decodeURIComponent(first.locations[0]!.physicalLocation.artifactLocation.uri)).toBe('reports/某区2023年法治政府建设报告.txt')
    expect(first.locations[0]!.physicalLocation.region).toEqual({startLine: 6, startColumn: 1, endLine: 6, endColumn: 3})
    expect(first.properties!.data).toEqual({actual: '四、', expected: '三、', previous: '二、'})
  })

  it('reports files and rules that could not be processed as tool notifications, not findings', () => {
    expect(run.results).toHaveLength(5)
    expect(run.invocations[0]!.executionSuccessful).toBe(false)
    const texts = run.invocations[0]!.toolExecutionNotifications.map((notification) => notification.message.text)
    expect(texts).toHaveLength(2)
    expect(texts.some((text) => text.includes('not a valid .docx'))).toBe(true)
  })
})

describe('fingerprints', () => {
  const testRule = defineRule({
    meta: {
      id: 'flag-pending',
      type: 'suggestion',
      defaultSeverity: 'warn',
      recommended: false,
      docs: {description: '标出“有待”'},
      messages: {pending: '“有待”表述空泛'},
    },
    create(ruleContext) {
      return {
        'report:exit'() {
          for (const match of ruleContext.source.matchAll(/有待/gu)) {
            ruleContext.report({messageId: 'pending', range: [match.index, match.index + match[0].length]})
          }
        },
      }
    },
  })
  const report = [
    '某区2023年法治政府建设情况报告',
    '一、主要举措和成效',
    '执法规范化水平有待提升。',
    '二、存在的不足和原因',
    '法治意识有待提高，制度建设有待加强。',
    '法治意识有待提高。',
    '',
  ].join('\n')

  function fingerprintsOf(text: string, formatName: 'sarif' | 'gitlab'): string[] {
    const {result} = lintText(text, {path: '/repo/report.txt', rules: [{rule: testRule, severity: 1}], format: 'text'})
    expect(result.messages.length).toBeGreaterThan(0)
    const output = JSON.parse(format(formatName, [result], {rulesMeta: {[testRule.meta.id]: testRule.meta}}))
    return formatName === 'sarif'
      ? (output as SarifLog).runs[0]!.results.map((entry) => Object.values(entry.partialFingerprints)[0]!)
      : (output as {fingerprint: string}[]).map((entry) => entry.fingerprint)
  }

  for (const formatName of ['sarif', 'gitlab'] as const) {
    it(`${formatName}: unchanged when lines are inserted above, distinct per finding`, () => {
      const before = fingerprintsOf(report, formatName)
      expect(new Set(before).size).toBe(before.length)
      const inserted = report.replace('一、主要举措和成效\n', '一、主要举措和成效\n新增一段说明。\n另一段。\n')
      expect(fingerprintsOf(inserted, formatName)).toEqual(before)
      // Renumbering the section heading is not a change of section either.
      expect(fingerprintsOf(inserted.replace('二、存在', '三、存在'), formatName)).toEqual(before)
    })
    it(`${formatName}: changed when the finding moves to another section`, () => {
      const before = fingerprintsOf(report, formatName)
      const moved = report.replace('执法规范化水平有待提升。\n', '').replace('二、存在的不足和原因\n', '二、存在的不足和原因\n执法规范化水平有待提升。\n')
      const after = fingerprintsOf(moved, formatName)
      expect(after[0]).not.toBe(before[0])
    })
  }
})

describe('github', () => {
  const output = format('github')
  const commandPattern = /^::(error|warning) ((?:[A-Za-z]+=[^,:]*)(?:,[A-Za-z]+=[^,:]*)*)::([^\r\n]*)$/u
  const unescape = (value: string) => value.replace(/%3A/gu, ':').replace(/%2C/gu, ',').replace(/%0D/gu, '\r').replace(/%0A/gu, '\n').replace(/%25/gu, '%')

  it('writes one parseable workflow command per finding', () => {
    const lines = output.trimEnd().split('\n')
    expect(lines).toHaveLength(mixed.reduce((sum, result) => sum + result.messages.length, 0))
    const messages = mixed.flatMap((result) => result.messages)
    lines.forEach((line, index) => {
      const match = commandPattern.exec(line)
      expect(match, line).not.toBeNull()
      const properties = Object.fromEntries(match![2]!.split(',').map((pair) => pair.split('=') as [string, string]))
      expect(match![1]).toBe(messages[index]!.severity === 2 ? 'error' : 'warning')
      expect(unescape(match![3]!)).toBe(messages[index]!.message)
      expect(Number(properties['line'])).toBe(messages[index]!.line)
      expect(unescape(properties['file']!)).toMatch(/^reports\//u)
    })
  })

  it('escapes data and properties as the runner decodes them', () => {
    expect(escapeCommandData('100% 完成\r\n下一行: a,b')).toBe('100%25 完成%0D%0A下一行: a,b')
    expect(escapeCommandProperty('报告: 第1,2段 100%\n')).toBe('报告%3A 第1%2C2段 100%25%0A')
    // In the message part only `%`, CR and LF are escaped, so the colon stays readable.
    expect(output).toContain("rule crashed: Cannot read properties of undefined (reading 'title')%0A    at create")
  })

  it('gives columns only for findings on one line', () => {
    const line = output.split('\n').find((entry) => entry.includes('numbering-sequence'))!
    expect(line).toMatch(/^::error file=reports\/某区2023年法治政府建设报告.txt,line=6,endLine=6,col=1,endColumn=3,title=fzlint numbering-sequence::/u)
  })

  it('summarises every finding in a markdown table for the job summary', () => {
    const summary = findStepSummaryFormatter('github')!(mixed, context)
    const rows = summary.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| 文件') && !line.startsWith('| ---'))
    expect(rows).toHaveLength(7)
    // A pipe or line break inside a message must not break the table.
    expect(rows.every((row) => row.split(/(?<!\\)\|/u).length === 7)).toBe(true)
    expect(findStepSummaryFormatter('github')!([mixed[1]!], context)).toContain('no problems')
  })
})

describe('junit', () => {
  const xml = format('junit')
  const {XMLParser, XMLValidator} = coreRequire('fast-xml-parser') as {
    XMLValidator: {validate(xml: string): true | object}
    XMLParser: new (options: object) => {parse(xml: string): {testsuites: {testsuite: unknown}}}
  }

  it('is well-formed XML with one testsuite per file and one testcase per rule', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: (name: string) => name === 'testsuite' || name === 'testcase'}).parse(xml)
    const suites = parsed.testsuites.testsuite as {name: string; failures: string; errors: string; testcase: {name: string; failure?: {message: string}}[]}[]
    expect(suites.map((suite) => suite.name)).toEqual(['reports/某区2023年法治政府建设报告.txt', 'reports/clean.md', 'reports/损坏的文件.docx', 'reports/乡镇/某镇总结.txt'])
    expect(suites[1]!.testcase.map((testcase) => testcase.name)).toEqual(Object.keys(rulesMeta).sort())
    expect(suites[1]!.failures).toBe('0')
    expect(suites[0]!.failures).toBe('3')
    expect(suites[0]!.errors).toBe('1')
    expect(suites[2]!.testcase.map((testcase) => testcase.name)).toEqual(['fzlint'])
    const noise = suites[3]!.testcase.find((testcase) => testcase.name === 'web-noise')!
    expect(noise.failure!.message).toContain('<span>分享到：微信 & 微博</span>')
  })

  it('escapes markup in messages', () => {
    expect(xml).toContain('&lt;span&gt;分享到：微信 &amp; 微博&lt;/span&gt;')
    expect(xml).toContain('&quot;依法行政&quot;')
  })
})

describe('gitlab', () => {
  it('is a code-quality report GitLab accepts', () => {
    const issues = JSON.parse(format('gitlab')) as {description: string; check_name: string; fingerprint: string; severity: string; location: {path: string; lines: {begin: number}}}[]
    expect(issues).toHaveLength(7)
    for (const issue of issues) {
      expect(typeof issue.description).toBe('string')
      expect(typeof issue.check_name).toBe('string')
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity)
      expect(issue.location.path).not.toMatch(/^\//u)
      expect(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1).toBe(true)
    }
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
    expect(issues.find((issue) => issue.check_name === 'numbering-sequence')).toMatchObject({severity: 'major', location: {path: 'reports/某区2023年法治政府建设报告.txt', lines: {begin: 6}}})
  })
})
