/**
 * findIndicators and `fzlint indicators` on two corpus reports, against expectations written by reading the reports:
 * every catalogued rate with the counts rate-consistency reads for it, and every catalogued count stated alone, at its
 * line. The command's JSON matches schemas/indicators-output.schema.json; its CSV is UTF-8 with BOM and RFC 4180.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {afterAll, describe, expect, it} from 'vitest'
import {parseReport} from '@fzlint/core'
import {findIndicators, indicatorsData} from '@fzlint/rules-numeric'
import {repositoryRoot, runCli} from './helpers/run-cli.js'

/** [line, id, value, unit, numerator, denominator]: a rate's counts as stated (null: not read), a count's none. */
type Expected = [number, string, number, string, number?, number?]

// gaoming-2023, read line by line. Left out, as the catalogue names no such indicator: 8388户 市场主体, 2727笔,
// 预防矛盾纠纷310件, 行政复议建议书2份 and 文书55份, 观察期案件8宗, 按时响应率.
const GAOMING: Expected[] = [
  [31, 'share-of-total', 88.36, '%', 7412, 8388], // 营业执照7412个，占……88.36% (of 新成立市场主体8388户 before it)
  [35, 'no-penalty-cases', 67099, '宗'],
  [35, 'no-penalty-cases', 305, '宗'], // “轻微免罚或不予处罚”案件305宗
  [35, 'no-penalty-cases', 66749, '宗'], // “首违不罚”案件66749宗
  [39, 'normative-document-cleanup', 180, '份'], // 180余份行政规范性文件开展专项清理
  [39, 'normative-document-cleanup', 70, '份'],
  [39, 'normative-document-cleanup', 7, '份'],
  [39, 'normative-document-cleanup', 21, '份'],
  [39, 'normative-document-cleanup', 30, '份'],
  [39, 'normative-document-cleanup', 32, '份'], // after the ；, still the 清理
  [39, 'normative-document-cleanup', 10, '份'],
  [39, 'normative-document-cleanup', 14, '份'],
  [47, 'enforcement-cases', 20976, '宗'],
  [47, 'enforcement-publicity', 35268, '条'],
  [57, 'disputes-screened', 4043, '次'],
  [57, 'disputes-mediated', 2505, '件'],
  [57, 'mediation-succeeded', 2499, '件'],
  [57, 'mediation-success', 99.8, '%', 2499, 2505],
  [59, 'review-received', 106, '宗'],
  [59, 'review-concluded', 48, '宗'],
  [59, 'review-mediated', 18, '宗'],
  [59, 'review-comprehensive-correction', 53.8, '%', undefined, 48], // 调解和解结案 is not the 综合纠错 count
  [61, 'lawsuit-cases', 166, '件'],
  [61, 'lawsuit-cases', 40, '件'],
  [61, 'litigation-win', 100, '%', undefined, 166],
  [61, 'court-appearance-cases', 130, '件'],
  [61, 'court-appearance', 100, '%', 130],
  [65, 'npc-proposals', 153, '件'],
  [65, 'hotline-requests', 55584, '个'],
  [65, 'hotline-requests', 69072, '件'],
  [65, 'completion', 100, '%'], // 按时响应率、办结率均为100%: 办理工单 is not a 受理 count
  [69, 'disclosure-applications', 35, '份'],
  [77, 'lawsuit-cases', 86, '宗'],
  [77, 'lawsuit-lost', 12, '宗'],
  [77, 'litigation-loss', 13.95, '%', 12, 86],
]

