import type { ReactElement } from 'react'
import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { useT } from '@renderer/components'
import { isThemeChoice, THEME_CHOICES } from '@renderer/theme/themeChoice'
import { setThemeChoice, useThemeChoice } from '@renderer/theme/useAppTheme'

/** Light, dark or high contrast, or following the system; documents keep their own look. */
export function ThemeSwitch(): ReactElement {
  const { t } = useT()
  const choice = useThemeChoice()
  return (
    <Field label={t('theme.label')} hint={t('theme.hint')}>
      <RadioGroup
        layout="horizontal"
        value={choice}
        onChange={(_, d) => isThemeChoice(d.value) && setThemeChoice(d.value)}
      >
        {THEME_CHOICES.map((code) => (
          <Radio key={code} value={code} label={t(`theme.choice.${code}`)} />
        ))}
      </RadioGroup>
    </Field>
  )
}
