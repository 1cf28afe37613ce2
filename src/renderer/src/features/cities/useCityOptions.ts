import { useMemo } from 'react'
import { HOME_CITY } from '@shared/domain/contactList'
import type { FieldOption } from '@renderer/components'
import { useT } from '@renderer/components'
import { usePartnerCities, useSettings } from '@renderer/db/hooks'
import { cityName, sortCities } from './cityText'

/**
 * Partner cities as choices, the home city first under HOME_CITY. Forms store the home city as
 * null; filters use HOME_CITY as is.
 */
export function useCityOptions(): FieldOption[] {
  const { t, lang } = useT()
  const cities = usePartnerCities()
  const settings = useSettings()
  const home = {
    value: HOME_CITY,
    label: t('cities.homeCity', { name: settings?.homeCityName ?? '' }),
  }
  return [
    home,
    ...sortCities(cities ?? [], lang).map((c) => ({ value: c.id, label: cityName(c, lang) })),
  ]
}

/** Every name a city is known by, both languages, for text search. */
export function useCityNames(): (id: string) => string[] {
  const cities = usePartnerCities()
  return useMemo(() => {
    const byId = new Map((cities ?? []).map((c) => [c.id, [c.name.de, c.name.en]]))
    return (id: string) => byId.get(id) ?? []
  }, [cities])
}

/** A city id as a short label for tables: the home city by its name, partner cities by theirs. */
export function useCityLabel(): (cityId: string | null) => string {
  const { lang } = useT()
  const cities = usePartnerCities()
  const settings = useSettings()
  return useMemo(() => {
    const byId = new Map((cities ?? []).map((c) => [c.id, cityName(c, lang)]))
    const home = settings?.homeCityName ?? ''
    return (cityId: string | null) => (cityId === null ? home : (byId.get(cityId) ?? ''))
  }, [cities, settings, lang])
}
