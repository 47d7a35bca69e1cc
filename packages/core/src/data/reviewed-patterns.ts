/**
 * Built-in data patterns that safe-regex2 flags (its test is syntactic: any quantifier inside a quantified group) but
 * that were reviewed as matching in linear time, each with the reason. A pattern is listed only when rewriting it
 * without the nesting would change what it matches; test/robustness.test.ts times each on text built to make a
 * backtracking engine struggle. The reason is the argument a reviewer checks: every way the engine can split a
 * string among the nested quantifiers must be one way only.
 */

const WHITE_SPACE_AROUND_A_SEPARATOR =
  'web-noise: each repetition is white space, an optional separator (| / ·) with white space after it, then a word ' +
  'from a fixed list; white space before the separator can only be the first \\s*, after it only the second, so each ' +
  'string splits one way (the old `\\s*[|/·]?\\s*` split white space two ways and took seconds on 14 words)'

const PLENUMS_SEPARATED =
  'stale-term: each repetition is a plenum (一中, 二中) and one of 、和及 with optional white space on either side; the ' +
  'fixed characters between the white-space runs leave one way to split a string'

export const REVIEWED_LINEAR_PATTERNS: ReadonlyMap<string, string> = new Map([
  ["(?:首页|网站地图|网站声明|联系我们|关于我们|隐私声明|网站导航|帮助中心|意见建议)(?:\\s*(?:[|/·]\\s*)?(?:首页|网站地图|网站声明|联系我们|关于我们|隐私声明|网站导航|帮助中心|意见建议))+", WHITE_SPACE_AROUND_A_SEPARATOR],
  ["^(?:简体|繁体|简体版|繁体版|无障碍|无障碍浏览|关怀版|长者模式|适老化|English|PC端|PC版|移动端|手机版|英文网站|智能问答)(?:\\s*(?:[|/·]\\s*)?(?:简体|繁体|简体版|繁体版|无障碍|无障碍浏览|关怀版|长者模式|适老化|English|PC端|PC版|移动端|手机版|英文网站|智能问答))+$", WHITE_SPACE_AROUND_A_SEPARATOR],
  ["二十届(?:[一二]中\\s*[、和及]\\s*)*三中全会", PLENUMS_SEPARATED],
  ["二十届(?:[一二三]中\\s*[、和及]\\s*)*四中全会", PLENUMS_SEPARATED],
])
