/** @fzlint/rule-tester: RuleTester, README-example cases and helpers to run one rule. */
export {RuleTester, formatOutputLines, type ValidCase, type InvalidCase, type ExpectedError} from './rule-tester.js'
export {lintWithRule, applyFixesOnce, type RunOptions} from './lint-with-rule.js'
export {readReadmeCases, parseExpectedLine, type ReadmeCase, type ExpectedLine} from './readme-cases.js'
export {testReadmeWithPrevious} from './readme-with-previous.js'
