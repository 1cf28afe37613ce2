import { useDeferredValue, useMemo, type ReactElement } from 'react'
import { useWatch } from 'react-hook-form'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { CheckmarkCircleRegular } from '@fluentui/react-icons'
import type { ConflictChecker } from '@shared/domain/conflicts'
import type { agendaItemInputSchema } from '@shared/model/agenda'
import { useT, type EntityForm } from '@renderer/components'
import { agendaFormToInput, type AgendaFormValues } from './agendaFormValues'
import { ConflictMessages } from './ConflictMessages'

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  clear: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
})

export type DraftConflictsProps = {
  form: EntityForm<AgendaFormValues, typeof agendaItemInputSchema>
  checker: ConflictChecker | undefined
  visitId: string
  /** The item's id, or a temporary one for a new item. */
  itemId: string
}

/**
 * The conflicts the item would have as it stands in the form, updated as one types: the form's
 * values go to the engine as a draft, nothing is saved.
 */
export function DraftConflicts(props: DraftConflictsProps): ReactElement | null {
  const { t } = useT()
  const styles = useStyles()
  const values = useWatch({ control: props.form.control }) as AgendaFormValues
  // Typing stays smooth: the check may lag a keystroke behind on a large office. Deferred as a
  // string, since a fresh object on every render would keep React re-rendering in the background.
  const deferred = useDeferredValue(JSON.stringify(values))
  const { checker, visitId, itemId } = props
  const conflicts = useMemo(() => {
    if (!checker) return null
    const draft = {
      ...agendaFormToInput(JSON.parse(deferred) as AgendaFormValues, visitId),
      id: itemId,
      createdAt: '',
      updatedAt: '',
    }
    try {
      return checker.withDraft(draft).filter((c) => c.itemIds.includes(itemId))
    } catch {
      // A half-typed draft the engine cannot read yet has no conflicts to show.
      return []
    }
  }, [checker, deferred, visitId, itemId])
  if (!conflicts) return null
  return (
    <section
      className={styles.box}
      aria-live="polite"
      aria-label={t('programmeEditor.conflicts.draft')}
    >
      <Text weight="semibold">{t('programmeEditor.conflicts.draft')}</Text>
      {conflicts.length === 0 ? (
        <Text className={styles.clear}>
          <CheckmarkCircleRegular aria-hidden />
          {t('programmeEditor.conflicts.noneForDraft')}
        </Text>
      ) : (
        <ConflictMessages conflicts={conflicts} />
      )}
    </section>
  )
}
