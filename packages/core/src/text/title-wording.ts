/**
 * The words a report's title is read by, in one place for the report model, the title ranking and the rules that
 * judge titles (document-title, web-noise): its subject, 法治政府建设 (a report on 依法行政 or 法治建设 is
 * related), and its genre, 报告 (GB/T 9704 7.3.1; 总结 and 汇报 are what drafts wrongly write instead).
 */

/** Genre words a title line may end with: the report's own, and the two it is confused with. */
const GENRES = '报告|总结|汇报'

/** The subject the regulation names. */
export const TITLE_TOPIC = /法治政府建设/u
/** That subject or a related one, as titles and the lines of a broken title word it. */
export const RELATED_TITLE_TOPIC = /法治政府|依法行政|法治建设/u
/** The subject written whole: a title broken after 法治政府 has not named it yet (its next line brings 建设). */
export const WHOLE_TITLE_TOPIC = /法治政府建设|依法行政|法治建设/u
/** A genre word at the end of a title line. */
export const GENRE_AT_END = new RegExp(`(?:${GENRES})$`, 'u')
/** A genre word at the end, before an optional bracketed note (`……报告（全文）`). */
export const GENRE_AT_END_WITH_NOTE = new RegExp(`(?:${GENRES})(?:[（(][^（()）]{1,8}[）)])?$`, 'u')
/** A genre word, then a separator and a site or column name: a browser's page title (`……报告-某某网`). */
export const GENRE_THEN_SITE_NAME = new RegExp(`(?:${GENRES})\\s*[-—_|｜]`, 'u')
/** A title quoted as a document's name (`《……情况的报告》`): an aggregator's headline, not the title line. */
export const QUOTED_REPORT_NAME = new RegExp(`《[^《》]*(?:${GENRES})》`, 'u')
/** A line that names the subject (法治 or 依法行政) and a genre word after it: a title the model may have missed. */
export const SUBJECT_THEN_GENRE = new RegExp(`(?:法治|依法行政)[^。]*(?:${GENRES})`, 'u')
/** Wording a title candidate has: a genre word ending it, or a related subject anywhere. */
export const TITLE_WORDING = new RegExp(`(?:${GENRES})$|${RELATED_TITLE_TOPIC.source}`, 'u')
