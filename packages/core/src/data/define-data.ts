/**
 * Domain knowledge as data: a JSON file of entries, a zod schema that is the single source of
 * truth for its JSON Schema, validated once on first use and merged with the entries a user adds
 * in configuration (`data.<name>`).
 */
import safeRegex from 'safe-regex2'
import {z} from 'zod'
import {REVIEWED_LINEAR_PATTERNS} from './reviewed-patterns.js'

export interface DataFileDefinition<Entry extends object> {
  /** Name of the data kind; also the key under `data` in configuration and the schema's file name. */
  name: string
  /**
   * Builds the schema of one entry. A function, called once when first needed (to validate built-in or configured
   * entries, or to generate the JSON Schema): bundles inline built-in data checked by their build, and a run that
   * validates nothing then builds no data schema, which was a twentieth of a one-file run's start.
   */
  entry: () => z.ZodType<Entry>
  /** The built-in file's contents (`{"$schema": …, "entries": […]}`), imported as JSON. */
  builtIn: unknown
  /** Entries with the same value of this key are merged (arrays concatenated) instead of appended. */
  mergeKey?: keyof Entry & string
}

export interface DataFile<Entry extends object> extends DataFileDefinition<Entry> {
  /** Schema of one entry (built on first call). */
  entrySchema(): z.ZodType<Entry>
  /** Schema of the whole file, from which `schemas/<name>.schema.json` is generated (built on first call). */
  fileSchema(): z.ZodType<{entries: Entry[]}>
  /**
   * What is wrong with the built-in file, or [] when nothing is: its schema's issues, or entries that validation
   * would change (a default the file leaves out, a key the schema drops), which bundles must not depend on.
   */
  checkBuiltIn(): string[]
  /** Built-in entries merged with `extensions` (from configuration), validated; cached per extensions array. */
  load(extensions?: unknown[]): Entry[]
  /**
   * What is wrong with configured entries (`data.<name>`), one line per problem, each starting with its JSON pointer
   * under `pointer` (`/data/noise/0/pattern: …`): what a configuration loader reports before any file is linted, so
   * that a bad pattern is a configuration error rather than a rule crash in every file.
   */
  findProblems(extensions: unknown[], pointer: string): string[]
}

/**
 * What is wrong with a regular expression written in data or configuration, or null: it must compile with the `u`
 * flag, as every rule compiles its data patterns, and safe-regex2 must not find nested quantifiers in it, with which a
 * backtracking engine can take exponential time on one line (`^(a+)+$` hung on 41 characters). Patterns the checker
 * flags but that were reviewed as linear are listed, each with the reason, in reviewed-patterns.ts.
 */
export function findPatternProblem(source: string): string | null {
  try {
    new RegExp(source, 'u')
  } catch (error) {
    return `无法编译的正则表达式 / not a valid regular expression (unicode): ${error instanceof Error ? error.message : String(error)}`
  }
  if (!REVIEWED_LINEAR_PATTERNS.has(source) && !safeRegex(source)) {
    return '正则表达式含嵌套量词，匹配时间可能随文本长度急剧增长，请改写 / nested quantifiers: matching may take super-linear time (ReDoS); rewrite the pattern'
  }
  return null
}

/**
 * A regular expression written in a data file or in configuration: non-empty, and passing findPatternProblem. A
 * broken or super-linear one is a clear data error when loaded (a configuration error naming the field and the
 * pattern), not a rule crash or a hang.
 */
export function regexPatternSchema(): z.ZodString {
  return z
    .string()
    .min(1)
    .superRefine((source, context) => {
      const problem = findPatternProblem(source)
      if (problem !== null) context.addIssue({code: 'custom', message: `${problem}: ${JSON.stringify(source)}`})
    })
}

export class DataValidationError extends Error {
  constructor(
    readonly dataName: string,
    readonly where: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(
      `数据文件 ${dataName}（${where}）无效 / invalid data: ` +
        issues.map((issue) => `/${issue.path.join('/')}: ${issue.message}`).join('; '),
    )
    this.name = 'DataValidationError'
  }
}