// yicheng-2020. Left out: 审批 figures (1012个事项), 309项 清单, 重大事项71次, 清理7次, 公开信息12000余条, 走访企业,
// 普法信息15000余条 (条 is no classifier of the 普法 entries), 会议20余次.
const YICHENG: Expected[] = [
  [13, 'share-of-total', 90, '%'], // 全程电子化占比90%: no count beside it
  [13, 'completion', 100, '%'],
  [15, 'no-penalty-cases', 374, '件'], // 对374件轻微违法不予处罚
  [15, 'no-penalty-cases', 2, '件'],
  [17, 'major-decisions', 3, '项'],
  [17, 'normative-document-review', 11, '件'], // 审查重大行政决策3项，规范性文件11件
  [17, 'legality-reviews', 85, '件'],
  [17, 'normative-document-cleanup', 21, '件'],
  [17, 'normative-document-cleanup', 3, '件'],
  [17, 'normative-document-cleanup', 11, '件'],
  [19, 'proposal-reply', 100, '%'],
  [19, 'proposal-reply', 100, '%'],
  [19, 'satisfaction', 100, '%'], // 办复率、满意率达到100%
  [21, 'mediation-success', 90, '%'], // 调处成功率达90%以上
  [21, 'review-received', 30, '件'],
  [21, 'review-concluded', 28, '件'],
  [21, 'review-comprehensive-correction', 22.4, '%', undefined, 28],
  [21, 'lawsuit-cases', 29, '件'],
  [21, 'court-appearance', 100, '%', undefined, 29],
  [23, 'law-exam-participants', 2560, '名'],
  [23, 'exam-excellent', 93.6, '%'], // 2560余名 stands before its noun: rate-consistency reads no denominator
  [23, 'legal-publicity-events', 120, '场次'],
  [23, 'legal-publicity-materials', 50000, '份'],
  [25, 'disputes-mediated', 920, '起'],
  [25, 'disputes-mediated', 268, '件'],
  [27, 'hotline-requests', 62000, '件'],
  [27, 'completion', 99, '%'], // 已接受 is no 受理 word of the catalogue
  [27, 'satisfaction', 98, '%'],
  [27, 'mediation-succeeded', 2576, '件'],
  [27, 'dispute-resolution', 100, '%'],
  [29, 'legal-publicity-events', 160, '场次'],
  [29, 'legal-publicity-events', 20, '场次'],
  [29, 'legal-publicity-materials', 16000, '份'],
  [29, 'legal-publicity-events', 40, '场次'],
  [39, 'officials-law-study', 26, '次'],
]

function readCorpus(slug: string): string {
  return readFileSync(join(repositoryRoot, 'fixtures/corpus', `${slug}.txt`), 'utf8')
}

function toExpected(rows: {line: number; id: string; value: number; unit: string; numerator?: {value: number}; denominator?: {value: number}}[]): Expected[] {
  return rows.map((row) => {
    const expected: Expected = [row.line, row.id, row.value, row.unit]
    if (row.denominator) expected.push(row.numerator?.value, row.denominator.value)
    else if (row.numerator) expected.push(row.numerator.value)
    return expected
  })
}

function findIn(slug: string) {
  const text = readCorpus(slug)
  const document = parseReport(text)
  return findIndicators(document).map((finding) => ({...finding, line: document.locator.toPoint(finding.offset).line}))
}

