/** The CLI's writes that can fail in the user's hands: the output file written or refused, and the error that says so. */
import {closeSync, openSync, promises as fs, writeFileSync} from 'node:fs'
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

/** An output file open for writing a piece at a time; each call returns the problem, worded, when it fails. */
export interface OutputFile {
  write(text: string): string | undefined
  close(): string | undefined
}

/**
 * `--output-file` written as the report comes: creates the missing parent folders and the file (emptied), or returns
 * the problem as writeOutputFile words it. Writes are blocking: the report's pieces go out in order, and none waits
 * in memory for the disk.
 */
export async function openOutputFile(target: string): Promise<OutputFile | string> {
  try {
    await fs.mkdir(dirname(target), {recursive: true})
  } catch (error) {
    const reason = describeFileSystemError(error)
    return `${target}: 无法创建输出文件所在的目录：${reason.zh} / cannot create the output file's folder: ${reason.en}`
  }
  const describeWriteError = (error: unknown) => {
    const reason = describeFileSystemError(error)
    return `${target}: 无法写入输出文件：${reason.zh} / cannot write the output file: ${reason.en}`
  }
  let descriptor: number
  try {
    descriptor = openSync(target, 'w')
  } catch (error) {
    return describeWriteError(error)
  }
  return {
    write(text) {
      try {
        // Given a descriptor, writeFileSync writes all of the text at the current position (a short write is continued).
        writeFileSync(descriptor, text)
        return undefined
      } catch (error) {
        return describeWriteError(error)
      }
    },
    close() {
      try {
        closeSync(descriptor)
        return undefined
      } catch (error) {
        return describeWriteError(error)
      }
    },
  }
}
