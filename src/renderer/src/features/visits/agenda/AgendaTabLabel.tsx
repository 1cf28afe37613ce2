import type { ReactElement } from 'react'
import { Badge, makeStyles, tokens } from '@fluentui/react-components'
import { useT } from '@renderer/components'
import { useVisitConflicts } from '../conflicts/useConflicts'

const useStyles = makeStyles({
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
})

/** "Programmablauf" with the visit's conflict count, so a clash shows from every tab. */
export function AgendaTabLabel({ visitId }: { visitId: string }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const conflicts = useVisitConflicts(visitId)
  const count = conflicts?.length ?? 0
  const errors = conflicts?.some((c) => c.severity === 'error') ?? false
  return (
    <span className={styles.label}>
      {t('visits.tab.agenda')}
      {count > 0 ? (
        <Badge
          size="small"
          appearance="filled"
          color={errors ? 'danger' : 'warning'}
          aria-label={t('programmeEditor.conflicts.tabCount', { count })}
          data-testid="agenda-conflict-count"
        >
          {count}
        </Badge>
      ) : null}
    </span>
  )
}
