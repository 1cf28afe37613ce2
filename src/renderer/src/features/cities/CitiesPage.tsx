import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@fluentui/react-components'
import { AddRegular, GlobeRegular } from '@fluentui/react-icons'
import type { PartnerCity } from '@shared/model/partnerCity'
import {
  EmptyState,
  LoadingState,
  Page,
  PageHeader,
  useNow,
  useShortcutHint,
  useT,
  VirtualTable,
  type Column,
  RouteLink,
} from '@renderer/components'
import { usePartnerCities } from '@renderer/db/hooks'
import { CityStatusBadge } from './CityStatusBadge'
import { cityName, localTimeIn, sortCities } from './cityText'

/** All partner cities with their local time now. */
export function CitiesPage(): ReactElement {
  const { t, lang } = useT()
  const navigate = useNavigate()
  const cities = usePartnerCities()
  const now = useNow()

  const shortcutHint = useShortcutHint()
  const newButton = (
    <Button
      appearance="primary"
      icon={<AddRegular />}
      onClick={() => void navigate('/cities/new')}
      {...shortcutHint(t('cities.new'), 'newItem')}
    >
      {t('cities.new')}
    </Button>
  )

  const columns: Column<PartnerCity>[] = [
    {
      id: 'name',
      header: t('fields.cityName'),
      width: 'minmax(160px, 2fr)',
      render: (c) => (
        <RouteLink tabIndex={-1} to={`/cities/${c.id}`}>
          {cityName(c, lang)}
        </RouteLink>
      ),
    },
    {
      id: 'country',
      header: t('fields.country'),
      width: 'minmax(120px, 2fr)',
      render: (c) => c.country[lang],
    },
    {
      id: 'since',
      header: t('fields.partnerSince'),
      width: '120px',
      render: (c) => c.partnerSince,
    },
    {
      id: 'status',
      header: t('fields.status'),
      width: '190px',
      render: (c) => <CityStatusBadge status={c.status} />,
    },
    {
      id: 'time',
      header: t('cities.localTime'),
      width: '180px',
      render: (c) =>
        `${localTimeIn(c, now)} · ${c.timeZone.split('/').pop()?.replaceAll('_', ' ') ?? ''}`,
    },
  ]

  return (
    <Page fill>
      <PageHeader
        title={t('nav.cities')}
        subtitle={cities ? t('cities.count', { count: cities.length }) : undefined}
        actions={newButton}
      />
      {cities === undefined ? (
        <LoadingState />
      ) : cities.length === 0 ? (
        <EmptyState
          icon={<GlobeRegular />}
          title={t('cities.emptyTitle')}
          body={t('cities.emptyBody')}
          action={newButton}
        />
      ) : (
        <VirtualTable
          items={sortCities(cities, lang)}
          columns={columns}
          getKey={(c) => c.id}
          onOpen={(c) => void navigate(`/cities/${c.id}`)}
          ariaLabel={t('nav.cities')}
        />
      )}
    </Page>
  )
}
