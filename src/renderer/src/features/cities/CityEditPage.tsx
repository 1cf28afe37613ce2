import type { ReactElement } from 'react'
import { useNavigate, useParams } from 'react-router'
import {
  EmptyState,
  LoadingState,
  Page,
  PageHeader,
  useNotify,
  useT,
  BackLink,
  RouteLink,
} from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { usePartnerCities } from '@renderer/db/hooks'
import { cityToForm, emptyCityForm } from './cityFormValues'
import { CityForm } from './CityForm'
import { cityName } from './cityText'

/** /cities/new and /cities/:id/edit. */
export function CityEditPage(): ReactElement {
  const { id } = useParams()
  const { t, lang } = useT()
  const navigate = useNavigate()
  const repos = useRepos()
  const notify = useNotify()
  const cities = usePartnerCities()
  const city = id ? cities?.find((c) => c.id === id) : undefined
  const back = id ? `/cities/${id}` : '/cities'
  const title = city ? t('cities.editTitle', { name: cityName(city, lang) }) : t('cities.new')

  if (id && cities === undefined) return <LoadingState />
  if (id && !city) {
    return (
      <Page narrow>
        <EmptyState
          title={t('cities.notFound')}
          action={<RouteLink to="/cities">{t('common.back')}</RouteLink>}
        />
      </Page>
    )
  }

  return (
    <Page narrow>
      <PageHeader title={title} above={<BackLink to={back}>{t('common.back')}</BackLink>} />
      <CityForm
        initial={city ? cityToForm(city) : emptyCityForm()}
        onCancel={() => void navigate(back)}
        onSave={async (input) => {
          const saved = city
            ? await repos.partnerCities.update(city.id, input)
            : await repos.partnerCities.create(input)
          notify({ title: t('common.saved'), body: cityName(saved, lang) })
          void navigate(`/cities/${saved.id}`)
        }}
      />
    </Page>
  )
}
