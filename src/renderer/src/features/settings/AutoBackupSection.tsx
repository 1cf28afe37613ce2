import { useState, type ReactElement } from 'react'
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components'
import { ArrowClockwiseRegular, HistoryRegular, SaveRegular } from '@fluentui/react-icons'
import { parseBackup, type BackupError } from '@shared/backup'
import type { BackupListEntry } from '@shared/contract'
import { formatInstant } from '@shared/dates'
import type { DatasetTables, TableName } from '@shared/model/tables'
import { ConfirmDialog, EmptyState, errorText, LoadingState, useT } from '@renderer/components'
import { useSettings } from '@renderer/db/hooks'
import { useDataOperations } from '@renderer/db/useDataOperations'
import {
  backupCountsText,
  backupKindText,
  backupNow,
  backupReadRefusalText,
  backupSizeText,
  refreshBackupLists,
  useBackupList,
} from '@renderer/features/autoBackups'
import { platform } from '@renderer/platform'
import { BackupErrorList } from './BackupErrorList'
import { RowCountList } from './RowCountList'
import { platformSafetyCopy } from './safetyCopy'
import { SettingsSection } from './SettingsSection'

type Pending = { entry: BackupListEntry; tables: DatasetTables; counts: Record<TableName, number> }
type Outcome =
  | { kind: 'restored'; safetyCopy: string }
  | { kind: 'backedUp' }
  | { kind: 'invalid'; name: string; errors: BackupError[] }
  | { kind: 'failed'; message: string }

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  number: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  contents: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingBlock: tokens.spacingVerticalXS,
  },
  // The rows per table need the room; the other columns are short.
  whenColumn: { width: '9.5rem' },
  kindColumn: { width: '13rem' },
  sizeColumn: { width: '5.5rem' },
  actionColumn: { width: '10rem' },
})

/** The backups folder: automatic backups and safety copies, newest first, each restorable. */
export function AutoBackupSection(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const settings = useSettings()
  const operations = useDataOperations()
  const list = useBackupList()
  const [busy, setBusy] = useState<string | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const zone = settings?.homeTimeZone ?? 'Europe/Berlin'
  const when = (entry: BackupListEntry): string => formatInstant(entry.takenAt, zone, lang)

  const run = async (key: string, work: () => Promise<void>): Promise<void> => {
    setBusy(key)
    setOutcome(null)
    try {
      await work()
    } catch (e) {
      setOutcome({ kind: 'failed', message: errorText(e, t, lang) })
    } finally {
      setBusy(null)
    }
  }

  // Validated whole before the confirm is shown: a damaged file is refused with nothing written.
  const prepare = (entry: BackupListEntry): Promise<void> =>
    run(entry.name, async () => {
      const read = await platform.readBackup({ name: entry.name })
      if (read.status !== 'read') {
        setOutcome({ kind: 'failed', message: backupReadRefusalText(read, lang, t) })
        if (read.status === 'missing') list.refresh()
        return
      }
      const parsed = await parseBackup(read.text, { language: lang })
      if (!parsed.ok) {
        setOutcome({ kind: 'invalid', name: entry.name, errors: parsed.errors })
        return
      }
      setPending({ entry, tables: parsed.tables, counts: parsed.counts })
    })

  const confirmRestore = async (): Promise<void> => {
    if (!pending) return
    const copy = await platformSafetyCopy('before-restore')
    const { safetyCopy } = await operations.replaceAll(pending.tables, copy)
    setPending(null)
    setOutcome({ kind: 'restored', safetyCopy })
    refreshBackupLists()
  }

  const entries = list.entries
  return (
    <SettingsSection
      id="auto-backups"
      title={t('autoBackup.section.title')}
      intro={t('autoBackup.section.intro')}
    >
      <div className={styles.actions}>
        <Button
          icon={busy === 'now' ? <Spinner size="tiny" /> : <SaveRegular />}
          disabled={busy !== null}
          onClick={() =>
            void run('now', async () => {
              try {
                await backupNow()
                setOutcome({ kind: 'backedUp' })
              } catch (e) {
                const message = t('autoBackup.section.failed', { message: errorText(e, t, lang) })
                setOutcome({ kind: 'failed', message })
              }
            })
          }
        >
          {t('autoBackup.section.backupNow')}
        </Button>
      </div>
      {outcome ? <OutcomeMessage outcome={outcome} /> : null}
      {list.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('autoBackup.section.loadFailed', { message: errorText(list.error, t, lang) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {entries === null && !list.error ? <LoadingState /> : null}
      {entries?.length === 0 ? (
        <EmptyState
          icon={<HistoryRegular />}
          title={t('autoBackup.section.emptyTitle')}
          body={t('autoBackup.section.emptyBody')}
        />
      ) : null}
      {entries && entries.length > 0 ? (
        <Table
          size="small"
          aria-label={t('autoBackup.section.listLabel')}
          data-testid="backup-list"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.whenColumn}>
                {t('autoBackup.section.when')}
              </TableHeaderCell>
              <TableHeaderCell className={styles.kindColumn}>
                {t('autoBackup.section.kindColumn')}
              </TableHeaderCell>
              <TableHeaderCell className={styles.sizeColumn}>
                {t('autoBackup.section.size')}
              </TableHeaderCell>
              <TableHeaderCell>{t('autoBackup.section.contents')}</TableHeaderCell>
              <TableHeaderCell
                className={styles.actionColumn}
                aria-label={t('autoBackup.section.restore')}
              />
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.name}>
                <TableCell className={styles.number}>{when(entry)}</TableCell>
                <TableCell>{backupKindText(entry, t)}</TableCell>
                <TableCell className={styles.number}>
                  {backupSizeText(entry.size, lang, t)}
                </TableCell>
                <TableCell className={styles.contents}>
                  {backupCountsText(entry.counts, lang, t)}
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    icon={busy === entry.name ? <Spinner size="tiny" /> : <ArrowClockwiseRegular />}
                    disabled={busy !== null || entry.counts === null}
                    aria-label={t('autoBackup.section.restoreLabel', { when: when(entry) })}
                    onClick={() => void prepare(entry)}
                  >
                    {t('autoBackup.section.restore')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        danger
        title={t('autoBackup.section.confirmTitle', { when: pending ? when(pending.entry) : '' })}
        confirmLabel={t('autoBackup.section.confirmButton')}
        onConfirm={confirmRestore}
        onCancel={() => setPending(null)}
      >
        {pending ? (
          <>
            <Text>
              {t('autoBackup.section.confirmBody', {
                kind: backupKindText(pending.entry, t),
                name: pending.entry.name,
              })}
            </Text>
            <RowCountList counts={pending.counts} />
          </>
        ) : null}
      </ConfirmDialog>
    </SettingsSection>
  )
}

function OutcomeMessage({ outcome }: { outcome: Outcome }): ReactElement {
  const { t } = useT()
  switch (outcome.kind) {
    case 'restored':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="auto-backup-result">
          <MessageBarBody>
            <MessageBarTitle>{t('autoBackup.section.restored')}</MessageBarTitle>
            {t('autoBackup.section.restoredBody', { path: outcome.safetyCopy })}
          </MessageBarBody>
        </MessageBar>
      )
    case 'backedUp':
      return (
        <MessageBar intent="success" data-testid="auto-backup-result">
          <MessageBarBody>{t('autoBackup.section.backedUp')}</MessageBarBody>
        </MessageBar>
      )
    case 'invalid':
      return <BackupErrorList name={outcome.name} errors={outcome.errors} />
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="auto-backup-result">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )
    default: {
      const never: never = outcome
      return never
    }
  }
}
