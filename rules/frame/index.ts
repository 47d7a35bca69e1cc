/** @fzlint/rules-frame: rules on the document frame — title, addressee, sign-off, and website residue around the report. */
import {defineRulePackage} from '@fzlint/core'
import documentAddressee from './document-addressee/rule.js'
import {addresseesData} from './document-addressee/data.js'
import documentSignoff from './document-signoff/rule.js'
import documentTitle from './document-title/rule.js'
import {requestPhrasesData} from './request-in-report/data.js'
import requestInReport from './request-in-report/rule.js'
import webNoise from './web-noise/rule.js'
import {noiseData} from './web-noise/data.js'
import {pageWordsData} from './web-noise/page-words-data.js'

export default defineRulePackage('frame', [documentTitle, documentAddressee, documentSignoff, requestInReport, webNoise], {
  dataFiles: [noiseData, pageWordsData, addresseesData, requestPhrasesData],
})
