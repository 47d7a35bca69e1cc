/** Small drafts that several end-to-end tests lint, so each shape is written once. */

/**
 * A report opening with numbering gaps (一、→三、, （一）→（三）) that numbering-sequence renumbers: `--fix` has
 * something to write, to (二）强化权力监督 and 二、存在的不足和原因.
 */
export const NUMBERING_GAP_DRAFT_LINES: readonly string[] = [
  '某县人民政府关于2023年度法治政府建设情况的报告',
  '一、主要举措和成效',
  '（一）推进依法行政',
  '全面推行行政执法“三项制度”。',
  '（三）强化权力监督',
  '自觉接受人大监督。',
  '三、存在的不足和原因',
  '部分工作人员法治意识有待提高，原因是学习培训不够深入。',
  '',
]

/** A Markdown draft's opening: the title and the measures part, as an editor or remark sees it. */
export const MARKDOWN_OPENING_LINES: readonly string[] = [
  '# 某县人民政府关于2023年度法治政府建设情况的报告',
  '',
  '## 一、主要举措和成效',
  '',
  '2023年，我县扎实推进法治政府建设。',
  '',
]

/** That opening followed by next year's plans: the measures and plans parts, the others missing. */
export const MARKDOWN_DRAFT_LINES: readonly string[] = [...MARKDOWN_OPENING_LINES, '## 二、2024年工作安排', '', '继续推进。', '']
