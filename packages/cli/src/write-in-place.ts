/**
 * `--fix` writes a file back in place: through a symbolic link to its target, into the same inode, so hard links,
 * owner, mode, ACLs and extended attributes stay as they were — with a journal beside the file, so that a run
 * killed mid-write leaves the complete fixed text on disk and the next `--fix` finishes the write.
 *
 * What "never a partial file" can mean when the inode must be kept: POSIX has no call that replaces a file's
 * contents atomically in place (rename, which is atomic, gives a new inode: the symlink became a regular file,
 * hard links were split, the owner became whoever ran fzlint). So the journal carries the guarantee instead:
 *
 * 1. the old and the new bytes are written to a temporary file in the file's folder and fsynced, then linked
 *    to the journal's name (`.<name>.fzlint-fix`), so a journal under that name is always complete;
 * 2. only then is the file opened for writing: the new bytes are written from offset 0, the file is truncated
 *    to their length and fsynced;
 * 3. the journal is removed.
 *
 * Killed before 2, the file is untouched; after 2, it is complete. Killed during 2 (or the power lost), the file
 * is the new bytes' start over the old bytes' rest, and the journal holds both: the next `fzlint --fix` on the
 * file recognises exactly that state and finishes the write, and leaves a file changed by anyone else alone.
 * A plain lint in between reads the half-written file; only `--fix` looks for journals.
 */
import {promises as fs} from 'node:fs'
import {createRequire} from 'node:module'
import {basename, dirname, join} from 'node:path'

const JOURNAL_MAGIC = 'fzlint-fix-journal 1'

