/** .docx → text with paragraph positions. */
import type {ReadInput, ReadOptions} from './read-input.js'
import {InputError} from './errors.js'

export async function readDocx(_bytes: Uint8Array, filePath: string, _options: ReadOptions): Promise<ReadInput> {
  throw new InputError('unsupported', filePath, `${filePath}: 暂不支持 .docx / .docx is not supported yet`)
}
