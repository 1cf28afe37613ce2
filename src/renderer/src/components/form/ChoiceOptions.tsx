import type { ReactElement } from 'react'
import { Option } from '@fluentui/react-components'
import { useT } from '../useT'
import type { FieldOption } from './fields'

/** The choices of a Dropdown or Combobox; '' (a "none" or "all" choice) gets a key of its own. */
export function ChoiceOptions({ options }: { options: readonly FieldOption[] }): ReactElement {
  return (
    <>
      {options.map((o) => (
        <Option key={o.value || '∅'} value={o.value}>
          {o.label}
        </Option>
      ))}
    </>
  )
}

/** Stands in the list when the typed text matches nothing; it cannot be chosen. */
export function NoMatchesOption(): ReactElement {
  const { t } = useT()
  return (
    <Option value="__none" disabled text="">
      {t('forms.noMatches')}
    </Option>
  )
}
