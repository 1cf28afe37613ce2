import type { ReactElement } from 'react'
import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useT } from '../useT'
import { labelledMessage } from './issueText'
import type { LabelRegistry } from './FormLabels'

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
})

export type ErrorSummaryProps = {
  errors: Array<[string, string]>
  labels: LabelRegistry
  onFocusField: (name: string) => void
}

/** The MessageBar above a form after a failed save: every wrong field, each a link to it. */
export function ErrorSummary({ errors, labels, onFocusField }: ErrorSummaryProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const order = labels.order()
  const sorted = [...errors].sort(
    ([a], [b]) => rank(order, a) - rank(order, b) || a.localeCompare(b),
  )
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="form-error-summary">
      <MessageBarBody>
        <MessageBarTitle>{t('common.formErrors')}</MessageBarTitle>
        <ul className={styles.list}>
          {sorted.map(([name, message]) => {
            const text = labelledMessage(labels.labelOf(name), message, t)
            return (
              <li key={name}>
                {name === 'root' ? (
                  text
                ) : (
                  <Link as="button" type="button" onClick={() => onFocusField(name)}>
                    {text}
                  </Link>
                )}
              </li>
            )
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  )
}

function rank(order: string[], name: string): number {
  const index = order.indexOf(name)
  return index === -1 ? Number.MAX_SAFE_INTEGER : index
}