describe('findIndicators', () => {
  it('gaoming-2023: every catalogued rate with its counts and every count, at its line', () => {
    expect(toExpected(findIn('gaoming-2023'))).toEqual(GAOMING)
  })

  it('yicheng-2020: every catalogued rate with its counts and every count, at its line', () => {
    expect(toExpected(findIn('yicheng-2020'))).toEqual(YICHENG)
  })

  it('gives each finding its kind, label, the figure as written and its sentence', () => {
    const rate = findIn('gaoming-2023').find((finding) => finding.id === 'mediation-success')!
    expect(rate).toMatchObject({
      kind: 'rate',
      label: '调解成功率',
      name: '调解成功率',
      text: '99.8%',
      agrees: true,
      numerator: {value: 2499, unit: '件', label: '调解成功'},
      denominator: {value: 2505, unit: '件', label: '调解案件纠纷'},
    })
    expect(rate.sentence).toMatch(/^1-11月,全区各调解组织共排查基层矛盾纠纷4043次.*调解成功率99\.8%$/u)
    const count = findIn('gaoming-2023').find((finding) => finding.id === 'review-received')!
    expect(count).toMatchObject({kind: 'count', label: '收到（受理）行政复议申请', value: 106, unit: '宗', text: '106宗'})
    expect(count).not.toHaveProperty('numerator')
  })

  it('reads the counts of a rate as rate-consistency does: agrees false where the counts give another rate', () => {
    const document = parseReport('调解矛盾纠纷2505件，调解成功2400件，调解成功率99.8%。')
    expect(findIndicators(document).find((finding) => finding.kind === 'rate')).toMatchObject({id: 'mediation-success', agrees: false, numerator: {value: 2400}, denominator: {value: 2505}})
  })

  it('a subject before the figure decides a bare count, the nearest of several winning', () => {
    const ids = (text: string) => findIndicators(parseReport(text)).map((finding) => `${finding.id}:${finding.value}`)
    expect(ids('共收到行政复议申请106宗，审结98宗。')).toEqual(['review-received:106', 'review-concluded:98'])
    expect(ids('受理行政复议申请12件，全区一审行政诉讼案件86件，审结80件。')).toEqual(['review-received:12', 'lawsuit-cases:86', 'lawsuit-concluded:80'])
    // Without a subject, 审结 names nothing of the catalogue.
    expect(ids('全年审结98宗。')).toEqual([])
  })

  it('takes the catalogue from the options: a configured count entry is found, the built-in one without it is not', () => {
    const document = parseReport('全年办理法律援助案件320件。')
    expect(findIndicators(document)).toEqual([])
    const indicators = indicatorsData.load([
      {id: 'legal-aid-cases', label: '法律援助案件', form: 'count', count: {label: '法律援助案件', patterns: ['法律援助'], units: ['件']}, source: '[S1]', example: '办理法律援助案件320件'},
    ])
    expect(findIndicators(document, {indicators}).map((finding) => [finding.id, finding.value])).toEqual([['legal-aid-cases', 320]])
  })
})

const ajv = new Ajv2020({allErrors: true, strict: false})
const validateOutput = ajv.compile(JSON.parse(readFileSync(join(repositoryRoot, 'schemas/indicators-output.schema.json'), 'utf8')))

