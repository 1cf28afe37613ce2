import { useEffect, useMemo, useState, type ReactElement } from 'react'
import { PeopleRegular, PersonAddRegular } from '@fluentui/react-icons'
import { createContactFilter } from '@shared/domain/contactFilter'
import { contactDisplayName, EMPTY_CONTACT_FILTER } from '@shared/domain/contactList'
import type { Contact } from '@shared/model/contact'
import type { OrganizationKind } from '@shared/model/organization'
import { queryWords } from '@shared/search/searchKey'
import { EntityListPage, useT, type Column } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts } from '@renderer/db/hooks'
import { useCityLabel } from '@renderer/features/cities'
import { ContactFilters, NO_CONTACT_FILTERS, type ContactFilterValues } from './ContactFilters'
import { AddressBookActions } from './export/VCardExportMenu'
import { runInSlices } from './inSlices'
import { useContactIndex } from './useContactIndex'
import { useContactLookups } from './useContactLookups'

/** Matches scanned into the next letter's table between two looks at the clock (~1 ms). */
const AHEAD_SLICE = 300

/**
 * All contacts in protocol order; search as you type ranks the matches (names first). Filters
 * answer at once even for 20,000 people. Dietary and accessibility needs and private notes are
 * never columns here: they are shown only where a visit needs them. The search runs in the
 * keystroke's own render (no deferred second render): narrowing from the previous matches keeps
 * it within a frame, and the rows, columns and filters that did not change are not rendered again.
 */
export function ContactsPage(): ReactElement {
  const { t, lang } = useT()
  const repos = useRepos()
  const contacts = useContacts()
  const lookups = useContactLookups()
  const [text, setText] = useState('')
  const [filters, setFilters] = useState<ContactFilterValues>(NO_CONTACT_FILTERS)
  // One per page: it remembers the last matches, to narrow the next keystroke's search.
  const [filterIndex] = useState(() => createContactFilter<Contact>())

  const index = useContactIndex(contacts)
  const shown = useMemo(
    () =>
      filterIndex(index, {
        ...EMPTY_CONTACT_FILTER,
        text,
        organizationId: filters.organizationId || null,
        organizationKind: (filters.organizationKind as OrganizationKind | '') || null,
        cityId: filters.cityId || null,
        language: filters.language || null,
        tag: filters.tag || null,
      }),
    [filterIndex, index, text, filters],
  )
  // After the results are shown, the table for the next letter (see ContactSearch.prepare).
  useEffect(
    () => (text === '' ? undefined : runInSlices(() => filterIndex.prepare(AHEAD_SLICE))),
    [filterIndex, shown, text],
  )
  const cityLabel = useCityLabel()
  const number = useMemo(() => new Intl.NumberFormat(lang), [lang])
  const ranked = queryWords(text).length > 0

  const columns = useMemo(
    (): Column<Contact>[] => [
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
    ],
    [t, lookups, cityLabel],
  )
  const nameColumn = useMemo(
    () => ({
      header: t('contacts.name'),
      width: 'minmax(200px, 2.5fr)',
      nameOf: contactDisplayName,
    }),
    [t],
  )
  // The same element while contacts, organizations and the choices stay: React skips it per key.
  const filterSelects = useMemo(
    () => (
      <ContactFilters
        contacts={contacts}
        lookups={lookups}
        values={filters}
        onChange={setFilters}
      />
    ),
    [contacts, lookups, filters],
  )

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
      shownFor={text}
      count={t(ranked ? 'contacts.shownCountRanked' : 'contacts.shownCount', {
        count: number.format(shown.length),
        total: number.format(contacts?.length ?? 0),
      })}
      nameColumn={nameColumn}
      columns={columns}
      toolbar={<AddressBookActions all={contacts} shown={shown} />}
      search={{ value: text, onChange: setText, placeholder: t('contacts.searchPlaceholder') }}
      filters={filterSelects}
    />
  )
}
