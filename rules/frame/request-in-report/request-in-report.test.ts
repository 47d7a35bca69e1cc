import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const head = '某县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n全年办理行政复议案件12件。'

tester.run(rule, {
  valid: [
    {name: 'a closing formula of a report', text: `${head}\n特此报告。`},
    {name: 'approval sought by others, told as a fact', text: `${head}\n重大行政决策均报请县政府批准后实施。`},
    {name: 'a suggestion to higher levels is not a request', text: `${head}\n建议上级加强对基层法治工作的指导。`},
  ],
  invalid: [
    {
      name: 'the closing of a request',
      text: `${head}\n以上报告，如无不妥，请批转各乡镇执行。`,
      errors: [{messageId: 'request', line: 4, column: 6, data: {label: '请示结语', text: '如无不妥，请批转'}}],
    },
    {
      name: 'a staffing request inside the plans',
      text: `${head}\n二、2024年工作安排\n拟增设法治督察专职人员2名，请予批准。`,
      errors: [{messageId: 'request', line: 5, data: {label: '请予批准', text: '请予批准'}}],
    },
    {name: '特此请示 as the last line', text: `${head}\n特此请示。`, errors: [{messageId: 'request', line: 4, column: 1}]},
  ],
})
