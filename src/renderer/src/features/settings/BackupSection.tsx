import { useState, type ReactElement } from 'react'
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons'
import { parseBackup } from '@shared/backup'
import { releaseBytes } from '@shared/reclaimableBytes'
import { createBackupWriter } from '@shared/backup/backupWriter'
import type { DatasetTables } from '@shared/model/tables'
import { errorText, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import type { ImportMode } from '@renderer/db/dataOperations'
import { useDataOperations } from '@renderer/db/useDataOperations'
import { getAppInfo, openFile, saveFile } from '@renderer/platform'
import { MAX_OPEN_FILE_BYTES } from '@shared/contract'
import { BackupOutcome, type Outcome } from './BackupOutcome'
import { BackupProgress, type ProgressState } from './BackupProgress'
import { BACKUP_FILTERS, backupFileName, megabytes, nextPaint, totalRows } from './backupFlow'
import { ImportDialog, type PendingImport } from './ImportDialog'
import { importProgressState } from './importOutcome'
import { platformSafetyCopy } from './safetyCopy'
import { workerSha256 } from '@renderer/workers/sha256Client'
import { SettingsSection } from './SettingsSection'

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  progress: { maxWidth: '480px', marginTop: tokens.spacingVerticalM },
})

/**
 * Export the whole database to one JSON file, or import one: checked whole first, then a dialog
 * to merge it into what is here or replace everything, with what either would change per table.
 */
export function BackupSection(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const repos = useRepos()
  const operations = useDataOperations()
  const [busy, setBusy] = useState<'export' | 'import' | null>(null)
  const [progress, setProgress] = useState<ProgressState | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [pending, setPending] = useState<(PendingImport & { tables: DatasetTables }) | null>(null)
  const [writing, setWriting] = useState<ProgressState | null>(null)

  const run = async (kind: 'export' | 'import', work: () => Promise<void>): Promise<void> => {
    setBusy(kind)
    setOutcome(null)
    try {
      await work()
    } catch (e) {
      setOutcome({ kind: 'failed', message: errorText(e, t, lang) })
    } finally {
      setBusy(null)
      setProgress(null)
    }
  }

  const exportBackup = (): Promise<void> =>
    run('export', async () => {
      const now = new Date()
      // Packing a large database blocks the page for a moment: each step is painted first.
      const step = (key: string, done: number): Promise<void> => {
        setProgress({ label: t(`backupMerge.exportStep.${key}`), done, total: 3 })
        return nextPaint()
      }
      await step('reading', 0)
      const info = await getAppInfo()
      // Rows are written into the file's text as they are read, a page at a time; the checksum
      // is hashed in a worker meanwhile, so its text is never held.
      const sha256 = workerSha256()
      const written = await (async () => {
        try {
          const writer = createBackupWriter({ appVersion: info.version, now, sha256 })
          await repos.data.exportInto(writer)
          await step('packing', 1)
          return await writer.finish()
        } finally {
          sha256.close()
        }
      })()
      await step('saving', 2)
      const result = await saveFile({
        suggestedName: backupFileName(now),
        filters: BACKUP_FILTERS,
        content: written.parts,
      })
      if (result.status === 'saved') {
        const total = totalRows(written.counts)
        setOutcome({ kind: 'exported', path: result.path, total })
      }
    })

  const importBackup = (): Promise<void> =>
    run('import', async () => {
      // Bytes, not text: parsed row by row, a large file never becomes one string twice its size.
      const opened = await openFile({
        filters: BACKUP_FILTERS,
        maxBytes: MAX_OPEN_FILE_BYTES,
        as: 'bytes',
        reclaimable: true,
      })
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
          const { name } = opened
          setProgress({ label: t('backupMerge.checking', { name }) })
          await nextPaint()
          // The checksum is hashed in a worker: the payload's compact text is never held here.
          const parsed = await parseBackup(opened.bytes, {
            language: lang,
            sha256: workerSha256,
            // The file's bytes are given back as soon as they are parsed: the peak of a large
            // import comes later, and ~250 MB would otherwise stay resident through the write.
            onParsed: () => releaseBytes(opened.bytes),
          })
          if (!parsed.ok) {
            setOutcome({ kind: 'invalid', name, errors: parsed.errors })
            return
          }
          setProgress({ label: t('backupMerge.comparing', { name }) })
          const previews = await operations.previewImport(parsed.tables, lang)
          const total = totalRows(parsed.counts)
          const { schemaVersion } = parsed.file
          setPending({ name, total, schemaVersion, previews, tables: parsed.tables })
          return
        }
        default: {
          const never: never = opened
          throw new Error(String(never))
        }
      }
    })

  const confirmImport = async (mode: ImportMode): Promise<void> => {
    if (!pending) return
    setWriting({ label: t('backupMerge.step.safetyCopy'), done: 0 })
    try {
      const copy = await platformSafetyCopy('before-import')
      const result = await operations.importBackup(pending.tables, {
        mode,
        name: pending.name,
        copy,
        onProgress: (p) => setWriting(importProgressState(p, t)),
      })
      setOutcome({ kind: 'imported', mode, name: pending.name, ...result })
      setPending(null)
    } finally {
      setWriting(null)
    }
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
      {progress ? (
        <div className={styles.progress}>
          <BackupProgress progress={progress} />
        </div>
      ) : null}
      {outcome ? <BackupOutcome outcome={outcome} /> : null}
      {pending ? (
        <ImportDialog
          pending={pending}
          progress={writing}
          onConfirm={confirmImport}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </SettingsSection>
  )
}
