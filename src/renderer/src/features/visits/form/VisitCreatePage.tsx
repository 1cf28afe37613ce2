import type { ReactElement } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { VisitInput } from '@shared/model/visit'
import { BackLink, LoadingState, Page, PageHeader, useNotify, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useSettings } from '@renderer/db/hooks'
import { VisitForm } from './VisitForm'
import { emptyVisitForm } from './visitFormValues'

/** /visits/new — `?city=<id>` preselects the partner city (e.g. from a city's page). */
export function VisitCreatePage(): ReactElement {
  const { t } = useT()
  const navigate = useNavigate()
  const notify = useNotify()
  const repos = useRepos()
  const settings = useSettings()
  const [params] = useSearchParams()

  const save = async (input: VisitInput): Promise<void> => {
    const visit = await repos.visits.createWithPrincipals(input)
    notify({ title: t('common.saved') })
    void navigate(`/visits/${visit.id}`)
  }

  return (
    <Page narrow>
      <PageHeader
        above={<BackLink to="/visits">{t('visits.detail.back')}</BackLink>}
        title={t('visits.new')}
      />
      {settings ? (
        <VisitForm
          ariaLabel={t('visits.new')}
          defaultValues={emptyVisitForm({
            classification: settings.defaultClassification,
            cityId: params.get('city') ?? undefined,
          })}
          onSubmit={save}
          onCancel={() => void navigate('/visits')}
        />
      ) : (
        <LoadingState />
      )}
    </Page>
  )
}
