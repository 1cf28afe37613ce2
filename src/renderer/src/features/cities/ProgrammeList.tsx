import { useState, type ReactElement } from 'react'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons'
import type { Programme } from '@shared/model/partnerCity'
import { ConfirmDialog, EmptyState, useDeletionUndo, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { ProgrammeDialog } from './ProgrammeDialog'
import { themeLabel } from './themeText'

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  body: { flex: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground2 },
})

type Editing = { programme: Programme | null } | null

/** The city's long-running programmes: list, create, edit, delete (visits keep, unlinked). */
export function ProgrammeList(props: { cityId: string; programmes: Programme[] }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const repos = useRepos()
  const { deleteWithUndo } = useDeletionUndo()
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<Programme | null>(null)
  const sorted = [...props.programmes].sort((a, b) => b.startYear - a.startYear)

  const newButton = (
    <Button icon={<AddRegular />} onClick={() => setEditing({ programme: null })}>
      {t('cities.programmes.new')}
    </Button>
  )

  return (
    <section aria-labelledby="programmes-heading">
      <div className={styles.head}>
        <Text as="h2" id="programmes-heading" size={500} weight="semibold" style={{ margin: 0 }}>
          {t('cities.programmes.title')}
        </Text>
        {sorted.length > 0 ? newButton : null}
      </div>
      {sorted.length === 0 ? (
        <EmptyState
          title={t('cities.programmes.emptyTitle')}
          body={t('cities.programmes.emptyBody')}
          action={newButton}
        />
      ) : (
        <ul className={styles.list}>
          {sorted.map((p) => (
            <li key={p.id} className={styles.item}>
              <div className={styles.body}>
                <Text weight="semibold">{p.title}</Text>
                <Text className={styles.meta}>
                  {p.startYear}–{p.endYear ?? t('cities.programmes.ongoing')}
                  {p.themes.length > 0
                    ? ` · ${p.themes.map((x) => themeLabel(x, t)).join(', ')}`
                    : ''}
                </Text>
                {p.description ? <Text>{p.description}</Text> : null}
              </div>
              <Button
                appearance="subtle"
                icon={<EditRegular />}
                aria-label={t('cities.programmes.editNamed', { name: p.title })}
                onClick={() => setEditing({ programme: p })}
              />
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('cities.programmes.deleteNamed', { name: p.title })}
                onClick={() => setDeleting(p)}
              />
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ProgrammeDialog
          cityId={props.cityId}
          programme={editing.programme}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t('cities.programmes.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return
          await deleteWithUndo('deleted', deleting.title, () =>
            repos.programmes.remove(deleting.id),
          )
          setDeleting(null)
        }}
      >
        <p>{t('common.confirmDeletePermanent', { name: deleting?.title ?? '' })}</p>
        <p>{t('cities.programmes.deleteVisitsKept')}</p>
      </ConfirmDialog>
    </section>
  )
}
