/** Phrases of a request (请示) that a report must not carry: 妥否，请批示; 请予批准. */
import {definePatternList} from '@fzlint/core'
import builtIn from './data/request-phrases.json' with {type: 'json'}

export const requestPhrasesData = definePatternList({
  name: 'request-phrases',
  builtIn,
  describe: {
    pattern: 'Regular expression (unicode) matching the request as written; every match is reported.',
    label: 'What kind of request this is, named in the message (请示结语).',
    source: 'Where the phrase comes from: a [Sn] tag of the domain notes.',
    example: 'A sentence that the pattern matches.',
  },
})
