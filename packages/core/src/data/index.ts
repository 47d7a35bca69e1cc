/** Domain data files: definitions, schemas and the built-in section catalogue. */
export {defineDataFile, regexPatternSchema, DataValidationError, type DataFile, type DataFileDefinition} from './define-data.js'
export {compileEntryPatterns, definePatternList, joinEntryPatterns, patternListEntrySchema, type CompiledPattern, type PatternListDescriptions, type PatternListEntry} from './pattern-lists.js'
export {sectionsData, sectionEntrySchema, SECTION_KINDS, type SectionEntry, type SectionKind} from './sections.js'
