import { useEffect, useState, type ReactElement } from 'react'
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components'
import {
  ArrowClockwiseRegular,
  DatabaseWarningRegular,
  FolderOpenRegular,
  HistoryRegular,
} from '@fluentui/react-icons'
import type { BackupError } from '@shared/backup'
import type { BackupListEntry } from '@shared/contract'
import { MAX_OPEN_FILE_BYTES } from '@shared/contract'
import { formatInstant } from '@shared/dates'
import { ConfirmDialog, errorText, useT } from '@renderer/components'
import type { StartProblem } from '@renderer/db/startProblems'
import { replaceDatabase } from '@renderer/db/startRecovery'
import { openFile, platform } from '@renderer/platform'
import { backupCountsText, backupReadRefusalText } from './backupListText'
import { prepareStartRestore, type PreparedRestore } from './startRestore'

/** `move-failed`: the data could not come over to the app:// origin (db/originMove.ts). */
export type StartFailure = StartProblem | { kind: 'blocked' } | { kind: 'move-failed' }

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground2,
    boxSizing: 'border-box',
  },
  card: {
    maxWidth: '44rem',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
  },
  heading: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', margin: 0 },
  icon: { fontSize: '36px', color: tokens.colorStatusWarningForeground1, flexShrink: 0 },
  details: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})

/** The latest automatic backup, for the offer; null when there is none, undefined while reading. */
function useLatestAutoBackup(): BackupListEntry | null | undefined {
  const [latest, setLatest] = useState<BackupListEntry | null | undefined>(undefined)
  useEffect(() => {
    platform.listBackups().then(
      (list) => setLatest(list.find((e) => e.kind === 'auto' && e.counts !== null) ?? null),
      () => setLatest(null),
    )
  }, [])
  return latest
}

/**
 * What the app shows instead of itself when its database cannot be opened: what happened, in
 * words, and the way out — the latest automatic backup, a backup file, trying again. The
 * unreadable database is deleted only after a typed confirmation, and only after whatever can
 * still be read of it was saved.
 */
