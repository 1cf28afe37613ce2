import { useState, type ReactElement } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import { DeleteRegular, DocumentArrowDownRegular, EditRegular } from '@fluentui/react-icons'
import {
  ConfirmDialog,
  EmptyState,
  errorText,
  LoadingState,
  Page,
  PageHeader,
  useDeletionUndo,
  useT,
  BackLink,
  RouteLink,
} from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useCityUsage } from '@renderer/db/aggregateHooks'
import { usePartnerCities, useProgrammes, useVisits } from '@renderer/db/hooks'
import { CityFacts } from './CityFacts'
import { CityVisits } from './CityVisits'
import { DossierDialog } from './DossierDialog'
import { cityName } from './cityText'
import { ProgrammeList } from './ProgrammeList'
import { usageParts } from './cityUsage'

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
})

/** /cities/:id — facts, programmes, visits, the dossier; edit and (when unused) delete. */
export function CityDetailPage(): ReactElement {
  const { id = '' } = useParams()
  const { t, lang } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const repos = useRepos()
  const { deleteWithUndo } = useDeletionUndo()
  const cities = usePartnerCities()
  const programmes = useProgrammes()
  const usage = useCityUsage(id)
  const visits = useVisits()
  const [refusal, setRefusal] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [dossierOpen, setDossierOpen] = useState(false)
  const city = cities?.find((c) => c.id === id)

  if (cities === undefined) return <LoadingState />
  if (!city) {
    return (
      <Page narrow>
        <EmptyState
          title={t('cities.notFound')}
          action={<RouteLink to="/cities">{t('common.back')}</RouteLink>}
        />
      </Page>
    )
  }
  const name = cityName(city, lang)

  const askDelete = (): void => {
    const parts = usage ? usageParts(usage) : []
    if (parts.length > 0) {
      const list = parts.map(([kind, n]) => t(`cities.usage.${kind}`, { count: n })).join(', ')
      setRefusal(t('cities.deleteRefused', { name, list }))
      return
    }
    setRefusal(null)
    setConfirming(true)
  }

  return (
    <Page narrow>
      <PageHeader
        title={name}
        subtitle={city.country[lang]}
        above={<BackLink to="/cities">{t('cities.backToList')}</BackLink>}
        actions={
          <>
            <Button
              appearance="primary"
              icon={<EditRegular />}
              onClick={() => void navigate(`/cities/${city.id}/edit`)}
            >
              {t('common.edit')}
            </Button>
            <Button icon={<DocumentArrowDownRegular />} onClick={() => setDossierOpen(true)}>
              {t('dossier.page.dossier.open')}
            </Button>
            <Button icon={<DeleteRegular />} onClick={askDelete} disabled={usage === undefined}>
              {t('common.delete')}
            </Button>
          </>
        }
      />
      <div className={styles.stack}>
        {refusal ? (
          <MessageBar
            intent="warning"
            layout="multiline"
            role="alert"
            data-testid="city-delete-refused"
          >
            <MessageBarBody>{refusal}</MessageBarBody>
          </MessageBar>
        ) : null}
        <CityFacts city={city} visitCount={usage?.visits} />
        <ProgrammeList
          cityId={city.id}
          programmes={(programmes ?? []).filter((p) => p.cityId === city.id)}
        />
        <CityVisits cityName={name} visits={visits?.filter((v) => v.cityId === city.id)} />
      </div>
      <DossierDialog city={city} open={dossierOpen} onClose={() => setDossierOpen(false)} />
      <ConfirmDialog
        open={confirming}
        title={t('cities.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          try {
            await deleteWithUndo('deleted', name, () => repos.partnerCities.remove(city.id))
          } catch (e) {
            setConfirming(false)
            setRefusal(errorText(e, t, lang))
            return
          }
          void navigate('/cities')
        }}
      >
        <p>{t('common.confirmDeletePermanent', { name })}</p>
      </ConfirmDialog>
    </Page>
  )
}
