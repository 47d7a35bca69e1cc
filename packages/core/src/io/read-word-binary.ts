/**
 * Word 97–2003 .doc and WPS .wps → text. Both are OLE compound files holding a Word binary document (the
 * `WordDocument` stream); older WPS writes exactly that under its own extension, newer WPS a zip, which is a .docx
 * and is read as one. The compound file's structure is checked first (ole-compound.ts), then word-extractor reads
 * the body text: paragraphs one per line, table cells joined by tabs, headers, footers, notes and deleted revisions
 * left out. Automatic list numbering is not in the text of a binary Word file, so only typed numbers (一、（一）1.
 * （1）, as official documents usually have) are seen. Web systems often hand out an HTML page under a .doc name,
 * which Word opens as a document: it is read as the .html it is; RTF and MHT under that name are named as such.
 * word-extractor itself is passed in (WordBinaryLoad), as pdf.js is to the PDF reader: Node loads the package
 * (read-doc.ts), the browser page of `fzlint serve` its own bundle of the package's OLE path, so this module stays
 * browser-safe.
 */
import {InputError} from './errors.js'
import {hasOleSignature, readOleDirectory, type OleStream} from './ole-compound.js'
import {createParagraphPositionMap, readDocx} from './read-docx.js'
import {extractedTextNotFixed, type ReadInput, type ReadOptions} from './reader-types.js'
import {hasZipSignature} from './zip-directory.js'

export type WordBinaryFormat = 'doc' | 'wps'

/** What reads the body of a Word binary document: word-extractor, as Node loads it or as the page bundles it. */
export interface WordBinaryLoad {
  /**
   * word-extractor's body text (`getBody({filterUnicode: false})`) of a compound file whose structure was checked:
   * paragraphs end in a line break, table cells in a tab.
   */
  extractBody(bytes: Uint8Array): Promise<string>
  /** An HTML page under a .doc name, read as the .html it is; where absent (the page), such a file is refused. */
  readHtml?: (bytes: Uint8Array, filePath: string, options: ReadOptions) => Promise<ReadInput>
}

/** The first Word 97 FIB version; Word 6.0/95 files (nFib 101–105) use another layout. */
const WORD_97_NFIB = 0xc1
/** FIB flags: the document is encrypted (fEncrypted) or obfuscated (fObfuscated). */
const F_ENCRYPTED = 0x0100

/** What other Office programs keep in a compound file, to name what was given instead of a Word document. */
const OTHER_OLE_KINDS: readonly {stream: string; zh: string; en: string}[] = [
  {stream: 'Workbook', zh: 'Excel 工作簿（.xls）', en: 'an Excel workbook (.xls)'},
  {stream: 'Book', zh: 'Excel 工作簿（.xls）', en: 'an Excel workbook (.xls)'},
  {stream: 'PowerPoint Document', zh: 'PowerPoint 演示文稿（.ppt）', en: 'a PowerPoint presentation (.ppt)'},
  {stream: 'VisioDocument', zh: 'Visio 绘图', en: 'a Visio drawing'},
  {stream: '__substg1.0_0037001F', zh: 'Outlook 邮件（.msg）', en: 'an Outlook message (.msg)'},
]

function label(format: WordBinaryFormat): {zh: string; en: string} {
  return format === 'wps' ? {zh: 'WPS 文字文档（.wps）', en: 'WPS Writer document (.wps)'} : {zh: 'Word 97-2003 文档（.doc）', en: 'Word 97-2003 document (.doc)'}
}

function corrupt(filePath: string, format: WordBinaryFormat, detail: string, cause?: unknown): InputError {
  const {zh, en} = label(format)
  return new InputError('corrupt', filePath, `${filePath}: 不是有效的 ${zh}（${detail}）/ not a valid ${en}`, {cause})
}

function notWord(filePath: string, format: WordBinaryFormat, streams: readonly OleStream[]): InputError {
  const names = new Set(streams.map((stream) => stream.name))
  const kind = OTHER_OLE_KINDS.find((candidate) => names.has(candidate.stream))
  const {zh, en} = label(format)
  const what = kind ? `而是 ${kind.zh}` : '其中没有 Word 正文（WordDocument 流）'
  const whatEn = kind ? `it is ${kind.en}` : 'it has no WordDocument stream'
  return new InputError('unsupported', filePath, `${filePath}: 不是 ${zh}，${what} / not a ${en}: ${whatEn}`)
}

