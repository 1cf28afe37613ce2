import type { ReactElement } from 'react'
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons'
import type { Conflict, ConflictSeverity } from '@shared/domain/conflicts'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorStatusDangerForeground3 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  icon: { flexShrink: 0, marginTop: '2px' },
  errorIcon: { color: tokens.colorStatusDangerForeground1 },
  warningIcon: { color: tokens.colorStatusWarningForeground1 },
})

/** The icon of a conflict's severity, with its name for screen readers. */
export function SeverityIcon({ severity }: { severity: ConflictSeverity }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const label = t(`programmeEditor.conflicts.severity.${severity}`)
  switch (severity) {
    case 'error':
      return (
        <ErrorCircleFilled
          className={mergeClasses(styles.icon, styles.errorIcon)}
          aria-label={label}
          role="img"
        />
      )
    case 'warning':
      return (
        <WarningFilled
          className={mergeClasses(styles.icon, styles.warningIcon)}
          aria-label={label}
          role="img"
        />
      )
    default: {
      const unknown: never = severity
      return unknown
    }
  }
}

/** An item's conflicts, each with its icon and the engine's message in the UI language. */
export function ConflictMessages(props: {
  conflicts: readonly Conflict[]
  ariaLabel?: string
}): ReactElement | null {
  const { lang } = useT()
  const styles = useStyles()
  if (props.conflicts.length === 0) return null
  return (
    <ul className={styles.list} aria-label={props.ariaLabel}>
      {props.conflicts.map((c) => (
        <li
          key={c.key}
          className={mergeClasses(
            styles.line,
            c.severity === 'error' ? styles.error : styles.warning,
          )}
        >
          <SeverityIcon severity={c.severity} />
          <span>{c.message[lang]}</span>
        </li>
      ))}
    </ul>
  )
}
