import type { ReactElement } from 'react'
import { makeStyles, Text, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: '200px',
    flex: '1 1 200px',
  },
  value: { color: tokens.colorBrandForeground1 },
  label: { color: tokens.colorNeutralForeground2 },
})

/** One headline number with what it means and how it was counted. */
export function KeyFigure(props: { label: string; value: string; detail: string }): ReactElement {
  const styles = useStyles()
  return (
    <div className={styles.card} role="group" aria-label={props.label}>
      <Text className={styles.label}>{props.label}</Text>
      <Text size={800} weight="semibold" className={styles.value}>
        {props.value}
      </Text>
      <Text size={200}>{props.detail}</Text>
    </div>
  )
}
