/** Removes line and block comments outside strings (comments become spaces, so JSON errors still point at the right place). */
export function stripJsonComments(text: string): string {
  let output = ''
  let index = 0
  let inString = false
  while (index < text.length) {
    const character = text[index]!
    const next = text[index + 1]
    if (inString) {
      output += character
      if (character === '\\') {
        output += next ?? ''
        index += 2
        continue
      }
      if (character === '"') inString = false
      index++
      continue
    }
    if (character === '"') {
      inString = true
      output += character
      index++
    } else if (character === '/' && next === '/') {
      while (index < text.length && text[index] !== '\n') {
        output += ' '
        index++
      }
    } else if (character === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2)
      const stop = end === -1 ? text.length : end + 2
      output += text.slice(index, stop).replace(/[^\n]/gu, ' ')
      index = stop
    } else {
      output += character
      index++
    }
  }
  return output
}
