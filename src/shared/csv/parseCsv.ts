export type CsvTable = {
  delimiter: ',' | ';' | '\t'
  headers: string[]
  /** Data rows, each padded or cut to the number of headers. */
  rows: string[][]
  /** The 1-based file line each data row starts on (quoted fields may span lines). */
  lines: number[]
}

const DELIMITERS = [';', ',', '\t'] as const

/** The separator of the header line: the one that occurs most often outside quotes. */
function detectDelimiter(text: string): CsvTable['delimiter'] {
  const counts = { ';': 0, ',': 0, '\t': 0 }
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char]++
  }
  return DELIMITERS.reduce(
    (best, d) => (counts[d] > counts[best] ? d : best),
    ',' as CsvTable['delimiter'],
  )
}

/**
 * RFC 4180 CSV as Outlook, Google and Excel write it: comma, semicolon (German Excel and Outlook)
 * or tab separated, fields in double quotes with "" for a quote, line breaks inside quotes, CRLF
 * or LF line ends. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, '')
  const delimiter = detectDelimiter(source)
  const records: { fields: string[]; line: number }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  const endRecord = (): void => {
    fields.push(field)
    if (fields.some((f) => f.trim() !== '')) records.push({ fields, line: recordLine })
    fields = []
    field = ''
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        field += char
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true
      field = ''
    } else if (char === delimiter) {
      fields.push(field)
      field = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else field += char
  }
  if (field !== '' || fields.length > 0) endRecord()
  const [header, ...data] = records
  const headers = (header?.fields ?? []).map((h) => h.trim())
  const rows = data.map(({ fields: row }) => headers.map((_, index) => (row[index] ?? '').trim()))
  return { delimiter, headers, rows, lines: data.map((d) => d.line) }
}
