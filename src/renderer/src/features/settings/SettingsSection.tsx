import type { ReactElement, ReactNode } from 'react'
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  danger: { border: `1px solid ${tokens.colorStatusDangerBorder1}` },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
})

/** One card of the settings page, labelled by its heading. */
export function SettingsSection(props: {
  id: string
  title: string
  intro?: string
  danger?: boolean
  children: ReactNode
}): ReactElement {
  const styles = useStyles()
  const headingId = `${props.id}-heading`
  return (
    <section
      aria-labelledby={headingId}
      className={mergeClasses(styles.section, props.danger && styles.danger)}
    >
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {props.title}
      </Text>
      {props.intro ? <Text className={styles.intro}>{props.intro}</Text> : null}
      {props.children}
    </section>
  )
}
