import { useDeferredValue, useMemo, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@fluentui/react-components'
import { BinRecycleRegular, PeopleRegular, PersonAddRegular } from '@fluentui/react-icons'
import {
  contactDisplayName,
  EMPTY_CONTACT_FILTER,
  filterContacts,
  indexContacts,
} from '../../../../shared/domain/contactList'
import type { Contact } from '../../../../shared/model/contact'
import {
  EmptyState,
  FilterBar,
  FilterSelect,
  LoadingState,
  Page,
  PageHeader,
  SearchField,
  useT,
  VirtualTable,
  type Column,
  RouteLink,
} from '../../components'
import { useContacts } from '../../db/hooks'
import { useCityLabel, useCityNames, useCityOptions } from '../cities/useCityOptions'
import { useContactLookups, useTagOptions } from './useContactLookups'

/** All contacts in protocol order; filters answer at once even for 20,000 people. */
export function ContactsPage(): ReactElement {
  const { t, lang } = useT()
  const navigate = useNavigate()
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

  const newButton = (
    <Button
      appearance="primary"
      icon={<PersonAddRegular />}
      onClick={() => void navigate('/contacts/new')}
    >
      {t('contacts.new')}
    </Button>
  )
  const columns: Column<Contact>[] = [
    {
      id: 'name',
      header: t('contacts.name'),
      width: 'minmax(200px, 2.5fr)',
      render: (c) => (
        <RouteLink tabIndex={-1} to={`/contacts/${c.id}`}>
          {contactDisplayName(c)}
        </RouteLink>
      ),
    },
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
    <Page fill>
      <PageHeader
        title={t('nav.contacts')}
        actions={
          <>
            {newButton}
            <Button icon={<BinRecycleRegular />} onClick={() => void navigate('/contacts/trash')}>
              {t('common.trash')}
            </Button>
          </>
        }
      />
      {contacts === undefined ? (
        <LoadingState />
      ) : contacts.length === 0 ? (
        <EmptyState
          icon={<PeopleRegular />}
          title={t('contacts.emptyTitle')}
          body={t('contacts.emptyBody')}
          action={newButton}
        />
      ) : (
        <>
          <FilterBar
            count={t('contacts.shownCount', {
              count: number.format(shown.length),
              total: number.format(contacts.length),
            })}
          >
            <SearchField
              label={t('common.search')}
              value={text}
              onChange={setText}
              placeholder={t('contacts.searchPlaceholder')}
            />
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
          </FilterBar>
          {shown.length === 0 ? (
            <EmptyState title={t('common.emptyFiltered')} />
          ) : (
            <VirtualTable
              items={shown}
              columns={columns}
              getKey={(c) => c.id}
              onOpen={(c) => void navigate(`/contacts/${c.id}`)}
              ariaLabel={t('nav.contacts')}
            />
          )}
        </>
      )}
    </Page>
  )
}
