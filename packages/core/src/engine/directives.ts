/** Inline control in Markdown: `<!-- fzlint-disable rule-id -->`, `fzlint-enable`, `fzlint-disable-next-line`. */
import type {Root} from 'mdast'
import type {VFileMessage} from 'vfile-message'
import type {Locator} from '../text/locator.js'

export interface DirectiveOptions {
  reportUnused: boolean
  locator: Locator
}

/** Messages that no directive turns off. (Full grammar lands with the configuration issue.) */
export function applyDirectives(messages: VFileMessage[], _tree: Root, _options: DirectiveOptions): VFileMessage[] {
  return messages
}
