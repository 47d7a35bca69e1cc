import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

tester.run(rule, {
  valid: [
    {name: 'growth rates may exceed 100%', text: '共出具政府信息公开申请答复、告知文书35份，同比上升218%。'},
    {name: 'a rate not in the catalogue', text: '新增市场主体增长率120%。'},
    {name: '100%以上 may be 100%', text: '出庭应诉率达100%以上。'},
    {name: 'a listed name shares the figure', text: '按时响应率、办结率均为100%。'},
    {name: 'a share of exactly 100%', text: '审结27宗，占100%。'},
    {name: 'a decrease is not a negative rate', text: '败诉率同比下降5%。'},
  ],
  invalid: [
    {
      name: '办结率 above 100%',
      text: '依申请公开办结率105%。',
      errors: [{messageId: 'overHundred', line: 1, column: 6, severity: 2, data: {indicator: 'completion', stated: 105}}],
    },
    {
      name: 'every listed name is checked',
      text: '按时响应率、办结率、出庭应诉率均为100.5%。',
      errors: [
        {messageId: 'overHundred', data: {indicator: 'completion', stated: 100.5}},
        {messageId: 'overHundred', data: {indicator: 'court-appearance', stated: 100.5}},
      ],
    },
    {
      name: '超过100% cannot be a share',
      text: '调解成功率超过100%。',
      errors: [{messageId: 'overHundred', data: {indicator: 'mediation-success'}}],
    },
    {
      name: 'a share after 占',
      text: '其中调解结案18件，占审结案件的112%。',
      errors: [{messageId: 'overHundred', data: {indicator: 'share-of-total', stated: 112}}],
    },
    {
      name: 'Chinese percentage form',
      text: '调解成功率百分之一百零五。',
      errors: [{messageId: 'overHundred', data: {stated: 105}}],
    },
    {
      name: 'a negative rate',
      text: '行政复议纠错率-3%。',
      errors: [{messageId: 'negative', data: {indicator: 'review-correction', stated: -3}}],
    },
  ],
})
