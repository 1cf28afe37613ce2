import { useMemo, type ReactElement } from 'react'
import { contactLanguages } from '@shared/domain/contactList'
import { compareText } from '@shared/domain/collation'
import { languageName } from '@shared/domain/languageNames'
import type { Contact } from '@shared/model/contact'
import { ORGANIZATION_KINDS } from '@shared/model/organization'
import { FilterSelect, useT, type FieldOption } from '@renderer/components'
import { useCityOptions } from '@renderer/features/cities'
import { useTagOptions, type ContactLookups } from './useContactLookups'

/** The list's choice filters; '' in each means "all". */
export type ContactFilterValues = {
  organizationId: string
  organizationKind: string
  cityId: string
  language: string
  tag: string
}

export const NO_CONTACT_FILTERS: ContactFilterValues = {
  organizationId: '',
  organizationKind: '',
  cityId: '',
  language: '',
  tag: '',
}

/** The languages someone speaks, by their names in the UI language. */
function useLanguageOptions(contacts: readonly Contact[] | undefined): FieldOption[] {
  const { lang } = useT()
  return useMemo(
    () =>
      contactLanguages(contacts ?? [])
        .map((code) => ({ value: code, label: languageName(code, lang) }))
        .sort((a, b) => compareText(a.label, b.label)),
    [contacts, lang],
  )
}

/** Organization, kind of organization, city, language and tag, beside the search field. */
export function ContactFilters(props: {
  contacts: readonly Contact[] | undefined
  lookups: ContactLookups
  values: ContactFilterValues
  onChange: (values: ContactFilterValues) => void
}): ReactElement {
  const { t } = useT()
  const { values, onChange } = props
  const cityOptions = useCityOptions()
  const tagOptions = useTagOptions(props.contacts)
  const languageOptions = useLanguageOptions(props.contacts)
  const kindOptions = ORGANIZATION_KINDS.map((kind) => ({
    value: kind,
    label: t(`enum.orgKind.${kind}`),
  }))
  const set =
    (field: keyof ContactFilterValues) =>
    (value: string): void =>
      onChange({ ...values, [field]: value })

  return (
    <>
      <FilterSelect
        label={t('fields.organization')}
        value={values.organizationId}
        allLabel={t('contacts.allOrganizations')}
        options={props.lookups.organizationOptions}
        onChange={set('organizationId')}
      />
      <FilterSelect
        label={t('contacts.orgKindFilter')}
        value={values.organizationKind}
        allLabel={t('contacts.allKinds')}
        options={kindOptions}
        onChange={set('organizationKind')}
      />
      <FilterSelect
        label={t('fields.city')}
        value={values.cityId}
        allLabel={t('contacts.allCities')}
        options={cityOptions}
        onChange={set('cityId')}
      />
      <FilterSelect
        label={t('fields.languages')}
        value={values.language}
        allLabel={t('contacts.allLanguages')}
        options={languageOptions}
        onChange={set('language')}
      />
      <FilterSelect
        label={t('fields.tags')}
        value={values.tag}
        allLabel={t('contacts.allTags')}
        options={tagOptions}
        onChange={set('tag')}
      />
    </>
  )
}
