import type { ReactElement } from 'react'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { LightbulbRegular } from '@fluentui/react-icons'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  text: { whiteSpace: 'pre-line', flexGrow: 1, paddingTop: tokens.spacingVerticalXXS },
})

/**
 * The rule table's suggestion under a field and a button to take it. Shown only when it differs
 * from what the field holds; nothing is written unless the button is pressed.
 */
export function SuggestionHint(props: {
  suggestion: string | undefined
  current: string
  fieldLabel: string
  onTake: (value: string) => void
}): ReactElement | null {
  const { t } = useT()
  const styles = useStyles()
  const { suggestion } = props
  if (!suggestion || suggestion.trim() === props.current.trim()) return null
  return (
    <div className={styles.row}>
      <Text size={200} className={styles.text}>
        {t('contactForm.suggestion', { value: suggestion })}
      </Text>
      <Button
        size="small"
        appearance="secondary"
        icon={<LightbulbRegular />}
        aria-label={t('contactForm.takeSuggestionFor', { field: props.fieldLabel })}
        onClick={() => props.onTake(suggestion)}
      >
        {t('contactForm.takeSuggestion')}
      </Button>
    </div>
  )
}
