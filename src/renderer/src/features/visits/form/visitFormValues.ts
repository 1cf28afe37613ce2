import type { Classification } from '@shared/model/common'
import type { EmergencyNumber, Visit, VisitCategory, VisitInput } from '@shared/model/visit'
import { blankToNull, nullToBlank } from '@renderer/components/form/converters'

/**
 * What the visit form edits. Select boxes and comboboxes speak strings, so "none" is '' here and
 * null in the stored row; the converters below are the only place that translates between both.
 */
export type VisitFormValues = {
  title: string
  direction: Visit['direction']
  cityId: string
  startDate: string
  endDate: string
  status: Visit['status']
  themes: string[]
  programmeId: string
  purpose: string
  objectives: string
  background: string
  classification: Classification
  headOfDelegationId: string
  hostId: string
  /** '' while no category is chosen. */
  category: VisitCategory | ''
  pressPlan: string
  photoRules: string
  securityNotes: string
  emergencyNumbers: EmergencyNumber[]
  flagsAndAnthems: string
}

export function emptyVisitForm(defaults: {
  classification: Classification
  cityId?: string
  startDate?: string
}): VisitFormValues {
  return {
    title: '',
    direction: 'incoming',
    cityId: defaults.cityId ?? '',
    startDate: defaults.startDate ?? '',
    endDate: defaults.startDate ?? '',
    status: 'draft',
    themes: [],
    programmeId: '',
    purpose: '',
    objectives: '',
    background: '',
    classification: defaults.classification,
    headOfDelegationId: '',
    hostId: '',
    category: '',
    pressPlan: '',
    photoRules: '',
    securityNotes: '',
    emergencyNumbers: [],
    flagsAndAnthems: '',
  }
}

export function visitToFormValues(visit: Visit): VisitFormValues {
  return {
    title: visit.title,
    direction: visit.direction,
    cityId: visit.cityId,
    startDate: visit.startDate,
    endDate: visit.endDate,
    status: visit.status,
    themes: [...visit.themes],
    programmeId: nullToBlank(visit.programmeId),
    purpose: visit.purpose,
    objectives: visit.objectives,
    background: visit.background,
    classification: visit.classification,
    headOfDelegationId: nullToBlank(visit.headOfDelegationId),
    hostId: nullToBlank(visit.hostId),
    category: visit.category ?? '',
    pressPlan: visit.pressPlan,
    photoRules: visit.photoRules,
    securityNotes: visit.securityNotes,
    emergencyNumbers: visit.emergencyNumbers.map((n) => ({ ...n })),
    flagsAndAnthems: visit.flagsAndAnthems,
  }
}

/** Trimmed themes without blanks and without repeats (case-insensitive), in the order chosen. */
export function cleanThemes(themes: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const raw of themes) {
    const theme = raw.trim()
    const key = theme.toLocaleLowerCase('de')
    if (theme === '' || seen.has(key)) continue
    seen.add(key)
    result.push(theme)
  }
  return result
}

/** The form's values as the row the repository validates; bad values are left for zod to name. */
export function visitFormToInput(values: VisitFormValues): VisitInput {
  return {
    title: values.title.trim(),
    direction: values.direction,
    cityId: values.cityId,
    startDate: values.startDate,
    endDate: values.endDate,
    status: values.status,
    themes: cleanThemes(values.themes),
    programmeId: blankToNull(values.programmeId),
    purpose: values.purpose.trim(),
    objectives: values.objectives.trim(),
    background: values.background.trim(),
    classification: values.classification,
    headOfDelegationId: blankToNull(values.headOfDelegationId),
    hostId: blankToNull(values.hostId),
    category: values.category === '' ? null : values.category,
    pressPlan: values.pressPlan.trim(),
    photoRules: values.photoRules.trim(),
    securityNotes: values.securityNotes.trim(),
    // Rows keep their positions, so a half-filled row is reported on its own line, not dropped.
    emergencyNumbers: values.emergencyNumbers.map((n) => ({
      label: n.label.trim(),
      number: n.number.trim(),
    })),
    flagsAndAnthems: values.flagsAndAnthems.trim(),
  }
}

/**
 * The programme a visit may keep after its city changed: programmes belong to one city, so one of
 * another city is dropped rather than silently saved with the wrong partner.
 */
export function programmeForCity(
  programmeId: string,
  cityId: string,
  programmes: readonly { id: string; cityId: string }[],
): string {
  const programme = programmes.find((p) => p.id === programmeId)
  return programme && programme.cityId === cityId ? programmeId : ''
}
