import type { ReactElement } from 'react'
import { makeStyles, Text, ToggleButton, tokens } from '@fluentui/react-components'
import { CalendarDayRegular, TextBulletListLtrRegular } from '@fluentui/react-icons'
import { useT } from '@renderer/components'
import type { AgendaView } from './agendaViewState'

const useStyles = makeStyles({
  group: { display: 'inline-flex', gap: tokens.spacingHorizontalXXS },
  keys: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
})

/** The list/day toggle; the choice holds for the session. */
export function AgendaViewToggle(props: {
  view: AgendaView
  onView: (view: AgendaView) => void
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  return (
    <div className={styles.group} role="group" aria-label={t('programmeEditor.view.label')}>
      <ToggleButton
        checked={props.view === 'list'}
        icon={<TextBulletListLtrRegular />}
        onClick={() => props.onView('list')}
      >
        {t('programmeEditor.view.list')}
      </ToggleButton>
      <ToggleButton
        checked={props.view === 'day'}
        icon={<CalendarDayRegular />}
        onClick={() => props.onView('day')}
      >
        {t('programmeEditor.view.day')}
      </ToggleButton>
    </div>
  )
}

/** The programme's keys, said where they are used. */
export function AgendaKeysHint(): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  return <Text className={styles.keys}>{t('programmeEditor.keysHint')}</Text>
}
