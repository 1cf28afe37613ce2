/** What the honorific prefix says about a person, as the forms of address need it. */
export type PrefixParts = {
  professor: boolean
  doctor: boolean
  /** "S. E.", "I. E.", "H.E.", "His Excellency" typed as part of the name. */
  excellency: boolean
  /** The prefix as typed without the excellency marker, e.g. "Prof. Dr." or "Sir". */
  kept: string
  /** What is left once academic titles are taken out as well, e.g. "Sir" or "". */
  other: string
}

const EXCELLENCY =
  /^(s\.\s?e\.|i\.\s?e\.|h\.\s?e\.|(seine|ihre|his|her)\s+exzellenz|(his|her)\s+excellency|exzellenz)\s*/i
const PROFESSOR = /^(prof\.?|professor(in)?)$/i
/** Dr., Dr.-Ing., Dr. rer. nat., Dr. h. c. mult. and the like. */
const DOCTOR = /^dr\.?(-[a-z]+\.?)?$/i
const DEGREE_PART = /^(h\.|c\.|h\.\s?c\.|mult\.|rer\.|nat\.|med\.|phil\.|jur\.|pol\.|oec\.)$/i

export function parsePrefix(prefix: string): PrefixParts {
  const trimmed = prefix.trim()
  const excellency = EXCELLENCY.test(trimmed)
  const kept = trimmed.replace(EXCELLENCY, '').trim()
  let professor = false
  let doctor = false
  const other: string[] = []
  for (const token of kept.split(/\s+/).filter(Boolean)) {
    if (PROFESSOR.test(token)) professor = true
    else if (DOCTOR.test(token)) doctor = true
    else if (!DEGREE_PART.test(token)) other.push(token)
  }
  return { professor, doctor, excellency, kept, other: other.join(' ') }
}

/** Words joined by single spaces, blanks left out. */
export function words(...parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ')
}
