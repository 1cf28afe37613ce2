import type { SeatingWarning } from '@shared/domain/seating'
import type { TFunction } from '@renderer/components'

/** One warning as a sentence, people by name. Dietary needs themselves are never shown here. */
export function warningText(
  warning: SeatingWarning,
  nameOf: (contactId: string) => string,
  t: TFunction,
): string {
  switch (warning.kind) {
    case 'sameSide':
      return t('seating.warning.sameSide', {
        a: nameOf(warning.contactIds[0]),
        b: nameOf(warning.contactIds[1]),
      })
    case 'aboveRank':
      return t('seating.warning.aboveRank', {
        name: nameOf(warning.contactId),
        above: nameOf(warning.aboveId),
      })
    case 'interpreterOutOfReach':
      return t('seating.warning.interpreterOutOfReach', { name: nameOf(warning.contactId) })
    case 'dietNotTold':
      return t('seating.warning.dietNotTold', { name: nameOf(warning.contactId) })
    case 'notSeated':
      return t('seating.warning.notSeated', { name: nameOf(warning.contactId) })
    default: {
      const never: never = warning
      return never
    }
  }
}

/** The people a warning is about, to mark their seats. */
export function warnedPeople(warning: SeatingWarning): string[] {
  return warning.kind === 'sameSide' ? [...warning.contactIds] : [warning.contactId]
}
