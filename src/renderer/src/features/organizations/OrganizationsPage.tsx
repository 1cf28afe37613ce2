import { useMemo, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@fluentui/react-components'
import { AddRegular, BinRecycleRegular, BuildingRegular } from '@fluentui/react-icons'
import {
  EMPTY_ORGANIZATION_FILTER,
  filterOrganizations,
} from '../../../../shared/domain/organizationList'
import { ORGANIZATION_KINDS, type Organization } from '../../../../shared/model/organization'
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
import { useOrganizations } from '../../db/hooks'
import { useCityLabel, useCityNames, useCityOptions } from '../cities/useCityOptions'
import { useOrganizationKindOptions } from './useOrganizationKinds'

const asKind = (v: string): Organization['kind'] | null =>
  (ORGANIZATION_KINDS as readonly string[]).includes(v) ? (v as Organization['kind']) : null

/** Organizations with text, kind and city filters. */
export function OrganizationsPage(): ReactElement {
  const { t } = useT()
  const navigate = useNavigate()
  const organizations = useOrganizations()
  const cityOptions = useCityOptions()
  const cityNames = useCityNames()
  const kindOptions = useOrganizationKindOptions()
  const [text, setText] = useState('')
  const [kind, setKind] = useState('')
  const [cityId, setCityId] = useState('')

  const shown = useMemo(
    () =>
      filterOrganizations(
        organizations ?? [],
        { ...EMPTY_ORGANIZATION_FILTER, text, kind: asKind(kind), cityId: cityId || null },
        cityNames,
      ),
    [organizations, text, kind, cityId, cityNames],
  )
  const cityLabel = useCityLabel()

  const newButton = (
    <Button
      appearance="primary"
      icon={<AddRegular />}
      onClick={() => void navigate('/organizations/new')}
    >
      {t('organizations.new')}
    </Button>
  )
  const columns: Column<Organization>[] = [
    {
      id: 'name',
      header: t('fields.orgName'),
      width: 'minmax(200px, 3fr)',
      render: (o) => (
        <RouteLink tabIndex={-1} to={`/organizations/${o.id}`}>
          {o.name}
        </RouteLink>
      ),
    },
    {
      id: 'local',
      header: t('fields.localName'),
      width: 'minmax(120px, 2fr)',
      render: (o) => o.localName,
    },
    {
      id: 'kind',
      header: t('fields.orgKind'),
      width: 'minmax(140px, 1.5fr)',
      render: (o) => t(`enum.orgKind.${o.kind}`),
    },
    {
      id: 'city',
      header: t('fields.city'),
      width: 'minmax(120px, 1.5fr)',
      render: (o) => cityLabel(o.cityId),
    },
  ]

  return (
    <Page fill>
      <PageHeader
        title={t('nav.organizations')}
        actions={
          <>
            {newButton}
            <Button
              icon={<BinRecycleRegular />}
              onClick={() => void navigate('/organizations/trash')}
            >
              {t('common.trash')}
            </Button>
          </>
        }
      />
      {organizations === undefined ? (
        <LoadingState />
      ) : organizations.length === 0 ? (
        <EmptyState
          icon={<BuildingRegular />}
          title={t('organizations.emptyTitle')}
          body={t('organizations.emptyBody')}
          action={newButton}
        />
      ) : (
        <>
          <FilterBar
            count={t('organizations.shownCount', {
              count: shown.length,
              total: organizations.length,
            })}
          >
            <SearchField
              label={t('common.search')}
              value={text}
              onChange={setText}
              placeholder={t('organizations.searchPlaceholder')}
            />
            <FilterSelect
              label={t('fields.orgKind')}
              value={kind}
              allLabel={t('organizations.allKinds')}
              options={kindOptions}
              onChange={setKind}
            />
            <FilterSelect
              label={t('fields.city')}
              value={cityId}
              allLabel={t('organizations.allCities')}
              options={cityOptions}
              onChange={setCityId}
            />
          </FilterBar>
          {shown.length === 0 ? (
            <EmptyState title={t('common.emptyFiltered')} />
          ) : (
            <VirtualTable
              items={shown}
              columns={columns}
              getKey={(o) => o.id}
              onOpen={(o) => void navigate(`/organizations/${o.id}`)}
              ariaLabel={t('nav.organizations')}
            />
          )}
        </>
      )}
    </Page>
  )
}
