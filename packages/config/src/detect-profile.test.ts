/**
 * detectProfile on the forms real openings take (each case is the shape of a published report's first lines; the
 * bodies named are examples). The page fixtures score it as a whole (scripts/score-pages.ts, test/pages.test.ts).
 */
import {describe, expect, it} from 'vitest'
import {parseReport} from '@fzlint/core'
import {detectProfile} from './detect-profile.js'

function profileOf(text: string) {
  return detectProfile(parseReport(text, {syntax: 'text'}))
}

const SECTION = '\n一、主要举措和成效\n正文。'

describe('detectProfile', () => {
  it('reads the organ in the title, the sign-off or the opening sentence', () => {
    expect(profileOf(`某市司法局关于2023年度法治政府建设情况的报告${SECTION}`)).toEqual({profile: 'department', organ: '某市司法局', basis: '某市司法局'})
    expect(profileOf(`某县某某镇人民政府关于2023年度法治政府建设情况的报告${SECTION}`).profile).toBe('township')
    expect(profileOf(`湖北省人民政府关于2023年度法治政府建设情况的报告\n2023年,省政府坚持以习近平新时代中国特色社会主义思想为指导。${SECTION}`).profile).toBe('government')
  })

  it('takes a government office as a department, not as the government', () => {
    expect(profileOf(`武定县人民政府办公室关于2022年度法治政府建设情况的报告${SECTION}`).profile).toBe('department')
  })

  it('finds the subject after the year, a basis, or the leadership it worked under', () => {
    const cases: [string, string, string][] = [
      ['2022年,在区委、区政府的正确领导下,三张镇坚持以习近平新时代中国特色社会主义思想为指导。', 'township', '三张镇'],
      ['2024年以来,礼让街街道办事处在区委、区政府的领导下,坚持以习近平法治思想为指导。', 'township', '礼让街街道办事处'],
      ['根据中共中央《法治中国建设规划》提出“实行法治建设年度报告制度”,以及市、区的具体部署,2023年,清波街道以深入学习贯彻习近平法治思想为核心。', 'township', '清波街道'],
      ['2021年,司法部坚持以习近平新时代中国特色社会主义思想为指导。', 'department', '司法部'],
      ['2025年,泾源县公安局以习近平法治思想为指导,深入贯彻落实中央、区、市、县的决策部署。', 'department', '泾源县公安局'],
      ['在以习近平同志为核心的党中央的坚强领导和亲切关怀下,自治区认真落实《法治政府建设实施纲要》。', 'government', '自治区'],
      ['2024年,市政府坚持以习近平新时代中国特色社会主义思想为指导。', 'government', '市政府'],
    ]
    for (const [opening, profile, organ] of cases) expect(profileOf(`${opening}${SECTION}`), opening).toEqual({profile, organ, basis: organ})
  })

  it('reads traditional characters as their simplified forms', () => {
    expect(profileOf(`2022年,在區委、區政府的正確領導下,三張鎮堅持以習近平新時代中國特色社會主義思想為指導。${SECTION}`).profile).toBe('township')
  })

  it('never takes 在区 or 各级 for an organ', () => {
    expect(profileOf(`2023年,在区委的领导下,各级各部门认真落实。${SECTION}`)).toEqual({profile: 'government', organ: null, basis: null})
  })

  it('with no organ named, goes by how the report speaks of itself', () => {
    expect(profileOf(`依据县考评指标文件精神,我镇对年度法治政府建设进行了自查,现报告如下:\n一、落实领导班子集体学法\n我镇党委、政府把法治政府建设列入议事日程。`).profile).toBe('township')
    expect(profileOf(`现将市人力资源和社会保障局2019年度法治政府建设工作报告如下:\n一、主要举措和成效\n我局全面贯彻落实纲要,局党组专题研究。我市营商环境持续优化。`)).toEqual({profile: 'department', organ: null, basis: '我局×1'})
  })

  it('leaves a county speaking of its towns (全乡镇、各镇党委) with the government', () => {
    expect(profileOf(`现将有关情况报告如下:\n一、主要举措和成效\n我县指导全乡镇开展普法,各镇党委落实责任。我县建成法治广场。`).profile).toBe('government')
  })
})
