/** @fzlint/rules-frame: rules on the document frame — title, sign-off, and website residue around the report. */
import {defineRulePackage} from '@fzlint/core'
import webNoise from './web-noise/rule.js'
import {noiseData} from './web-noise/data.js'

export default defineRulePackage('frame', [webNoise], {dataFiles: [noiseData]})