/** Checks the compound file and its Word header, refusing what word-extractor would misread or never finish. */
function checkWordFile(bytes: Uint8Array, filePath: string, format: WordBinaryFormat): void {
  const directory = readOleDirectory(bytes)
  if (!directory.ok) throw corrupt(filePath, format, `复合文档结构损坏：${directory.detail}`)
  const streams = directory.streams
  if (streams.some((stream) => stream.name === 'EncryptedPackage')) {
    throw new InputError(
      'encrypted',
      filePath,
      `${filePath}: 文档已加密（设有打开密码），请取消密码后重新保存 / the document is encrypted (password-protected); remove the password and save again`,
    )
  }
  const word = streams.find((stream) => stream.name === 'WordDocument')
  if (!word) throw notWord(filePath, format, streams)
  const head = word.head
  if (head.length < 12 || head[0] !== 0xec || head[1] !== 0xa5) throw corrupt(filePath, format, 'Word 文件头无效 / invalid Word header')
  const nFib = head[2]! | (head[3]! << 8)
  if (nFib < WORD_97_NFIB) {
    throw new InputError(
      'unsupported',
      filePath,
      `${filePath}: 这是 Word 6.0/95 等更早的格式，请在 Word 或 WPS 中另存为 .docx / a Word 6.0/95 or older file; save it as .docx`,
    )
  }
  const flags = head[10]! | (head[11]! << 8)
  if (flags & F_ENCRYPTED) {
    throw new InputError(
      'encrypted',
      filePath,
      `${filePath}: 文档已加密（设有打开密码），请取消密码后重新保存 / the document is encrypted (password-protected); remove the password and save again`,
    )
  }
}

/** Word's body text → one paragraph per line: control characters dropped, blank paragraphs left out (as for .docx). */
function toParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/gu, '\n')
    // Control characters word-extractor leaves (field marks it could not pair, object anchors), tabs and breaks kept.
    .replace(/[\u0000-\u0008\u000b-\u001f]/gu, '')
    .split('\n')
    .map((paragraph) => paragraph.replace(/\s+$/u, ''))
    .filter((paragraph) => paragraph.trim() !== '')
}

export async function readWordBinary(bytes: Uint8Array, filePath: string, options: ReadOptions, format: WordBinaryFormat, load: () => Promise<WordBinaryLoad>): Promise<ReadInput> {
  if (hasZipSignature(bytes)) {
    // Newer WPS saves .wps as a zip of WordprocessingML, that is a .docx; Word users sometimes rename one too.
    const input = await readDocx(bytes, filePath, options)
    return {...input, format, unfixableReason: extractedTextNotFixed(format)}
  }
  if (!hasOleSignature(bytes)) {
    // Web systems often hand out a page or an RTF file under a .doc name, which Word opens all the same.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^(?:\uFEFF|ï»¿|\s)+/u, '')
    if (/^(?:<!DOCTYPE html|<html|<\?xml[^>]*>\s*<html)/iu.test(head)) {
      const {readHtml} = await load()
      if (!readHtml) {
        throw new InputError('unsupported', filePath, `${filePath}: 这是网页文件（扩展名为 .${format}），请用命令行 fzlint 检查，或在 Word、WPS 中另存为 .docx / an HTML page named .${format}: check it with the fzlint command, or save it as .docx`)
      }
      return {...(await readHtml(bytes, filePath, options)), format}
    }
    if (head.startsWith('{\\rtf')) {
      throw new InputError('unsupported', filePath, `${filePath}: 这是 RTF 文件（扩展名为 .${format}），请在 Word 或 WPS 中另存为 .docx / an RTF file named .${format}; save it as .docx`)
    }
    if (/^MIME-Version:/iu.test(head)) {
      throw new InputError('unsupported', filePath, `${filePath}: 这是单个网页文件（MHT，扩展名为 .${format}），请在 Word 或 WPS 中另存为 .docx / a web archive (MHT) named .${format}; save it as .docx`)
    }
    throw corrupt(filePath, format, '文件头既不是 OLE 复合文档也不是 zip / neither an OLE compound file nor a zip')
  }
  checkWordFile(bytes, filePath, format)
  options.deadline?.check()
  // Loaded only now: a zip, a page or a file that is not a Word document needs no word-extractor.
  const {extractBody} = await load()
  let body: string
  try {
    body = await extractBody(bytes)
  } catch (error) {
    throw corrupt(filePath, format, `正文无法读取：${error instanceof Error ? error.message : String(error)}`, error)
  }
  options.deadline?.check()
  const paragraphs = toParagraphs(body)
  if (paragraphs.length === 0) throw new InputError('empty', filePath, `${filePath}: 文档没有正文文字 / the document has no body text`)
  const paragraphStarts: number[] = []
  let text = ''
  for (const paragraph of paragraphs) {
    if (text !== '') text += '\n'
    paragraphStarts.push(text.length)
    text += paragraph
  }
  return {
    text,
    syntax: 'text',
    format,
    // The binary format stores text as UTF-16 or Windows-1252 pieces; reported so every result names an encoding.
    encoding: 'utf-16le',
    positionMap: createParagraphPositionMap(text, paragraphStarts),
    unfixableReason: extractedTextNotFixed(format),
  }
}
