/** Configuration problems: each names the file, the JSON pointer, what was expected, and a did-you-mean. */
export class ConfigError extends Error {
  constructor(
    readonly filePath: string,
    readonly problems: string[],
  ) {
    super(`配置文件无效 / invalid configuration: ${filePath}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}
