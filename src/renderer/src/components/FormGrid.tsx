import type { ReactElement, ReactNode } from 'react'
import { makeStyles, Text, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    alignItems: 'start',
  },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
})

/** A titled group of form fields laid out in responsive columns. */
export function FormSection(props: {
  title: string
  hint?: string
  children: ReactNode
}): ReactElement {
  const styles = useStyles()
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          {props.title}
        </Text>
      </legend>
      {props.hint ? <Text className={styles.hint}>{props.hint}</Text> : null}
      <div className={styles.grid}>{props.children}</div>
    </fieldset>
  )
}

/** Lets one field span the whole row of a FormSection (long texts). */
export function FullWidth({ children }: { children: ReactNode }): ReactElement {
  return <div style={{ gridColumn: '1 / -1' }}>{children}</div>
}
