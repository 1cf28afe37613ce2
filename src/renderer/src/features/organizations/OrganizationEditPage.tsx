import type { ReactElement } from 'react'
import { useNavigate, useParams } from 'react-router'
import { TrashableEditPage, useNotify, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useOrganization } from '@renderer/db/hooks'
import { OrganizationForm } from './OrganizationForm'
import { OrganizationPeople } from './OrganizationPeople'
import { organizationToForm } from './organizationFormValues'

/** /organizations/new and /organizations/:id. */
export function OrganizationEditPage(): ReactElement {
  const { id } = useParams()
  const { t } = useT()
  const navigate = useNavigate()
  const repos = useRepos()
  const notify = useNotify()
  const organization = useOrganization(id)
  const back = (): void => void navigate('/organizations')

  return (
    <TrashableEditPage
      record={organization}
      isNew={id === undefined}
      listPath="/organizations"
      texts={{
        newTitle: t('organizations.new'),
        backToList: t('organizations.backToList'),
        notFound: t('organizations.notFound'),
        inTrash: t('organizations.inTrash'),
      }}
      nameOf={(org) => org.name}
      moveToTrash={(org) => repos.organizations.softDelete(org.id)}
    >
      {(org, trashButton) => (
        <>
          <OrganizationForm
            key={org?.id ?? 'new'}
            initial={organizationToForm(org)}
            onCancel={back}
            onSave={async (input) => {
              const saved = org
                ? await repos.organizations.update(org.id, input)
                : await repos.organizations.create(input)
              notify({ title: t('common.saved'), body: saved.name })
              back()
            }}
            extraActions={trashButton}
          />
          {org ? <OrganizationPeople organizationId={org.id} /> : null}
        </>
      )}
    </TrashableEditPage>
  )
}
