import type { PartnerCity, Programme } from '@shared/model/partnerCity'
import {
  listFromText,
  nullToBlank,
  optionalNumber,
  requiredNumber,
  textFromList,
} from '@renderer/components/form/converters'

/** What the city form holds: text only, converted at the boundary. */
export type CityFormValues = {
  name: { de: string; en: string }
  country: { de: string; en: string }
  countryCode: string
  timeZone: string
  partnerSince: string
  status: string
  languages: string
  notes: string
}

export function emptyCityForm(): CityFormValues {
  return {
    name: { de: '', en: '' },
    country: { de: '', en: '' },
    countryCode: '',
    timeZone: '',
    partnerSince: '',
    status: 'active',
    languages: '',
    notes: '',
  }
}

export function cityToForm(city: PartnerCity): CityFormValues {
  return {
    name: { ...city.name },
    country: { ...city.country },
    countryCode: city.countryCode,
    timeZone: city.timeZone,
    partnerSince: String(city.partnerSince),
    status: city.status,
    languages: textFromList(city.languages),
    notes: city.notes,
  }
}

/** "fr" is accepted as "FR"; everything else is left to partnerCityInputSchema. */
export function cityFormToCandidate(values: CityFormValues): unknown {
  return {
    ...values,
    countryCode: values.countryCode.trim().toUpperCase(),
    timeZone: values.timeZone.trim(),
    partnerSince: requiredNumber(values.partnerSince),
    languages: listFromText(values.languages).map((code) => code.toLowerCase()),
  }
}

export type ProgrammeFormValues = {
  title: string
  cityId: string
  /** Focus-theme keys ("climate") or free themes. */
  themes: string[]
  startYear: string
  endYear: string
  description: string
}

export function programmeToForm(programme: Programme | null, cityId: string): ProgrammeFormValues {
  return {
    title: programme?.title ?? '',
    cityId,
    themes: [...(programme?.themes ?? [])],
    startYear: nullToBlank(programme?.startYear),
    endYear: nullToBlank(programme?.endYear),
    description: programme?.description ?? '',
  }
}

export function programmeFormToCandidate(values: ProgrammeFormValues): unknown {
  return {
    ...values,
    themes: values.themes.map((theme) => theme.trim()).filter((theme) => theme !== ''),
    startYear: requiredNumber(values.startYear),
    endYear: optionalNumber(values.endYear),
  }
}
