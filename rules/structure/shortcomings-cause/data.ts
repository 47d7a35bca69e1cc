/** The words that mark a cause analysis in the shortcomings section (不足**和原因**). */
import {definePatternList} from '@fzlint/core'
import builtIn from './data/cause-markers.json' with {type: 'json'}

export const causeMarkersData = definePatternList({
  name: 'cause-markers',
  builtIn,
  describe: {
    pattern: 'Regular expression (unicode) that, found in the section, shows a cause is given.',
    label: 'How the marker is named in messages and docs.',
    source: 'Where the marker comes from: a [Sn] tag of the domain notes, or a report.',
    example: 'A sentence from a report that the pattern matches.',
  },
})
