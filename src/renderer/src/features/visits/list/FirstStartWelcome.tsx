import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { Button, Spinner } from '@fluentui/react-components'
import { AddRegular, DatabaseRegular, HandWaveRegular } from '@fluentui/react-icons'
import {
  EmptyState,
  EmptyStateActions,
  errorText,
  useBusyRun,
  useNotify,
  useT,
} from '@renderer/components'
import { useDataOperations } from '@renderer/db/useDataOperations'

/**
 * The start page of an empty office: the two ways in, trying the demo data or creating the first
 * visit. The visit list replaces it as soon as there is a visit.
 */
export function FirstStartWelcome(): ReactElement {
  const { t, lang } = useT()
  const navigate = useNavigate()
  const notify = useNotify()
  const operations = useDataOperations()
  const { busy, showSpinner, run } = useBusyRun()

  const loadDemo = (): void => {
    void run(async () => {
      try {
        await operations.loadDemo()
        notify({ title: t('welcome.loaded') })
      } catch (e) {
        notify({ intent: 'error', title: errorText(e, t, lang) })
      }
    })
  }

  return (
    <EmptyState
      icon={<HandWaveRegular />}
      title={t('welcome.title')}
      body={t('welcome.body')}
      action={
        <EmptyStateActions>
          <Button
            appearance="primary"
            icon={<AddRegular />}
            disabled={busy}
            onClick={() => void navigate('/visits/new')}
          >
            {t('welcome.newVisit')}
          </Button>
          <Button
            icon={showSpinner ? <Spinner size="tiny" /> : <DatabaseRegular />}
            disabled={busy}
            onClick={loadDemo}
          >
            {showSpinner ? t('welcome.loadingDemo') : t('welcome.loadDemo')}
          </Button>
        </EmptyStateActions>
      }
    />
  )
}
