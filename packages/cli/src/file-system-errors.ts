/** File-system errors in the user's words: an errno code → a short bilingual reason, and the CLI's output file written or refused. */
import {promises as fs} from 'node:fs'
import {dirname} from 'node:path'

/** The reasons a user can act on, [Chinese, English]; any other code is shown as it is. */
const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  EACCES: ['没有权限', 'permission denied'],
  EPERM: ['不允许此操作', 'operation not permitted'],
  EISDIR: ['这是一个目录，不是文件', 'it is a directory, not a file'],
  ENOTDIR: ['路径中有一段不是目录', 'a part of the path is not a directory'],
  ENOENT: ['不存在', 'it does not exist'],
  EROFS: ['所在的文件系统只读', 'read-only file system'],
  ENOSPC: ['磁盘空间不足', 'no space left on the device'],
  EDQUOT: ['超出磁盘配额', 'disk quota exceeded'],
  ELOOP: ['符号链接循环', 'too many levels of symbolic links'],
  ENAMETOOLONG: ['路径太长', 'path too long'],
  // mkdir of a folder whose name a file already has.
  EEXIST: ['已有同名的文件', 'a file of that name already exists'],
  EBUSY: ['正被占用', 'busy'],
}

/** The reason of an error thrown by node:fs, in both languages: `{zh: '没有权限（EACCES）', en: 'permission denied (EACCES)'}`. */
export function describeFileSystemError(error: unknown): {zh: string; en: string} {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code !== undefined && Object.hasOwn(REASONS, code)) return {zh: `${REASONS[code]![0]}（${code}）`, en: `${REASONS[code]![1]} (${code})`}
  const shown = code ?? (error instanceof Error ? error.message : String(error))
  return {zh: `文件系统错误（${shown}）`, en: `file-system error (${shown})`}
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
