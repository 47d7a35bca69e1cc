/** .html → report body text with positions mapped to the HTML source. */
import type {ReadInput, ReadOptions} from './read-input.js'
import {InputError} from './errors.js'

export async function readHtml(_bytes: Uint8Array, filePath: string, _options: ReadOptions): Promise<ReadInput> {
  throw new InputError('unsupported', filePath, `${filePath}: 暂不支持 .html / .html is not supported yet`)
}
