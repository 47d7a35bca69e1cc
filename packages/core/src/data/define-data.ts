/**
 * Domain knowledge as data: a JSON file of entries, a zod schema that is the single source of
 * truth for its JSON Schema, validated once on first use and merged with the entries a user adds
 * in configuration (`data.<name>`).
 */
import {z} from 'zod'

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
}

/**
 * A regular expression written in a data file or in configuration: non-empty, and compilable with the `u` flag,
 * as every rule compiles its data patterns. A broken one is a clear data error when loaded, not a rule crash.
 */
export function regexPatternSchema(): z.ZodString {
  return z
    .string()
    .min(1)
    .refine((source) => {
      try {
        new RegExp(source, 'u')
        return true
      } catch {
        return false
      }
    }, 'not a valid regular expression (unicode)')
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