/**
 * True in bundles whose build has run `checkBuiltIn()` on every built-in data file (esbuild `define`): the data
 * is inlined into the bundle, so it cannot change after that check, and validating it again on every start was
 * a tenth of the time a one-file run takes. Source runs (tests, the type checker) leave it undefined and
 * validate on first use.
 */
declare const __FZLINT_BUILTIN_DATA_CHECKED__: boolean | undefined
const isBuiltInDataChecked = typeof __FZLINT_BUILTIN_DATA_CHECKED__ !== 'undefined' && __FZLINT_BUILTIN_DATA_CHECKED__

/** Deep equality of JSON values, key order aside. */
function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && isSameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

function mergeEntries<Entry extends object>(base: Entry[], extra: Entry[], key: (keyof Entry & string) | undefined): Entry[] {
  if (!key) return [...base, ...extra]
  const merged = base.map((entry) => ({...entry}))
  for (const entry of extra) {
    const existing = merged.find((candidate) => candidate[key] === entry[key])
    if (!existing) {
      merged.push(entry)
      continue
    }
    for (const [field, value] of Object.entries(entry) as [keyof Entry, unknown][]) {
      const current = existing[field]
      existing[field] = (Array.isArray(current) && Array.isArray(value) ? [...current, ...value] : value) as Entry[keyof Entry]
    }
  }
  return merged
}

export function defineDataFile<Entry extends object>(definition: DataFileDefinition<Entry>): DataFile<Entry> {
  let entrySchema: z.ZodType<Entry> | undefined
  let fileSchema: z.ZodType<{entries: Entry[]}> | undefined
  const getEntrySchema = () => (entrySchema ??= definition.entry())
  const getFileSchema = () =>
    (fileSchema ??= z
      .object({
        $schema: z.string().optional(),
        entries: z.array(getEntrySchema()),
      })
      .strict() as unknown as z.ZodType<{entries: Entry[]}>)
  let builtInEntries: Entry[] | undefined
  const cache = new WeakMap<unknown[], Entry[]>()

  function loadBuiltIn(): Entry[] {
    if (!builtInEntries && isBuiltInDataChecked) builtInEntries = (definition.builtIn as {entries: Entry[]}).entries
    if (!builtInEntries) {
      const result = getFileSchema().safeParse(definition.builtIn)
      if (!result.success) throw new DataValidationError(definition.name, 'built-in', result.error.issues)
      builtInEntries = result.data.entries
    }
    return builtInEntries
  }

  return {
    ...definition,
    entrySchema: getEntrySchema,
    fileSchema: getFileSchema,
    checkBuiltIn() {
      const result = getFileSchema().safeParse(definition.builtIn)
      if (!result.success) return [new DataValidationError(definition.name, 'built-in', result.error.issues).message]
      const written = (definition.builtIn as {entries: unknown[]}).entries
      return result.data.entries.flatMap((entry, index) => {
        const asWritten = (written[index] ?? {}) as Record<string, unknown>
        const asValidated = entry as Record<string, unknown>
        const keys = [...new Set([...Object.keys(asWritten), ...Object.keys(asValidated)])].filter((key) => !isSameJson(asWritten[key], asValidated[key]))
        return keys.length === 0
          ? []
          : [`数据文件 ${definition.name} 第 ${index + 1} 项须写全默认值、不含多余的键 / entry ${index + 1} of ${definition.name} must spell out its defaults and carry no unknown keys: ${keys.join(', ')}`]
      })
    },
    findProblems(extensions, pointer) {
      const result = z.array(getEntrySchema()).safeParse(extensions)
      return result.success ? [] : result.error.issues.map((issue) => `${pointer}/${issue.path.join('/')}: ${issue.message}`)
    },
    load(extensions) {
      const base = loadBuiltIn()
      if (!extensions || extensions.length === 0) return base
      const cached = cache.get(extensions)
      if (cached) return cached
      const result = z.array(getEntrySchema()).safeParse(extensions)
      if (!result.success) throw new DataValidationError(definition.name, `config data.${definition.name}`, result.error.issues)
      const merged = mergeEntries(base, result.data, definition.mergeKey)
      cache.set(extensions, merged)
      return merged
    },
  }
}
