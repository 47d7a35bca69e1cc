/** File-system errors in the user's words: an errno code → a short reason in Chinese and English, for every command that writes or walks files. */

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
