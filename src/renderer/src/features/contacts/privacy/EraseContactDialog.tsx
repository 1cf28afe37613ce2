import { useEffect, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components'
import { formatInstant } from '@shared/dates'
import { contactDisplayName } from '@shared/domain/contactList'
import { PERSON_DATA_KINDS, type PersonData } from '@shared/domain/personData'
import type { Contact } from '@shared/model/contact'
import {
  ConfirmDialog,
  errorText,
  useLeaveWithoutAsking,
  useNotify,
  useT,
} from '@renderer/components'
import { useSettings } from '@renderer/db/hooks'
import { useDataOperations } from '@renderer/db/useDataOperations'
import { backupKindText, useBackupList } from '@renderer/features/autoBackups'
import { platform } from '@renderer/platform'

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
})

/** The rows that go with the person, by kind; the markers (tombstones) are what stays. */
function WhatGoes({ data }: { data: PersonData }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const kinds = PERSON_DATA_KINDS.filter((k) => k !== 'tombstones' && data[k].length > 0)
  if (kinds.length === 0) return <Text>{t('privacy.erase.nothingElse')}</Text>
  return (
    <ul className={styles.list} aria-label={t('privacy.erase.intro')}>
      {kinds.map((kind) => (
        <li key={kind}>
          {t('privacy.erase.count', { label: t(`privacy.kind.${kind}`), count: data[kind].length })}
        </li>
      ))}
    </ul>
  )
}

/**
 * The files of the backups folder (automatic backups and safety copies) that still hold the
 * person, found by their id; the rotation removes them in time, the user at once by hand.
 */
function FolderBackups({ contactId, zone }: { contactId: string; zone: string }): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const { entries } = useBackupList()
  const [holding, setHolding] = useState<ReadonlySet<string> | null>(null)
  useEffect(() => {
    let live = true
    platform.findBackups({ id: contactId }).then(
      (names) => live && setHolding(new Set(names)),
      // Unable to search: every file may hold the person, so all of them are named.
      () => live && setHolding(null),
    )
    return () => {
      live = false
    }
  }, [contactId, entries])
  if (entries === null) return <Text>{t('autoBackup.erase.loading')}</Text>
  const listed = holding === null ? entries : entries.filter((e) => holding.has(e.name))
  if (listed.length === 0) return <Text>{t('autoBackup.erase.noneListed')}</Text>
  return (
    <>
      <Text>{t('autoBackup.erase.listed', { count: listed.length })}</Text>
      <ul className={styles.list} data-testid="erase-folder-backups">
        {listed.map((entry) => (
          <li key={entry.name}>
            {t('autoBackup.erase.entry', {
              kind: backupKindText(entry, t),
              when: formatInstant(entry.takenAt, zone, lang),
            })}
            : <span className={styles.path}>{entry.path}</span>
          </li>
        ))}
      </ul>
    </>
  )
}

/** The backup files the app wrote, which still hold the person, and what it cannot know of. */
function BackupsStillHolding({ contactId }: { contactId: string }): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const { privacy } = useDataOperations()
  const settings = useSettings()
  const { entries } = useBackupList()
  // Those of the folder are listed above; the log adds the ones elsewhere (browser downloads).
  const inFolder = new Set((entries ?? []).map((e) => e.path))
  const backups = privacy.writtenBackups().filter((b) => !inFolder.has(b.path))
  const zone = settings?.homeTimeZone ?? 'Europe/Berlin'
  return (
    <>
      <FolderBackups contactId={contactId} zone={zone} />
      {backups.length === 0 ? (
        <Text>{t('privacy.erase.noBackupsKnown')}</Text>
      ) : (
        <>
          <Text>{t('privacy.erase.backups', { count: backups.length })}</Text>
          <ul className={styles.list}>
            {backups.map((b) => (
              <li key={`${b.path}-${b.writtenAt}`}>
                <span className={styles.path}>{b.path}</span> (
                {formatInstant(b.writtenAt, zone, lang)})
              </li>
            ))}
          </ul>
        </>
      )}
      <Text weight="semibold">{t('privacy.erase.manualBackups')}</Text>
    </>
  )
}

/**
 * Erasure of a person (GDPR Art. 17): a dangerous action, confirmed by typing a word, that names
 * everything that goes and the backups that still hold the person.
 */
export function EraseContactDialog(props: { contact: Contact; onClose: () => void }): ReactElement {
  const { contact, onClose } = props
  const { t, lang } = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const leave = useLeaveWithoutAsking()
  const { privacy } = useDataOperations()
  const [data, setData] = useState<PersonData | string | null>(null)
  const name = contactDisplayName(contact)

  useEffect(() => {
    let live = true
    privacy.readPersonData(contact.id).then(
      (result) => live && setData(result),
      (error: unknown) => live && setData(errorText(error, t, lang)),
    )
    return () => {
      live = false
    }
  }, [contact.id, privacy, t, lang])

  const word = t('privacy.erase.word')
  return (
    <ConfirmDialog
      open
      danger
      title={t('privacy.erase.title', { name })}
      confirmLabel={t('privacy.erase.confirm')}
      requireWord={word}
      requireWordLabel={t('privacy.erase.wordLabel', { word })}
      onCancel={onClose}
      onConfirm={async () => {
        await privacy.erasePerson(contact.id, t('privacy.removedContact'))
        notify({ title: t('privacy.erase.done'), body: name })
        onClose()
        leave()
        void navigate('/contacts')
      }}
    >
      <Text>{t('privacy.erase.intro')}</Text>
      {data === null ? <Spinner size="tiny" /> : null}
      {typeof data === 'string' ? <Text role="alert">{data}</Text> : null}
      {data !== null && typeof data === 'object' ? <WhatGoes data={data} /> : null}
      <Text>{t('privacy.erase.references')}</Text>
      <BackupsStillHolding contactId={contact.id} />
    </ConfirmDialog>
  )
}
