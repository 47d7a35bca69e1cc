/**
 * Code-unit order for identifiers and paths: the same on every machine (localeCompare follows the machine's ICU
 * locale), and cheap (the first localeCompare call loads ICU collation data, a measurable part of start-up).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
