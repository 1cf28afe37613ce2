import type { ReactElement } from 'react'
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { ArrowUndoRegular } from '@fluentui/react-icons'
import { useT } from '@renderer/components'
import { useLastMerge } from '@renderer/db/useLastMerge'
import { useUndoLastMerge } from './useUndoLastMerge'

/**
 * "A was merged into B. [Undo]": stays while that merge can be undone (until the next merge),
 * on the contact pages, so the undo is there when the user notices a wrong merge.
 */
export function UndoMergeBar(): ReactElement | null {
  const { t } = useT()
  const last = useLastMerge()
  const undo = useUndoLastMerge()
  if (!last) return null
  return (
    <MessageBar intent="info" aria-live="polite">
      <MessageBarBody>
        {t('privacy.undo.bar', { removed: last.removedName, kept: last.keptName })}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowUndoRegular />} onClick={() => void undo()}>
          {t('privacy.undo.button')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}