export function journalPathFor(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.fzlint-fix`)
}

/** Why a file was not (wholly) written, in both languages: the run fails on it (exit 2). */
export interface WriteProblem {
  reason: string
}

function sha256(bytes: Uint8Array): string {
  // Required when used, not imported: loading node:crypto cost every run 1.5 ms, and only --fix writes files.
  const {createHash} = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  return createHash('sha256').update(bytes).digest('hex')
}

/** The journal's bytes: a header line (format, lengths, SHA-256 of each) and then the old and the new bytes. */
export function encodeJournal(old: Uint8Array, next: Uint8Array): Buffer {
  const header = `${JOURNAL_MAGIC} ${old.length} ${next.length} ${sha256(old)} ${sha256(next)}\n`
  return Buffer.concat([Buffer.from(header, 'utf8'), old, next])
}

function decodeJournal(bytes: Buffer): {old: Buffer; next: Buffer} | undefined {
  const end = bytes.indexOf(0x0a)
  if (end < 0) return undefined
  const [magic, version, oldLength, nextLength, oldHash, nextHash] = bytes.subarray(0, end).toString('utf8').split(' ')
  if (`${magic} ${version}` !== JOURNAL_MAGIC || oldLength === undefined || nextLength === undefined) return undefined
  const old = bytes.subarray(end + 1, end + 1 + Number(oldLength))
  const next = bytes.subarray(end + 1 + Number(oldLength))
  if (old.length !== Number(oldLength) || next.length !== Number(nextLength) || sha256(old) !== oldHash || sha256(next) !== nextHash) return undefined
  return {old, next}
}

/**
 * Whether `current` is what step 2 leaves when cut short: the first k bytes of `next` over `old` from k on (the
 * length still old's, as truncation comes last), or, once k is past old's end, `next`'s first k bytes alone.
 */
export function isInterruptedCopy(current: Uint8Array, old: Uint8Array, next: Uint8Array): boolean {
  let prefix = 0
  const limit = Math.min(current.length, next.length)
  while (prefix < limit && current[prefix] === next[prefix]) prefix++
  if (current.length > old.length) return prefix === current.length
  if (current.length !== old.length) return false
  let suffixStart = old.length
  while (suffixStart > 0 && current[suffixStart - 1] === old[suffixStart - 1]) suffixStart--
  return suffixStart <= prefix
}

async function writeAll(handle: fs.FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < bytes.length) {
    const {bytesWritten} = await handle.write(bytes, offset, bytes.length - offset, offset)
    offset += bytesWritten
  }
}

/** Step 2: the new bytes over the file's own, then truncated and flushed; the inode is the file's. */
async function copyOver(realPath: string, next: Uint8Array): Promise<void> {
  const handle = await fs.open(realPath, 'r+')
  try {
    await writeAll(handle, next)
    await handle.truncate(next.length)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Gives the complete journal its name with link, not rename, so that it fails when a journal is already there
 * (another fzlint fixing the same file). File systems without hard links (FAT and exFAT USB drives, some network
 * shares) refuse link; there the name is taken by rename, after checking that none is there.
 */
async function nameJournal(temporary: string, journalPath: string): Promise<void> {
  try {
    await fs.link(temporary, journalPath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error
    const existing = await fs.lstat(journalPath).catch(() => undefined)
    if (existing) throw Object.assign(new Error('journal exists'), {code: 'EEXIST'})
    await fs.rename(temporary, journalPath)
  }
}

/** The folder's entry for the journal reaches the disk too; not every platform can open a folder, so best effort. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r')
    await handle.sync().finally(() => handle.close())
  } catch {
    // Windows cannot fsync a folder; the journal's own data is already synced.
  }
}

function describeCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error)
}

/**
 * Refuses a file fzlint may not write: one with no write permission bits (read-only, even for root, as editors
 * treat it) or one the open for writing is refused on (owned by someone else, a read-only file system).
 */
async function checkWritable(realPath: string): Promise<WriteProblem | undefined> {
  const {mode} = await fs.stat(realPath)
  const readOnly = {reason: '文件只读，未写入修复 / the file is read-only; fixes not written'}
  if ((mode & 0o222) === 0) return readOnly
  try {
    await (await fs.open(realPath, 'r+')).close()
  } catch (error) {
    const code = describeCode(error)
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      return {reason: `没有写入此文件的权限（${code}），未写入修复 / no permission to write the file (${code}); fixes not written`}
    }
    throw error
  }
  return undefined
}

/**
 * Writes `next` over a file whose current bytes are `old`, in place and through the journal (see the top of the
 * module). Returns the problem when the file was not written: before the journal is made, the file is unchanged and
 * nothing is left; if the write itself fails, the journal stays for the next --fix to finish it.
 */
export async function writeFileInPlace(filePath: string, old: Uint8Array, next: Uint8Array): Promise<WriteProblem | undefined> {
  const realPath = await fs.realpath(filePath)
  const refused = await checkWritable(realPath)
  if (refused) return refused
  const journalPath = journalPathFor(realPath)
  const temporary = `${journalPath}-${process.pid}-${Date.now().toString(36)}.tmp`
  try {
    const handle = await fs.open(temporary, 'wx', 0o600)
    try {
      await writeAll(handle, encodeJournal(old, next))
      await handle.sync()
    } finally {
      await handle.close()
    }
    await nameJournal(temporary, journalPath)
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined)
    const code = describeCode(error)
    if (code === 'EEXIST') return {reason: `另一个 fzlint 正在修复此文件（${journalPath}），未写入修复 / another fzlint is fixing this file; fixes not written`}
    return {reason: `无法在文件所在目录写入修复日志（${code}），文件未修改 / cannot write the fix journal beside the file (${code}); file left unchanged`}
  }
  await fs.unlink(temporary).catch(() => undefined)
  await syncFolder(dirname(realPath))
  try {
    await copyOver(realPath, next)
  } catch (error) {
    // Whatever reached the file, the journal can finish it: keep it, and say where it is.
    const code = describeCode(error)
    return {reason: `写入修复时出错（${code}）；修复后的全文保存在 ${journalPath}，再次运行 --fix 即可完成 / writing the fixes failed (${code}); the journal ${journalPath} holds them, run --fix again to finish`}
  }
  await fs.unlink(journalPath)
  return undefined
}

export interface Recovery {
  /** What was done, for stderr. */
  notice?: string
  /** The journal could not be applied: the file is left as it is and not fixed this run. */
  problem?: WriteProblem
}

/**
 * Before a file is fixed: a journal beside it means an earlier `--fix` was cut short. If the file is in the state
 * that leaves (or already complete, or not yet touched), the journal is applied or dropped; if the file has been
 * changed by anyone since, nothing is overwritten and the journal is named.
 */
export async function recoverInterruptedFix(filePath: string): Promise<Recovery> {
  let realPath: string
  try {
    realPath = await fs.realpath(filePath)
  } catch {
    return {}
  }
  const journalPath = journalPathFor(realPath)
  let journalBytes: Buffer
  try {
    journalBytes = await fs.readFile(journalPath)
  } catch {
    return {}
  }
  const journal = decodeJournal(journalBytes)
  const current = await fs.readFile(realPath)
  const leaveAlone = (why: string): Recovery => ({
    problem: {reason: `${why}：请检查文件后删除 ${journalPath} / ${journalPath} is left from an interrupted fix but cannot be applied; check the file, then delete it`},
  })
  if (!journal) return leaveAlone('修复日志不完整')
  if (current.equals(journal.next) || current.equals(journal.old)) {
    await fs.unlink(journalPath)
    return {}
  }
  if (!isInterruptedCopy(current, journal.old, journal.next)) return leaveAlone('上次修复被中断后，文件已被另行修改')
  await copyOver(realPath, journal.next)
  await fs.unlink(journalPath)
  return {notice: `上次被中断的修复已按日志 ${journalPath} 写完 / finished writing a fix that was interrupted, from its journal`}
}
