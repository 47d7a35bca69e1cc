/**
 * findIndicators on sentences of real report pages (fixtures/pages, cited by file and line): the forms real text takes
 * that the corpus reports did not show, each read as a reviewer reads it, and the look-alikes that are not the
 * catalogue's indicator. Measured on the pages: rules/numeric/README.md, "Measured on real pages".
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseReport} from '@fzlint/core'
import {findIndicators} from '@fzlint/rules-numeric'
import {repositoryRoot} from './helpers/run-cli.js'

const found = (text: string) => findIndicators(parseReport(text)).map((finding) => `${finding.id}:${finding.value}${finding.unit}`)

/** Line `line` (1-based) of a page fixture, as stored. */
const pageLine = (page: string, line: number) => readFileSync(join(repositoryRoot, 'fixtures/pages', `${page}.txt`), 'utf8').split('\n')[line - 1]!

describe('findIndicators on real pages', () => {
  it('reads 学法 worded as 法治学习 or as 学习 of laws (学习《……法》等法律法规)', () => {
    // 020:24, 043:9, 051:8
    expect(found('以每两月1次频次开展党委理论学习中心组法治学习5次，组织干部职工学法4次。')).toEqual(['officials-law-study:5次', 'officials-law-study:4次'])
    expect(found('2024年理论学习中心组专题学习《中华人民共和国行政复议法》等相关法律法规11次。')).toEqual(['officials-law-study:11次'])
    expect(found('组织学习《民法典》《信访工作条例》等法律法规5次，开展酒驾醉驾警示教育、执法实务培训等活动3场。')).toEqual(['officials-law-study:5次'])
    // Studying a line of thought is not read as 学法 (a reviewer could argue either way): 044:4
    expect(found('街道工委理论学习中心组组织专题学习习近平法治思想3次，开展专题研讨4次。')).toEqual([])
  })

  it('reads a count written before its noun (16场法治宣传活动, 60件区政府重大行政决策事项)', () => {
    // 014:10, 032:12 (the owner 区政府 between the figure and its noun)
    expect(found('2022年，累计开展16场法治宣传活动。')).toEqual(['legal-publicity-events:16场'])
    expect(found('对60件区政府重大行政决策事项草案进行合法性审核。')).toEqual(['major-decisions:60件'])
    expect(found('审核2件区政府规范性文件。')).toEqual(['normative-document-review:2件'])
  })

  it('reads 法治课堂 and 法治授课 as 普法 events', () => {
    // 020:26, 039:6
    expect(found('在6个行政村开展“法治流动课堂”18次。')).toEqual(['legal-publicity-events:18次'])
    expect(found('全年牵头开展法治专题宣讲2场次，走进校园开展法治授课1场次。')).toEqual(['legal-publicity-events:2场次', 'legal-publicity-events:1场次'])
    // A 课题 is research, not a class.
    expect(found('开展法治建设课题研究3次。')).toEqual([])
  })

  it('reads a figure whose classifier follows after a space (text copied from PDF or a shared document)', () => {
    // 050:1
    expect(found('县政府常务会坚持会前学法制度，全年组织专题学法 12 次。组织开展实地督察 2 轮，通报问题单位 7 个。')).toEqual([
      'officials-law-study:12次',
      'supervision-inspections:2轮',
    ])
    const [finding] = findIndicators(parseReport('全年组织专题学法 12 次。'))
    expect(finding).toMatchObject({text: '12 次', value: 12})
    // A duration stays a duration.
    expect(found('开展法治宣传 12 个月。')).toEqual([])
  })

  it('reads the words before a count over a number without a classifier (12345受理354件: the hotline’s number)', () => {
    // 049:4
    expect(found('满意率100%；12345受理354件，办结350件。')).toEqual(['satisfaction:100%', 'hotline-requests:354件'])
    // A count before it still ends its words: 撤销2件 is no 行政复议申请.
    expect(found('受理行政复议申请12件，撤销2件、确认违法1件。').filter((id) => id.startsWith('review-received'))).toEqual(['review-received:12件'])
  })

  it('reads 持证比例 as the license-holding rate', () => {
    // 041:9
    expect(found('全局执法人员持证比例98%以上，新进人员执法资格证参考率100%。')[0]).toBe('license-holding:98%')
  })

  it('does not read a 公平竞争审查 count as a legality review of normative documents', () => {
    // 031:7: 合法性审查5件次 and 合同合法性审查3次 are, 公平竞争审查 of 规范性文件、合同等6件 is not
    const line = pageLine('031', 7)
    expect(line).toContain('全年审查规范性文件、合同等6件')
    expect(found(line)).toEqual(['normative-document-review:5件次', 'legality-reviews:3次'])
    expect(found('开展公平竞争审查，审查规范性文件12件。')).toEqual([])
    expect(found('审查规范性文件12件。')).toEqual(['normative-document-review:12件'])
  })

  // Forms seen on five further public report pages (towns and a district's review statistics) read after the fixes
  // above, as a held-out check: rules/numeric/README.md.
  it('reads 审结行政复议案件 and 复议案件 as the review organ’s cases (议案 inside 复议案件 is no NPC motion)', () => {
    expect(found('审结行政复议案件977件。')).toEqual(['review-concluded:977件'])
    expect(found('区政府审结的复议案件977件中直接纠错236件。')).toEqual(['review-concluded:977件', 'review-corrected:236件'])
    expect(found('共收到行政复议申请106宗，办结人大议案3件。')).toEqual(['review-received:106宗', 'npc-proposals:3件'])
  })

  it('reads 综合化解率 of 行政复议 as the comprehensive correction rate, not dispute resolution', () => {
    expect(found('直接纠错236件，纠错率24.2%，以调解、和解等方式结案170件，综合化解率达到42%。').filter((id) => id.endsWith('%'))).toEqual([
      'review-correction:24.2%',
      'review-comprehensive-correction:42%',
    ])
    expect(found('矛盾纠纷化解率99.2%。')).toEqual(['dispute-resolution:99.2%'])
  })

  it('reads the 普法 forms of the 八五 plan: 法律进村, 法治进校园, 读本, 惠及, and 法律法规 before 学习', () => {
    expect(found('组织村法律顾问开展“法律进村”活动50余场，联合派出所开展“法治进校园”活动9次。')).toEqual([
      'legal-publicity-events:50场',
      'legal-publicity-events:9次',
    ])
    expect(found('发放民法典读本950余本，禁毒手册1500余本，惠及群众3000余人。')).toEqual([
      'legal-publicity-materials:950本',
      'legal-publicity-materials:1500本',
      'legal-publicity-audience:3000人',
    ])
    expect(found('全年围绕习近平法治思想、宪法、民法典等法律法规组织专题学习8次。')).toEqual(['officials-law-study:8次'])
  })

  it('reads a count of disputes settled by 调解组织 (a count of the organisations is no count of disputes)', () => {
    expect(found('镇、村（社区）人民调解组织化解矛盾纠纷35件。')).toEqual(['disputes-mediated:35件'])
    expect(found('建立调解组织12个，调解组织排查纠纷隐患5次。').filter((id) => id.startsWith('disputes-mediated'))).toEqual([])
  })

  // Seen on three more public pages read after all of the above (two 街道, a bureau).
  it('reads 法治专题学习 as 学法, and a frequency (每月学法不少于1次) as no count', () => {
    expect(found('2025年，街道党工委理论学习中心组开展法治专题学习10余次，重点学习了宪法、民法典。')).toEqual(['officials-law-study:10次'])
    expect(found('坚持学深悟透，中心组每月学法不少于1次。')).toEqual([])
    expect(found('以每两月1次频次开展党委理论学习中心组法治学习5次。')).toEqual(['officials-law-study:5次'])
  })

  it('reads reviews of contracts, agreements and agenda items by legal counsel as legality reviews', () => {
    // 045:4, 017:9, 030:5, and fangxian-2023 line 31 of the corpus (审查重大政府协议150余件)
    expect(found(pageLine('045', 4))).toEqual(['legality-reviews:5份'])
    expect(found('法律顾问审查合同超185份、出具专业审查意见书143份，代理街道诉讼案件20余件。')).toEqual(['legality-reviews:185份'])
    expect(found('2023年共前置审核区政府常务会议及区长办公会议议题15次。')).toEqual(['legality-reviews:15次'])
    expect(found('政府法律顾问共参与涉法事务研究40余次，审查重大政府协议150余件。')).toEqual(['legality-reviews:150件'])
    expect(found('对12份合同进行合法性审查。')).toEqual(['legality-reviews:12份'])
    // Signing is no review; a 公平竞争审查 of contracts is another review.
    expect(found('签订合同30份。')).toEqual([])
    expect(found('健全公平竞争审查机制，全年审查规范性文件、合同等6件。')).toEqual([])
  })

  it('does not take a count naming its own object (信访事项, 群众诉求, 工单) for the 行政复议 of its statement', () => {
    expect(found('全年收到行政复议申请10件，办结信访事项60件，办结群众诉求120件。')).toEqual(['review-received:10件', 'hotline-requests:120件'])
    expect(found('共收到行政复议申请10件；全年办结12345工单500件。')).toEqual(['review-received:10件', 'hotline-requests:500件'])
    // 办结 after 行政诉讼 concludes lawsuits, the nearer subject.
    expect(found('全年收到行政复议申请10件，审结行政诉讼案件8件，办结5件。')).toEqual(['review-received:10件', 'lawsuit-concluded:8件', 'lawsuit-concluded:5件'])
    expect(found('共收到行政复议申请106宗，办结98宗。')).toEqual(['review-received:106宗', 'review-concluded:98宗'])
  })

  it('finds on the page fixtures the figures a reviewer reads there, and only those', () => {
    const ids = (page: string) => {
      const document = parseReport(readFileSync(join(repositoryRoot, 'fixtures/pages', `${page}.txt`), 'utf8'))
      return findIndicators(document).map((finding) => `${document.locator.toPoint(finding.offset).line}:${finding.id}:${finding.value}`)
    }
    expect(ids('051')).toEqual([
      '8:officials-law-study:5',
      '8:enforcement-staff:3',
      '8:exam-pass:100',
      '13:legal-publicity-events:2',
      '13:legal-publicity-audience:300',
      '13:legal-publicity-materials:400',
      '13:legal-publicity-events:2',
    ])
    expect(ids('049')).toEqual(['3:officials-law-study:5', '4:satisfaction:100', '4:hotline-requests:354'])
  })
})
