/** The facts of a principal's duty that the first-responsible section (第一责任人职责情况) should report. */
import {definePatternList} from '@fzlint/core'
import builtIn from './data/duty-markers.json' with {type: 'json'}

export const dutyMarkersData = definePatternList({
  name: 'duty-markers',
  builtIn,
  describe: {
    pattern: 'Regular expression (unicode) that, found in the section, shows a fact of the principal\'s duty is reported.',
    label: 'How the marker is named in messages and docs.',
    source: 'Where the duty comes from: a [Sn] tag of the domain notes.',
    example: 'A sentence from a report that the pattern matches.',
  },
})
