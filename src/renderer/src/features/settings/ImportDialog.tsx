import { useState, type FormEvent, type ReactElement } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  Text,
  tokens,
} from '@fluentui/react-components'
import { mergeChangesNothing, type MergePreview } from '@shared/backup'
import { SCHEMA_VERSION, TABLE_NAMES } from '@shared/model/tables'
import { errorText, useT } from '@renderer/components'
import type { ImportMode, ImportPreview } from '@renderer/db/dataOperations'
import { BackupProgress, type ProgressState } from './BackupProgress'
import { MergePreviewTable } from './MergePreviewTable'
import { PreviewExampleList } from './PreviewExampleList'

/** A checked backup waiting for the user's choice. */
export type PendingImport = {
  name: string
  total: number
  schemaVersion: number
  previews: Record<ImportMode, ImportPreview>
}

const useStyles = makeStyles({
  surface: { maxWidth: '720px' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    ':hover': { backgroundColor: tokens.colorStatusDangerForeground1 },
    ':hover:active': { backgroundColor: tokens.colorStatusDangerForeground1 },
  },
})

function deletedCount(preview: MergePreview): number {
  return TABLE_NAMES.reduce((sum, table) => sum + preview[table].deleted.length, 0)
}

/**
 * Replace or merge, with what each would change per table. Merge is the default: it loses nothing
 * that the file does not say was changed or deleted later. Esc and Cancel close it until the
 * write begins; from then on it shows the progress, as one transaction cannot be interrupted.
 */
export function ImportDialog(props: {
  pending: PendingImport
  progress: ProgressState | null
  onConfirm: (mode: ImportMode) => Promise<void>
  onCancel: () => void
}): ReactElement {
  const { pending, progress } = props
  const { t, lang } = useT()
  const styles = useStyles()
  const [mode, setMode] = useState<ImportMode>('merge')
  const [error, setError] = useState<string | null>(null)
  const busy = progress !== null
  const { preview, examples } = pending.previews[mode]
  const loses = deletedCount(pending.previews.replace.preview)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (busy) return
    setError(null)
    try {
      await props.onConfirm(mode)
    } catch (e) {
      setError(errorText(e, t, lang))
    }
  }

  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open && !busy) props.onCancel()
      }}
    >
      <DialogSurface className={styles.surface}>
        <form onSubmit={(e) => void submit(e)}>
          <DialogBody>
            <DialogTitle>{t('backupMerge.title', { name: pending.name })}</DialogTitle>
            <DialogContent className={styles.content}>
              {progress ? (
                <div className={styles.progress}>
                  <BackupProgress progress={progress} />
                  <Text size={200}>{t('backupMerge.noInterrupt')}</Text>
                </div>
              ) : null}
              <Text>
                {t('backupMerge.valid', {
                  count: pending.total,
                  shown: new Intl.NumberFormat(lang).format(pending.total),
                })}
              </Text>
              {pending.schemaVersion < SCHEMA_VERSION ? (
                <Text>
                  {t('backupMerge.migrated', { from: pending.schemaVersion, to: SCHEMA_VERSION })}
                </Text>
              ) : null}
              <Field label={t('backupMerge.modeLabel')}>
                <RadioGroup
                  value={mode}
                  disabled={busy}
                  onChange={(_, data) => setMode(data.value as ImportMode)}
                >
                  <Radio value="merge" label={{ children: <ModeLabel mode="merge" /> }} />
                  <Radio value="replace" label={{ children: <ModeLabel mode="replace" /> }} />
                </RadioGroup>
              </Field>
              {mode === 'merge' && mergeChangesNothing(preview) ? (
                <MessageBar intent="info">
                  <MessageBarBody>{t('backupMerge.nothingNew')}</MessageBarBody>
                </MessageBar>
              ) : null}
              {mode === 'replace' && loses > 0 ? (
                <MessageBar intent="warning">
                  <MessageBarBody>{t('backupMerge.replaceLoses', { count: loses })}</MessageBarBody>
                </MessageBar>
              ) : null}
              <Text weight="semibold">{t('backupMerge.previewCaption')}</Text>
              <MergePreviewTable preview={preview} />
              <PreviewExampleList examples={examples} />
              <Text size={200}>{t('backupMerge.safetyNote')}</Text>
              {error ? (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" disabled={busy} onClick={props.onCancel}>
                {t('backupMerge.cancel')}
              </Button>
              <Button
                type="submit"
                appearance="primary"
                disabled={busy}
                className={mode === 'replace' ? styles.danger : undefined}
              >
                {t(mode === 'merge' ? 'backupMerge.confirmMerge' : 'backupMerge.confirmReplace')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}

function ModeLabel({ mode }: { mode: ImportMode }): ReactElement {
  const { t } = useT()
  const key = mode === 'merge' ? 'Merge' : 'Replace'
  return (
    <>
      <Text weight="semibold">{t(`backupMerge.mode${key}`)}</Text>
      <br />
      <Text size={200}>{t(`backupMerge.mode${key}Hint`)}</Text>
    </>
  )
}
