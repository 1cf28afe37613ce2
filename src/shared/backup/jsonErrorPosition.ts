/**
 * Where a JSON text stops being valid. JSON.parse's messages differ between engines and often
 * leave out the position, so on failure this small scanner walks the text again to find it.
 */

export type JsonErrorLocation = { position: number; line: number; column: number }

class JsonSyntaxStop {
  constructor(readonly position: number) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y

function scan(text: string): void {
  let i = 0
  const fail = (): never => {
    throw new JsonSyntaxStop(i)
  }
  const skipWhitespace = (): void => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++
  }
  const expect = (char: string): void => {
    if (text[i] !== char) fail()
    i++
  }
  const literal = (word: string): void => {
    for (const char of word) expect(char)
  }
  const string = (): void => {
    expect('"')
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail()
      if (text[i] === '\\') {
        i++
        if (text[i] === 'u') {
          i++
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail()
            i++
          }
        } else {
          if (!ESCAPES.has(text[i] ?? '')) fail()
          i++
        }
      } else i++
    }
    i++
  }
  const number = (): void => {
    NUMBER.lastIndex = i
    const match = NUMBER.exec(text)
    if (!match || match[0].length === 0) fail()
    i += match?.[0].length ?? 0
  }
  const value = (): void => {
    skipWhitespace()
    const char = text[i]
    if (char === '{') {
      i++
      skipWhitespace()
      if (text[i] === '}') return void i++
      for (;;) {
        skipWhitespace()
        string()
        skipWhitespace()
        expect(':')
        value()
        skipWhitespace()
        if (text[i] === ',') i++
        else return expect('}')
      }
    }
    if (char === '[') {
      i++
      skipWhitespace()
      if (text[i] === ']') return void i++
      for (;;) {
        value()
        skipWhitespace()
        if (text[i] === ',') i++
        else return expect(']')
      }
    }
    if (char === '"') return string()
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    return number()
  }
  value()
  skipWhitespace()
  if (i < text.length) fail()
}

function lineAndColumn(text: string, position: number): JsonErrorLocation {
  const before = text.slice(0, position)
  const lines = before.split('\n')
  return { position, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}

/** The location of the first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  try {
    scan(text)
    return null
  } catch (error) {
    if (error instanceof JsonSyntaxStop) return lineAndColumn(text, error.position)
    // Nesting so deep that the scanner runs out of stack: the start is the best we can say.
    return lineAndColumn(text, 0)
  }
}
