import type { ReactElement } from 'react'
import { Field, ProgressBar } from '@fluentui/react-components'
import { useT } from '@renderer/components'

/** What a long export or import is doing now: a sentence and a bar (no value: still counting). */
export type ProgressState = { label: string; done?: number; total?: number }

export function BackupProgress({ progress }: { progress: ProgressState }): ReactElement {
  const { t } = useT()
  const { label, done, total } = progress
  const known = done !== undefined && total !== undefined && total > 0
  return (
    <Field
      role="status"
      data-testid="backup-progress"
      validationState="none"
      validationMessage={known ? t('backupMerge.progress', { done, total }) : undefined}
      label={label}
    >
      <ProgressBar value={known ? done / total : undefined} />
    </Field>
  )
}
