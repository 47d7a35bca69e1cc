import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

tester.run(rule, {
  valid: [
    {name: 'dongguan-2018: one part of the total', text: '全年以我市各级行政机关为被告的行政诉讼案件1638宗，其中以市政府为被告的行政诉讼案件366宗。'},
    {name: 'parts that add to less: 其中 need not be exhaustive', text: '共受理100件，其中A类20件、B类30件。'},
    {name: 'parts equal to the total', text: '合计100件，其中A类60件、B类40件。'},
    {name: 'parts in another unit are not parts of the count', text: '共办理免罚案件120宗，其中轻微免罚案件100宗，涉及金额1910.11万元。'},
    {name: 'a later clause that states a new total ends the list', text: '全年受理行政复议申请50件，其中维持20件、撤销10件，审结45件，办结率90%。'},
    {name: 'a hedged total is open above', text: '共办理案件300余件，其中简易程序200件、普通程序105件。'},
    {name: 'details in parentheses are not added', text: '共受理100件，其中A类60件（含B类50件），C类30件。'},
    {name: 'pages/036: a 其中 in brackets lists only up to their close', text: '共取消15项(其中2项为子项),新增17项、扩大权限37项、部门间移交1项行政权力事项。'},
    {name: 'the next 其中 starts another list', text: '共受理100件，其中A类60件；审结80件，其中调解50件、判决30件。'},
  ],
  invalid: [
    {
      name: 'a 其中 in brackets whose own parts exceed the total',
      text: '共取消15项（其中子项10项、合并8项），新增17项。',
      errors: [{messageId: 'exceeds', data: {total: 15, sum: 18, parts: [10, 8]}}],
    },
    {
      name: 'parts over the total',
      text: '全年共收到行政复议申请50件，其中维持30件、撤销15件、确认违法8件。',
      errors: [{messageId: 'exceeds', line: 1, column: 20, severity: 2, data: {total: 50, sum: 53, parts: [30, 15, 8], unit: '件'}}],
    },
    {
      name: 'one part over the total: no sum to show',
      text: '全县行政执法人员1256人，其中持证1300人。',
      errors: [{messageId: 'partExceeds', line: 1, column: 19, data: {total: 1256, sum: 1300, parts: [1300], partText: '持证1300人'}}],
    },
    {
      name: '件 and 宗 count the same cases',
      text: '办理行政诉讼案件40宗，其中败诉12件、胜诉30件。',
      errors: [{messageId: 'exceeds', data: {total: 40, sum: 42}}],
    },
    {
      name: 'Chinese numerals and 万 in the counts',
      text: '共接待群众一万二千人次，其中来访8000人次、来电0.5万人次。',
      errors: [{messageId: 'exceeds', data: {total: 12000, sum: 13000}}],
    },
    {
      name: '其中 opening the sentence refers to the last count before it',
      text: '全年受理行政复议申请50件。其中维持30件、撤销25件。',
      errors: [{messageId: 'exceeds', data: {total: 50, sum: 55}}],
    },
    {
      name: 'parts hedged with 余 still exceed an exact total',
      text: '共办理案件100件，其中简易程序60余件、普通程序50件。',
      errors: [{messageId: 'exceeds', data: {total: 100, sum: 110}}],
    },
  ],
})
