import { useState, type ReactElement } from 'react'
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons'
import { createBackup, parseBackup, serializeBackup, summarizeCounts } from '@shared/backup'
import type { BackupError } from '@shared/backup'
import { MAX_OPEN_FILE_BYTES } from '@shared/contract'
import type { DatasetTables, TableName } from '@shared/model/tables'
import { ConfirmDialog, errorText, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useDataOperations } from '@renderer/db/useDataOperations'
import { getAppInfo, openFile, saveFile } from '@renderer/platform'
import { BACKUP_FILTERS, backupFileName, megabytes, totalRows } from './backupFlow'
import { BackupErrorList } from './BackupErrorList'
import { RowCountList } from './RowCountList'
import { platformSafetyCopy } from './safetyCopy'
import { SettingsSection } from './SettingsSection'

type Outcome =
  | { kind: 'exported'; path: string; total: number }
  | { kind: 'imported'; counts: Record<TableName, number>; safetyCopy: string }
  | { kind: 'invalid'; name: string; errors: BackupError[] }
  | { kind: 'failed'; message: string }
type Pending = { name: string; tables: DatasetTables; counts: Record<TableName, number> }

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})

/** Export the whole database to one JSON file, or replace it from one (validated first). */
export function BackupSection(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const repos = useRepos()
  const operations = useDataOperations()
  const [busy, setBusy] = useState<'export' | 'import' | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)

  const run = async (kind: 'export' | 'import', work: () => Promise<void>): Promise<void> => {
    setBusy(kind)
    setOutcome(null)
    try {
      await work()
    } catch (e) {
      setOutcome({ kind: 'failed', message: errorText(e, t, lang) })
    } finally {
      setBusy(null)
    }
  }

  const exportBackup = (): Promise<void> =>
    run('export', async () => {
      const now = new Date()
      const tables = await repos.data.exportTables()
      const info = await getAppInfo()
      const file = await createBackup(tables, { appVersion: info.version, now })
      const result = await saveFile({
        suggestedName: backupFileName(now),
        filters: BACKUP_FILTERS,
        content: serializeBackup(file),
      })
      if (result.status === 'saved') {
        const total = totalRows(summarizeCounts(tables))
        setOutcome({ kind: 'exported', path: result.path, total })
      }
    })

  const importBackup = (): Promise<void> =>
    run('import', async () => {
      const opened = await openFile({ filters: BACKUP_FILTERS, maxBytes: MAX_OPEN_FILE_BYTES })
      switch (opened.status) {
        case 'cancelled':
          return
        case 'too-large':
          setOutcome({
            kind: 'failed',
            message: t('settings.backup.tooLarge', {
              name: opened.name,
              size: megabytes(opened.size),
              max: megabytes(opened.maxBytes),
            }),
          })
          return
        case 'opened': {
          const parsed = await parseBackup(opened.text, { language: lang })
          if (!parsed.ok) {
            setOutcome({ kind: 'invalid', name: opened.name, errors: parsed.errors })
            return
          }
          setPending({ name: opened.name, tables: parsed.tables, counts: parsed.counts })
          return
        }
        default: {
          const never: never = opened
          throw new Error(String(never))
        }
      }
    })

  const confirmImport = async (): Promise<void> => {
    if (!pending) return
    const copy = await platformSafetyCopy('before-import')
    // A backup without settings or cities is seeded in the same step: the app stays usable.
    const { safetyCopy } = await operations.replaceAll(pending.tables, copy)
    setOutcome({ kind: 'imported', counts: pending.counts, safetyCopy })
    setPending(null)
  }

  return (
    <SettingsSection
      id="backup"
      title={t('settings.backup.title')}
      intro={t('settings.backup.intro')}
    >
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={busy === 'export' ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabled={busy !== null}
          onClick={() => void exportBackup()}
        >
          {t('settings.backup.export')}
        </Button>
        <Button
          icon={busy === 'import' ? <Spinner size="tiny" /> : <ArrowUploadRegular />}
          disabled={busy !== null}
          onClick={() => void importBackup()}
        >
          {t('settings.backup.import')}
        </Button>
      </div>
      {outcome ? <OutcomeMessage outcome={outcome} /> : null}
      <ConfirmDialog
        open={pending !== null}
        title={t('settings.backup.confirmTitle')}
        confirmLabel={t('settings.backup.confirmReplace')}
        danger
        onConfirm={confirmImport}
        onCancel={() => setPending(null)}
      >
        <p>{t('settings.backup.confirmBody', { name: pending?.name ?? '' })}</p>
        {pending ? <RowCountList counts={pending.counts} /> : null}
      </ConfirmDialog>
    </SettingsSection>
  )
}

function OutcomeMessage({ outcome }: { outcome: Outcome }): ReactElement {
  const { t } = useT()
  switch (outcome.kind) {
    case 'exported':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="backup-result">
          <MessageBarBody>
            <MessageBarTitle>{t('settings.backup.exported')}</MessageBarTitle>
            {t('settings.backup.exportedBody', { path: outcome.path, count: outcome.total })}
          </MessageBarBody>
        </MessageBar>
      )
    case 'imported':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="backup-result">
          <MessageBarBody>
            <MessageBarTitle>{t('settings.backup.imported')}</MessageBarTitle>
            <RowCountList counts={outcome.counts} />
            {t('settings.backup.safetyCopy', { path: outcome.safetyCopy })}
          </MessageBarBody>
        </MessageBar>
      )
    case 'invalid':
      return <BackupErrorList name={outcome.name} errors={outcome.errors} />
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="backup-result">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )
    default: {
      const never: never = outcome
      return never
    }
  }
}
