import type { ReactElement } from 'react'
import { useNavigate, useParams } from 'react-router'
import type { VisitInput } from '@shared/model/visit'
import {
  BackLink,
  EmptyState,
  LoadingState,
  Page,
  PageHeader,
  useNotify,
  useT,
} from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useVisit } from '@renderer/db/hooks'
import { VisitForm } from './VisitForm'
import { visitToFormValues } from './visitFormValues'

/** /visits/:id/edit — the same form as for a new visit, filled in. */
export function VisitEditPage(): ReactElement {
  const { t } = useT()
  const navigate = useNavigate()
  const notify = useNotify()
  const repos = useRepos()
  const { id = '' } = useParams()
  const visit = useVisit(id)
  const detail = `/visits/${id}`

  const save = async (input: VisitInput): Promise<void> => {
    await repos.visits.updateWithPrincipals(id, input)
    notify({ title: t('common.saved') })
    void navigate(detail)
  }

  return (
    <Page narrow>
      <PageHeader
        above={<BackLink to={detail}>{visit?.title ?? t('visits.detail.back')}</BackLink>}
        title={t('visits.edit')}
      />
      {visit === undefined ? (
        <LoadingState />
      ) : visit === null ? (
        <EmptyState title={t('visits.detail.notFound')} />
      ) : (
        <VisitForm
          // A fresh form when another visit is opened in the same route.
          key={visit.id}
          ariaLabel={t('visits.edit')}
          defaultValues={visitToFormValues(visit)}
          onSubmit={save}
          onCancel={() => void navigate(detail)}
        />
      )}
    </Page>
  )
}
