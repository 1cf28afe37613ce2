import { useMemo, useState, type ReactElement } from 'react'
import { AddRegular, BuildingRegular } from '@fluentui/react-icons'
import { EMPTY_ORGANIZATION_FILTER, filterOrganizations } from '@shared/domain/organizationList'
import { ORGANIZATION_KINDS, type Organization } from '@shared/model/organization'
import { EntityListPage, FilterSelect, useT, type Column } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useOrganizations } from '@renderer/db/hooks'
import { useCityLabel, useCityNames, useCityOptions } from '@renderer/features/cities'
import { useOrganizationKindOptions } from './useOrganizationKinds'

const asKind = (v: string): Organization['kind'] | null =>
  (ORGANIZATION_KINDS as readonly string[]).includes(v) ? (v as Organization['kind']) : null

/** Organizations with text, kind and city filters. */
export function OrganizationsPage(): ReactElement {
  const { t, lang } = useT()
  const repos = useRepos()
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
  const number = new Intl.NumberFormat(lang)

  const columns: Column<Organization>[] = [
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
    <EntityListPage
      title={t('nav.organizations')}
      path="/organizations"
      newLabel={t('organizations.new')}
      newIcon={<AddRegular />}
      kind="organizations"
      trashRepo={repos.organizations}
      empty={{
        icon: <BuildingRegular />,
        title: t('organizations.emptyTitle'),
        body: t('organizations.emptyBody'),
      }}
      items={organizations}
      shown={shown}
      count={t('organizations.shownCount', {
        count: number.format(shown.length),
        total: number.format(organizations?.length ?? 0),
      })}
      nameColumn={{
        header: t('fields.orgName'),
        width: 'minmax(200px, 3fr)',
        nameOf: (o) => o.name,
      }}
      columns={columns}
      search={{
        value: text,
        onChange: setText,
        placeholder: t('organizations.searchPlaceholder'),
      }}
      filters={
        <>
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
        </>
      }
    />
  )
}
