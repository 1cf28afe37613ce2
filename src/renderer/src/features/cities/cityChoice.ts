import { HOME_CITY } from '@shared/domain/contactList'

/** Forms show the home city as a choice; the model stores it as null. */
export function cityIdToChoice(cityId: string | null): string {
  return cityId ?? HOME_CITY
}

export function choiceToCityId(choice: string): string | null {
  const trimmed = choice.trim()
  return trimmed === '' || trimmed === HOME_CITY ? null : trimmed
}