export function StartFailurePage(props: {
  failure: StartFailure
  dbName: string
  onRetry(options?: { allowEmpty: boolean }): void
}): ReactElement {
  const { failure, dbName } = props
  // Both leave no database to rescue, and starting empty is a choice the user may make.
  const noDatabase = failure.kind === 'missing' || failure.kind === 'move-failed'
  const { t, lang } = useT()
  const styles = useStyles()
  const latest = useLatestAutoBackup()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | { name: string; errors: BackupError[] } | null>(
    null,
  )
  const [pending, setPending] = useState<PreparedRestore | null>(null)
  // Without the database there are no settings to take the home zone from: the machine's zone.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const when = (iso: string): string => formatInstant(iso, zone, lang)

  const prepare = async (source: () => Promise<{ name: string; text: string } | null>) => {
    setBusy(true)
    setProblem(null)
    try {
      const file = await source()
      if (!file) return
      const prepared = await prepareStartRestore({
        dbName,
        source: file.name,
        text: file.text,
        language: lang,
        rescue: !noDatabase,
      })
      if (prepared.ok) setPending(prepared.restore)
      else setProblem({ name: prepared.name, errors: prepared.errors })
    } catch (error) {
      setProblem(errorText(error, t, lang))
    } finally {
      setBusy(false)
    }
  }

  const fromLatest = (): Promise<void> =>
    prepare(async () => {
      if (!latest) return null
      const read = await platform.readBackup({ name: latest.name })
      if (read.status !== 'read') {
        setProblem(backupReadRefusalText(read, lang, t))
        return null
      }
      return { name: latest.name, text: read.text }
    })

  const fromFile = (): Promise<void> =>
    prepare(async () => {
      const opened = await openFile({
        filters: [{ name: 'JSON', extensions: ['json'] }],
        maxBytes: MAX_OPEN_FILE_BYTES,
      })
      return opened.status === 'opened' ? { name: opened.name, text: opened.text } : null
    })

  const canRestore = failure.kind !== 'blocked'
  return (
    <main className={styles.page}>
      <section className={styles.card} role="alert" aria-labelledby="start-failure-title">
        <Text
          as="h1"
          size={600}
          weight="semibold"
          className={styles.heading}
          id="start-failure-title"
        >
          <DatabaseWarningRegular className={styles.icon} aria-hidden />
          {t(`autoBackup.start.title.${failure.kind}`)}
        </Text>
        <Text>
          {failure.kind === 'newer-version'
            ? t('autoBackup.start.body.newer-version', {
                found: Number.isFinite(failure.found) ? failure.found : '?',
                supported: failure.supported,
              })
            : t(`autoBackup.start.body.${failure.kind}`)}
        </Text>
        {failure.kind === 'unreadable' ? (
          <Text size={200} className={styles.details}>
            {t('autoBackup.start.details', { name: failure.errorName, message: failure.message })}
          </Text>
        ) : null}
        {canRestore ? (
          <Text weight="semibold" data-testid="latest-backup">
            {latest === undefined ? <Spinner size="tiny" /> : null}
            {latest
              ? `${t('autoBackup.start.latest', { when: when(latest.takenAt) })} (${backupCountsText(latest.counts, lang, t)})`
              : null}
            {latest === null ? t('autoBackup.start.noBackup') : null}
          </Text>
        ) : null}
        {problem !== null && typeof problem === 'string' ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        ) : null}
        {problem !== null && typeof problem === 'object' ? (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>
                {t('settings.backup.invalid', { name: problem.name, count: problem.errors.length })}
              </MessageBarTitle>
              {problem.errors.slice(0, 5).map((e, i) => (
                <div key={i}>{e.message}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          {canRestore && latest ? (
            <Button
              appearance="primary"
              icon={busy ? <Spinner size="tiny" /> : <HistoryRegular />}
              disabled={busy}
              onClick={() => void fromLatest()}
            >
              {t('autoBackup.start.restoreLatest')}
            </Button>
          ) : null}
          {canRestore ? (
            <Button icon={<FolderOpenRegular />} disabled={busy} onClick={() => void fromFile()}>
              {t('autoBackup.start.openFile')}
            </Button>
          ) : null}
          {noDatabase ? (
            <Button disabled={busy} onClick={() => props.onRetry({ allowEmpty: true })}>
              {t('autoBackup.start.startEmpty')}
            </Button>
          ) : (
            <Button
              icon={<ArrowClockwiseRegular />}
              disabled={busy}
              onClick={() => props.onRetry()}
            >
              {t('autoBackup.start.retry')}
            </Button>
          )}
        </div>
      </section>
      <ConfirmDialog
        open={pending !== null}
        danger
        title={t('autoBackup.start.confirmTitle')}
        confirmLabel={t('autoBackup.start.confirmButton')}
        requireWord={t('autoBackup.start.word')}
        requireWordLabel={t('autoBackup.start.wordLabel', { word: t('autoBackup.start.word') })}
        onCancel={() => setPending(null)}
        onConfirm={async () => {
          if (!pending) return
          await replaceDatabase(dbName, pending.tables)
          // A fresh start rather than rendering the app over an open modal dialog, whose focus
          // trap would leave the page marked hidden to assistive technology.
          window.location.reload()
        }}
      >
        {pending ? (
          <>
            <Text>
              {t(
                noDatabase ? 'autoBackup.start.confirmBodyMissing' : 'autoBackup.start.confirmBody',
                { source: pending.source },
              )}
            </Text>
            <Text>{backupCountsText(pending.counts, lang, t)}</Text>
            {noDatabase ? null : (
              <Text weight="semibold">
                {pending.rescued
                  ? t('autoBackup.start.rescued', { path: pending.rescued })
                  : t('autoBackup.start.notRescued')}
              </Text>
            )}
          </>
        ) : null}
      </ConfirmDialog>
    </main>
  )
}
