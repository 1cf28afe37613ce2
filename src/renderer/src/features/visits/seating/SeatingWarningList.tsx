import type { ReactElement } from 'react'
import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import type { SeatingWarning } from '@shared/domain/seating'
import { useT } from '@renderer/components'
import { warningText } from './seatingText'

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
  },
})

/** The plan's warnings, one line each; the same people are marked on their seats. */
export function SeatingWarningList(props: {
  warnings: readonly SeatingWarning[]
  nameOf(contactId: string): string
}): ReactElement {
  const styles = useStyles()
  const { t } = useT()
  if (props.warnings.length === 0) {
    return <Text>{t('seating.noWarnings')}</Text>
  }
  return (
    <section aria-label={t('seating.warningsTitle', { count: props.warnings.length })}>
      <Text weight="semibold">{t('seating.warningsTitle', { count: props.warnings.length })}</Text>
      <ul className={styles.list}>
        {props.warnings.map((w, i) => (
          <li key={i} style={{ listStyle: 'none' }}>
            <MessageBar intent="warning">
              <MessageBarBody>{warningText(w, props.nameOf, t)}</MessageBarBody>
            </MessageBar>
          </li>
        ))}
      </ul>
    </section>
  )
}
