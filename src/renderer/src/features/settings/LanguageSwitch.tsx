import { useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { UI_LANGUAGES } from '@shared/model/common'
import { useNotify, useT, errorText } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { applyLanguage, isUiLanguage } from '@renderer/i18n'

/** Switches the UI at once; Settings and localStorage remember it across restarts. */
export function LanguageSwitch(): ReactElement {
  const { t, lang } = useT()
  const { i18n } = useTranslation()
  const repos = useRepos()
  const notify = useNotify()
  // Shown checked at once, until the UI language has caught up (then `from` no longer matches).
  const [pending, setPending] = useState<{ value: string; from: string } | null>(null)
  const shown = pending && pending.from === lang ? pending.value : lang

  const choose = async (value: string): Promise<void> => {
    if (!isUiLanguage(value) || value === lang) return
    setPending({ value, from: lang })
    await applyLanguage(i18n, value)
    try {
      await repos.settings.update({ uiLanguage: value })
    } catch (e) {
      notify({ intent: 'error', title: errorText(e, t, value) })
    }
  }

  return (
    <Field label={t('settings.language')} hint={t('settings.languageHint')}>
      <RadioGroup layout="horizontal" value={shown} onChange={(_, d) => void choose(d.value)}>
        {UI_LANGUAGES.map((code) => (
          <Radio key={code} value={code} label={t(`enum.language.${code}`)} />
        ))}
      </RadioGroup>
    </Field>
  )
}
