import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { DeleteRegular, EditRegular } from '@fluentui/react-icons'
import { formatDateRange } from '@shared/dates'
import { FOCUS_THEMES } from '@shared/model/common'
import { ConfirmDialog, useDeletionUndo, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts, useProgrammes } from '@renderer/db/hooks'
import { DetailList } from '../common/DetailList'
import { contactLabel } from '../common/names'
import { StatusBadge } from '../common/StatusBadge'
import { EmergencyNumberList } from './EmergencyNumberList'
import type { VisitContext } from '../common/visitContext'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS },
})

const isFocusTheme = (theme: string): theme is (typeof FOCUS_THEMES)[number] =>
  (FOCUS_THEMES as readonly string[]).includes(theme)

/** Every field of the visit, with edit and move-to-trash. */
export function OverviewTab({ visit, city }: VisitContext): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const { deleteWithUndo } = useDeletionUndo()
  const repos = useRepos()
  const contacts = useContacts({ includeDeleted: true })
  const programmes = useProgrammes()
  const [confirming, setConfirming] = useState(false)

  const personOf = (id: string | null): string => {
    if (!id) return ''
    const contact = contacts?.find((c) => c.id === id)
    return contact ? contactLabel(contact) : ''
  }
  const themeText = visit.themes
    .map((theme) => (isFocusTheme(theme) ? t(`enum.theme.${theme}`) : theme))
    .join(', ')
  const programme = programmes?.find((p) => p.id === visit.programmeId)

  return (
    <div className={styles.root}>
      {visit.deletedAt === null ? (
        <div className={styles.toolbar}>
          <Button
            appearance="primary"
            icon={<EditRegular />}
            onClick={() => void navigate(`/visits/${visit.id}/edit`)}
          >
            {t('common.edit')}
          </Button>
          <Button icon={<DeleteRegular />} onClick={() => setConfirming(true)}>
            {t('common.moveToTrash')}
          </Button>
        </div>
      ) : null}
      <DetailList
        none={t('common.none')}
        entries={[
          { label: t('visits.field.direction'), value: t(`enum.direction.${visit.direction}`) },
          { label: t('visits.field.city'), value: city ? city.name[lang] : '' },
          {
            label: t('visits.list.dates'),
            value: formatDateRange(visit.startDate, visit.endDate, lang),
          },
          { label: t('visits.field.status'), value: <StatusBadge status={visit.status} /> },
          {
            label: t('visits.field.classification'),
            value: t(`enum.classification.${visit.classification}`),
          },
          { label: t('visits.field.themes'), value: themeText },
          { label: t('visits.field.programme'), value: programme?.title ?? '' },
          { label: t('visits.field.headOfDelegation'), value: personOf(visit.headOfDelegationId) },
          { label: t('visits.field.host'), value: personOf(visit.hostId) },
          { label: t('visits.field.purpose'), value: visit.purpose },
          { label: t('visits.field.objectives'), value: visit.objectives },
          { label: t('visits.field.background'), value: visit.background },
          {
            label: t('visits.field.category'),
            value: visit.category ? t(`enum.visitCategory.${visit.category}`) : '',
          },
          { label: t('visits.field.pressPlan'), value: visit.pressPlan },
          { label: t('visits.field.photoRules'), value: visit.photoRules },
          { label: t('visits.field.securityNotes'), value: visit.securityNotes },
          {
            label: t('visits.field.emergencyNumbers'),
            value:
              visit.emergencyNumbers.length > 0 ? (
                <EmergencyNumberList numbers={visit.emergencyNumbers} />
              ) : (
                ''
              ),
          },
          { label: t('visits.field.flagsAndAnthems'), value: visit.flagsAndAnthems },
        ]}
      />
      <ConfirmDialog
        open={confirming}
        title={t('common.moveToTrash')}
        confirmLabel={t('common.moveToTrash')}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await deleteWithUndo('trashed', visit.title, () => repos.visits.softDelete(visit.id))
          setConfirming(false)
          void navigate('/visits')
        }}
      >
        {t('common.confirmDelete', { name: visit.title })}
      </ConfirmDialog>
    </div>
  )
}
