import { useState, type ReactElement } from 'react'
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components'
import { ArrowRightRegular, CheckmarkCircleRegular } from '@fluentui/react-icons'
import { formatDateShort } from '@shared/dates'
import type { Conflict } from '@shared/domain/conflicts'
import type { AgendaItem } from '@shared/model/agenda'
import { useT } from '@renderer/components'
import { SeverityIcon } from './ConflictMessages'

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  errors: { borderLeft: `4px solid ${tokens.colorStatusDangerBorder2}` },
  warnings: { borderLeft: `4px solid ${tokens.colorStatusWarningBorder2}` },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column' },
  entry: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  message: { flexGrow: 1, flexBasis: '320px' },
  clear: {
    flexDirection: 'row',
    alignItems: 'center',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  ok: { color: tokens.colorStatusSuccessForeground1 },
})

/** Enough to read at a glance; the rest one click away. */
const FIRST_SHOWN = 6

export type ConflictsPanelProps = {
  conflicts: readonly Conflict[]
  /** This visit's items: only those can be jumped to here. */
  itemsById: Map<string, AgendaItem>
  onJump: (itemId: string) => void
}

/** The visit's conflicts in one list; each names its items with a button that jumps to them. */
export function ConflictsPanel(props: ConflictsPanelProps): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const [all, setAll] = useState(false)
  const { conflicts } = props
  const errors = conflicts.filter((c) => c.severity === 'error').length

  if (conflicts.length === 0) {
    return (
      <div className={mergeClasses(styles.panel, styles.clear)} role="status">
        <CheckmarkCircleRegular className={styles.ok} aria-hidden />
        <Text>{t('programmeEditor.conflicts.none')}</Text>
      </div>
    )
  }
  const shown = all ? conflicts : conflicts.slice(0, FIRST_SHOWN)
  return (
    <section
      className={mergeClasses(styles.panel, errors > 0 ? styles.errors : styles.warnings)}
      aria-labelledby="programme-conflicts-heading"
    >
      <Text as="h2" id="programme-conflicts-heading" size={400} weight="semibold">
        {t('programmeEditor.conflicts.heading', { count: conflicts.length })}
      </Text>
      <ul className={styles.list}>
        {shown.map((conflict) => (
          <li key={conflict.key} className={styles.entry}>
            <SeverityIcon severity={conflict.severity} />
            <Text className={styles.message}>{conflict.message[lang]}</Text>
            {conflict.itemIds
              .map((id) => props.itemsById.get(id))
              .filter((item): item is AgendaItem => item !== undefined)
              .map((item) => (
                <Button
                  key={item.id}
                  size="small"
                  icon={<ArrowRightRegular />}
                  iconPosition="after"
                  aria-label={t('programmeEditor.conflicts.jumpTo', {
                    title: item.title,
                    when: `${formatDateShort(item.date, lang)}, ${item.startTime}`,
                  })}
                  onClick={() => props.onJump(item.id)}
                >
                  {/* Two items of one clash often share a title (a copy); the time tells them apart. */}
                  {item.title} · {item.startTime}
                </Button>
              ))}
          </li>
        ))}
      </ul>
      {conflicts.length > FIRST_SHOWN ? (
        <Button appearance="subtle" onClick={() => setAll(!all)}>
          {all
            ? t('programmeEditor.conflicts.showFewer')
            : t('programmeEditor.conflicts.showAll', { count: conflicts.length })}
        </Button>
      ) : null}
    </section>
  )
}
