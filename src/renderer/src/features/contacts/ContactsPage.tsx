import { useDeferredValue, useMemo, useState, type ReactElement } from 'react'
import { PeopleRegular, PersonAddRegular } from '@fluentui/react-icons'
import {
  contactDisplayName,
  EMPTY_CONTACT_FILTER,
  filterContacts,
  indexContacts,
} from '@shared/domain/contactList'
import type { Contact } from '@shared/model/contact'
import { EntityListPage, FilterSelect, useT, type Column } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts } from '@renderer/db/hooks'
import { useCityLabel, useCityNames, useCityOptions } from '@renderer/features/cities'
import { useContactLookups, useTagOptions } from './useContactLookups'

/** All contacts in protocol order; filters answer at once even for 20,000 people. */
export function ContactsPage(): ReactElement {
  const { t, lang } = useT()
  const repos = useRepos()
  const contacts = useContacts()
  const lookups = useContactLookups()
  const cityNames = useCityNames()
  const cityOptions = useCityOptions()
  const tagOptions = useTagOptions(contacts)
  const [text, setText] = useState('')
  const [organizationId, setOrganizationId] = useState('')
  const [cityId, setCityId] = useState('')
  const [tag, setTag] = useState('')
  const deferredText = useDeferredValue(text)

  const index = useMemo(
    () => indexContacts(contacts ?? [], lookups.organizationNames, cityNames),
    [contacts, lookups, cityNames],
  )
  const shown = useMemo(
    () =>
      filterContacts(index, {
        ...EMPTY_CONTACT_FILTER,
        text: deferredText,
        organizationId: organizationId || null,
        cityId: cityId || null,
        tag: tag || null,
      }),
    [index, deferredText, organizationId, cityId, tag],
  )
  const cityLabel = useCityLabel()
  const number = new Intl.NumberFormat(lang)

  const columns: Column<Contact>[] = [
    {
      id: 'native',
      header: t('fields.nativeName'),
      width: 'minmax(100px, 1fr)',
      render: (c) => c.nativeName,
    },
    {
      id: 'position',
      header: t('fields.position'),
      width: 'minmax(160px, 2fr)',
      render: (c) => c.position,
    },
    {
      id: 'org',
      header: t('fields.organization'),
      width: 'minmax(160px, 2fr)',
      render: (c) => lookups.organizationName(c.organizationId),
    },
    {
      id: 'city',
      header: t('fields.city'),
      width: 'minmax(110px, 1fr)',
      render: (c) => cityLabel(c.cityId),
    },
    {
      id: 'rank',
      header: t('contacts.rankShort'),
      width: '70px',
      render: (c) => c.precedenceRank ?? '',
    },
  ]

  return (
    <EntityListPage
      title={t('nav.contacts')}
      path="/contacts"
      newLabel={t('contacts.new')}
      newIcon={<PersonAddRegular />}
      kind="contacts"
      trashRepo={repos.contacts}
      empty={{
        icon: <PeopleRegular />,
        title: t('contacts.emptyTitle'),
        body: t('contacts.emptyBody'),
      }}
      items={contacts}
      shown={shown}
      count={t('contacts.shownCount', {
        count: number.format(shown.length),
        total: number.format(contacts?.length ?? 0),
      })}
      nameColumn={{
        header: t('contacts.name'),
        width: 'minmax(200px, 2.5fr)',
        nameOf: contactDisplayName,
      }}
      columns={columns}
      search={{ value: text, onChange: setText, placeholder: t('contacts.searchPlaceholder') }}
      filters={
        <>
          <FilterSelect
            label={t('fields.organization')}
            value={organizationId}
            allLabel={t('contacts.allOrganizations')}
            options={lookups.organizationOptions}
            onChange={setOrganizationId}
          />
          <FilterSelect
            label={t('fields.city')}
            value={cityId}
            allLabel={t('contacts.allCities')}
            options={cityOptions}
            onChange={setCityId}
          />
          <FilterSelect
            label={t('fields.tags')}
            value={tag}
            allLabel={t('contacts.allTags')}
            options={tagOptions}
            onChange={setTag}
          />
        </>
      }
    />
  )
}
