/** Input problems that stop one file from being linted; each says what is wrong in Chinese and English. */

export type InputProblem =
  | 'not-found'
  | 'unreadable'
  | 'is-directory'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'undecodable'
  | 'unsupported'
  | 'corrupt'
  | 'encrypted'
  | 'zip-bomb'
  /** A PDF with no text layer (a scan): there is nothing to lint without OCR. */
  | 'no-text'

export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly filePath: string,
    message: string,
    options?: {cause?: unknown},
  ) {
    super(message, options)
    this.name = 'InputError'
  }
}
