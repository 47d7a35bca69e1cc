/**
 * An fzlint plugin: a rule package outside fzlint, loaded through a configuration's `plugins`:
 *
 *   {"plugins": ["fzlint-plugin-example"], "rules": {"example/no-draft-mark": "error"}}
 *
 * The default export is the rule package; its name (`example`) prefixes its rules' ids.
 */
import {defineRulePackage} from '@fzlint/core'
import noDraftMark from './no-draft-mark.js'

export {noDraftMark}

export default defineRulePackage('example', [noDraftMark], {
  docsUrl: (id) => `https://github.com/fzlint/fzlint/tree/main/examples/fzlint-plugin-example#${id}`,
})
