import type { ReactElement } from 'react'
import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { CheckmarkRegular } from '@fluentui/react-icons'
import { formatDateShort, todayIn } from '@shared/dates'
import { sortFollowUps } from '@shared/domain/displayOrder'
import { countOverdue, isOverdue } from '@shared/domain/followUps'
import { offersThankYouFollowUp, thankYouFollowUpInput } from '@shared/documents/letters'
import type { FollowUp } from '@shared/model/gift'
import { EmptyState, LoadingState, useRowEditor, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useVisitChildren } from '@renderer/db/hooks'
import { rowActionsColumn, type RowActionsProps } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import { useSafeAction } from '../common/useSafeAction'
import { VisitChildTab } from '../common/VisitChildList'
import type { VisitContext } from '../common/visitContext'
import { FollowUpDialog } from './FollowUpDialog'
import { emptyFollowUpForm, followUpFormToInput, followUpToFormValues } from './followUpFormValues'

const useStyles = makeStyles({
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  due: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
})

/** What the visit left to do; overdue means open past its date in the home city's today. */
export function FollowUpsTab({ visit, settings }: VisitContext): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const repos = useRepos()
  const followUps = useVisitChildren('followUps', visit.id)
  const editor = useRowEditor(repos.followUps, {
    toValues: followUpToFormValues,
    newTitle: t('followUps.new'),
    editTitle: t('followUps.edit'),
  })
  const run = useSafeAction()
  const editable = visit.deletedAt === null
  if (!followUps) return <LoadingState />

  const today = todayIn(settings.homeTimeZone)
  const overdueCount = countOverdue(followUps, today)
  const markDone = (f: FollowUp): void => {
    const values = { ...followUpToFormValues(f), status: 'done' as const }
    const input = followUpFormToInput(values, {
      visitId: visit.id,
      today,
      previousDoneAt: f.doneAt,
    })
    run(() => repos.followUps.update(f.id, input), t('followUps.markedDone'))
  }

  const columns: SimpleColumn<FollowUp>[] = [
    { id: 'what', header: t('followUps.what'), render: (f) => f.what },
    {
      id: 'owner',
      header: t('followUps.owner'),
      width: '180px',
      render: (f) => f.owner || t('common.none'),
    },
    {
      id: 'due',
      header: t('followUps.dueDate'),
      width: '200px',
      render: (f) =>
        f.dueDate === null ? (
          t('common.none')
        ) : isOverdue(f, today) ? (
          <span className={styles.due}>
            <span className={styles.overdue}>{formatDateShort(f.dueDate, lang)}</span>
            <Badge color="danger" shape="rounded">
              {t('followUps.overdue')}
            </Badge>
          </span>
        ) : (
          formatDateShort(f.dueDate, lang)
        ),
    },
    {
      id: 'status',
      header: t('followUps.status'),
      width: '150px',
      render: (f) =>
        f.status === 'done' && f.doneAt
          ? t('followUps.doneOn', { date: formatDateShort(f.doneAt, lang) })
          : t(`enum.followUpStatus.${f.status}`),
    },
  ]
  if (editable) {
    const markDoneButton = (f: FollowUp): ReactElement => (
      <Button
        size="small"
        appearance="subtle"
        icon={<CheckmarkRegular />}
        aria-label={t('followUps.markDoneNamed', { name: f.what })}
        title={t('followUps.markDone')}
        onClick={() => markDone(f)}
      />
    )
    const actionsOf = (f: FollowUp): RowActionsProps => ({
      name: f.what,
      leading: f.status === 'open' ? markDoneButton(f) : null,
      onEdit: () => editor.startEdit(f),
      onDelete: () => repos.followUps.remove(f.id),
    })
    columns.push(rowActionsColumn(t('common.actions'), actionsOf, '130px'))
  }

  return (
    <VisitChildTab
      add={
        editable
          ? { label: t('followUps.new'), onClick: () => editor.startNew(emptyFollowUpForm()) }
          : null
      }
      status={
        <>
          {overdueCount > 0 ? (
            <Text className={styles.overdue} role="status">
              {t('followUps.overdueCount', { count: overdueCount })}
            </Text>
          ) : null}
          {editable && offersThankYouFollowUp(visit, followUps, today) ? (
            <Button
              onClick={() =>
                run(
                  () =>
                    repos.followUps.create(thankYouFollowUpInput(visit, lang, settings.officeName)),
                  t('letters.followUpAdded'),
                )
              }
            >
              {t('letters.offerFollowUp')}
            </Button>
          ) : null}
        </>
      }
      dialog={
        editor.dialog ? (
          <FollowUpDialog
            {...editor.dialog}
            visitId={visit.id}
            today={today}
            previousDoneAt={editor.row?.doneAt ?? null}
          />
        ) : null
      }
    >
      {followUps.length === 0 ? (
        <EmptyState title={t('followUps.empty')} body={t('followUps.emptyBody')} />
      ) : (
        <SimpleTable
          items={sortFollowUps(followUps)}
          columns={columns}
          getKey={(f) => f.id}
          ariaLabel={t('visits.tab.followUps')}
          rowTone={(f) => (isOverdue(f, today) ? 'danger' : null)}
        />
      )}
    </VisitChildTab>
  )
}