describe('fzlint indicators', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-indicators-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('prints JSON that matches its schema, with the same findings at the same lines, and columns', () => {
    const run = runCli(['indicators', 'fixtures/corpus/gaoming-2023.txt', 'fixtures/corpus/yicheng-2020.txt'])
    expect(run.status, run.stderr).toBe(0)
    const output = JSON.parse(run.stdout)
    expect(validateOutput(output), JSON.stringify(validateOutput.errors)).toBe(true)
    expect(output.files.map((file: {filePath: string}) => file.filePath)).toEqual(['fixtures/corpus/gaoming-2023.txt', 'fixtures/corpus/yicheng-2020.txt'])
    expect(toExpected(output.files[0].indicators)).toEqual(GAOMING)
    expect(toExpected(output.files[1].indicators)).toEqual(YICHENG)
    // 调解成功率 starts at column 101 of line 57 (UTF-16 columns, 1-based).
    const line57 = readCorpus('gaoming-2023').split('\n')[56]!
    const rate = output.files[0].indicators.find((row: {id: string}) => row.id === 'mediation-success')
    expect(rate.column).toBe(line57.indexOf('调解成功率') + 1)
  })

  it('reads .docx, .html and GB18030 text as the plain text, each place mapped to the file as findings are', () => {
    const run = runCli(['indicators', 'fixtures/docx/gaoming-2023.docx', 'fixtures/html/gaoming-2023.html', 'fixtures/gb18030/gaoming-2023.txt'])
    expect(run.status, run.stderr).toBe(0)
    const files = JSON.parse(run.stdout).files as {indicators: (Parameters<typeof toExpected>[0][number] & {column: number})[]}[]
    const read = (index: number) => files[index]!.indicators.map((row) => [row.id, row.value])
    const plain = GAOMING.map(([, id, value]) => [id, value])
    expect(read(0)).toEqual(plain)
    expect(read(1)).toEqual(plain)
    expect(toExpected(files[2]!.indicators)).toEqual(GAOMING)
    // In the page, 调解成功率 stands on its own line of HTML source, at its own column there.
    const html = readFileSync(join(repositoryRoot, 'fixtures/html/gaoming-2023.html'), 'utf8').split('\n')
    const rate = files[1]!.indicators.find((row) => row.id === 'mediation-success')!
    expect(html[rate.line - 1]!.slice(rate.column - 1)).toMatch(/^调解成功率99\.8%/u)
  })

  it('prints CSV: UTF-8 with BOM, CRLF, one row per finding, quoted where a field holds a comma', () => {
    const target = join(folder, 'indicators.csv')
    const run = runCli(['indicators', '--format', 'csv', '-o', target, 'fixtures/corpus/gaoming-2023.txt'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toBe('')
    const bytes = readFileSync(target)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toBe('file,id,label,kind,value,unit,numerator,denominator,line,column,sentence')
    expect(lines.at(-1)).toBe('')
    expect(lines).toHaveLength(GAOMING.length + 2)
    const mediation = lines.find((line) => line.includes(',mediation-success,'))!
    expect(mediation).toMatch(/^fixtures\/corpus\/gaoming-2023\.txt,mediation-success,调解成功率,rate,99\.8,%,2499,2505,57,\d+,"1-11月,全区/u)
  })

  it('names an unreadable file in both languages, exits 2 and still lists the others', () => {
    const binary = join(folder, 'broken.docx')
    writeFileSync(binary, 'not a zip')
    const run = runCli(['indicators', binary, 'fixtures/corpus/yicheng-2020.txt'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('broken.docx')
    expect(run.stderr).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/u)
    expect(run.stderr).not.toMatch(/\n\s+at /u)
    const output = JSON.parse(run.stdout)
    expect(validateOutput(output), JSON.stringify(validateOutput.errors)).toBe(true)
    expect(output.files[0]).toMatchObject({indicators: [], error: expect.stringContaining('broken.docx')})
    expect(toExpected(output.files[1].indicators)).toEqual(YICHENG)
  })

  it('refuses an unknown format or flag with a usage error, and prints the help', () => {
    const run = runCli(['indicators', '--format', 'xml', 'fixtures/corpus/yicheng-2020.txt'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('json、csv')
    const typo = runCli(['indicators', '--formt', 'csv', 'fixtures/corpus/yicheng-2020.txt'])
    expect(typo.status).toBe(2)
    expect(typo.stderr).toContain('did you mean --format?')
    const help = runCli(['indicators', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('fzlint indicators')
  })
})

describe('required-indicator on the profile fixtures (fixtures/profiles, the review preset)', () => {
  const groupsOf = (args: string[]) => {
    const run = runCli(['--format', 'json', '--config', 'fixtures/profiles/fzlint.config.json', ...args])
    expect([0, 1], run.stderr).toContain(run.status)
    return (JSON.parse(run.stdout) as {messages: {ruleId: string; line: number; data?: {group?: string}}[]}[]).map((result) =>
      result.messages.filter((message) => message.ruleId === 'required-indicator').map((message) => `${message.line}:${message.data?.group}`),
    )
  }

  it('asks each body for its own groups, the profile read from the title: the bureau lacks only 应诉, the 街道 nothing', () => {
    expect(groupsOf(['fixtures/profiles/department-2023.txt', 'fixtures/profiles/township-2023.txt'])).toEqual([['6:department-court-appearance'], []])
  })

  it('follows --profile: the same bureau read as a county government lacks all five government groups', () => {
    expect(groupsOf(['--profile', 'government', 'fixtures/profiles/department-2023.txt'])).toEqual([
      ['6:government-court-appearance', '6:government-administrative-review', '6:government-administrative-litigation', '6:government-normative-documents', '6:government-major-decisions'],
    ])
    expect(groupsOf(['--profile', 'department', 'fixtures/profiles/township-2023.txt'])).toEqual([['6:department-law-enforcement', '6:department-court-appearance', '6:department-disclosure']])
  })

  it('is off in the recommended preset', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fzlint-recommended-'))
    try {
      writeFileSync(join(folder, 'fzlint.config.json'), '{"root": true, "extends": ["recommended"]}')
      const run = runCli(['--format', 'json', '--config', join(folder, 'fzlint.config.json'), 'fixtures/profiles/department-2023.txt'])
      expect(JSON.parse(run.stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)).not.toContain('required-indicator')
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
