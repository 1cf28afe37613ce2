import { useState, type ReactElement } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import {
  ConfirmDialog,
  EmptyState,
  LoadingState,
  Page,
  PageHeader,
  useNotify,
  useT,
  BackLink,
  RouteLink,
} from '../../components'
import { useRepos } from '../../db/DbContext'
import { useOrganization } from '../../db/hooks'
import { OrganizationForm } from './OrganizationForm'
import { organizationToForm } from './organizationForm'

/** /organizations/new and /organizations/:id. */
export function OrganizationEditPage(): ReactElement {
  const { id } = useParams()
  const isNew = id === undefined
  const { t } = useT()
  const navigate = useNavigate()
  const repos = useRepos()
  const notify = useNotify()
  const organization = useOrganization(id)
  const [trashing, setTrashing] = useState(false)
  const back = (): void => void navigate('/organizations')

  if (!isNew && organization === undefined) return <LoadingState />
  if (!isNew && organization === null) {
    return (
      <Page narrow>
        <EmptyState
          title={t('organizations.notFound')}
          action={<RouteLink to="/organizations">{t('common.back')}</RouteLink>}
        />
      </Page>
    )
  }
  const org = organization ?? null
  const inTrash = org?.deletedAt != null

  return (
    <Page narrow>
      <PageHeader
        title={org ? org.name : t('organizations.new')}
        above={<BackLink to="/organizations">{t('organizations.backToList')}</BackLink>}
      />
      {inTrash ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('organizations.inTrash')}</MessageBarBody>
        </MessageBar>
      ) : null}
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
        extraActions={
          org && !inTrash ? (
            <Button icon={<DeleteRegular />} onClick={() => setTrashing(true)}>
              {t('common.moveToTrash')}
            </Button>
          ) : null
        }
      />
      <ConfirmDialog
        open={trashing}
        title={t('common.moveToTrash')}
        confirmLabel={t('common.moveToTrash')}
        onCancel={() => setTrashing(false)}
        onConfirm={async () => {
          if (!org) return
          await repos.organizations.softDelete(org.id)
          notify({ title: t('common.deleted'), body: org.name })
          back()
        }}
      >
        <p>{t('common.confirmDelete', { name: org?.name ?? '' })}</p>
      </ConfirmDialog>
    </Page>
  )
}
