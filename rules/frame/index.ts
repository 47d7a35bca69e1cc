/** @fzlint/rules-frame: rules on the document frame — title, sign-off, and website residue around the report. */
import {defineRulePackage} from '@fzlint/core'
import documentSignoff from './document-signoff/rule.js'
import documentTitle from './document-title/rule.js'
import webNoise from './web-noise/rule.js'
import {noiseData} from './web-noise/data.js'

export default defineRulePackage('frame', [documentTitle, documentSignoff, webNoise], {dataFiles: [noiseData]})
