/** The fields fzlint adds to mdast nodes' `data`. */
import type {Numbering} from './numbering.js'

declare module 'mdast' {
  interface HeadingData {
    /** The official ordinal that starts the heading, when it has one. */
    numbering?: Numbering
    /** The heading's text without its ordinal, white space or closing `。`. */
    title?: string
    /** True when the heading was split off the front of a paragraph (`（一）……方面。一是……`). */
    runIn?: boolean
  }
}

export {}
