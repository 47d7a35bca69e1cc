/** The CLI's writes that can fail in the user's hands: the output file written or refused, and the error that says so. */
import {promises as fs} from 'node:fs'
import {dirname} from 'node:path'
import {describeFileSystemError} from '@fzlint/core/io'

/**
 * A file the command was asked to write could not be: the CLI prints `fzlint: <message>` and exits 2, without the
 * usage hint. Told by its mark, not its class, because `fzlint review` (loaded lazily) throws its own.
 */
export class FileWriteError extends Error {
  readonly isFileWriteError = true
}

export function isFileWriteError(error: unknown): boolean {
  return (error as {isFileWriteError?: unknown} | null)?.isFileWriteError === true
}

/**
 * `--output-file`: creates the missing parent folders and writes the report. Returns the bilingual problem, naming
 * the path, when that cannot be done (a folder given as the file, a parent that is a file, a read-only folder),
 * instead of letting Node's error reach the user as an internal error.
 */
export async function writeOutputFile(target: string, text: string): Promise<string | undefined> {
  try {
    await fs.mkdir(dirname(target), {recursive: true})
  } catch (error) {
    const reason = describeFileSystemError(error)
    return `${target}: 无法创建输出文件所在的目录：${reason.zh} / cannot create the output file's folder: ${reason.en}`
  }
  try {
    await fs.writeFile(target, text)
  } catch (error) {
    const reason = describeFileSystemError(error)
    return `${target}: 无法写入输出文件：${reason.zh} / cannot write the output file: ${reason.en}`
  }
  return undefined
}
