import { resolve } from 'node:path'
import { translator } from '@shared/i18n'
import type { Contact } from '@shared/model/contact'
import { photosByContact } from '@shared/model/contactPhoto'
import type { DatasetTables } from '@shared/model/tables'
import {
  contactsToVCards,
  VCARD_VERSIONS,
  type VCardContext,
  type VCardVersion,
} from '@shared/vcard'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import { EXIT_FAILURE, EXIT_OK, reportUsage } from './output'
import { readValidBackup } from './readBackupFile'

export function vcardContext(tables: DatasetTables): VCardContext {
  const organizations = new Map(tables.organizations.map((o) => [o.id, o]))
  const cities = new Map(tables.partnerCities.map((c) => [c.id, c]))
  const photos = photosByContact(tables)
  return {
    organizationOf: (id) => (id === null ? undefined : organizations.get(id)),
    cityOf: (id) => (id === null ? undefined : cities.get(id)),
    photoOf: (id) => photos.get(id),
  }
}

function isVersion(value: string): value is VCardVersion {
  return (VCARD_VERSIONS as readonly string[]).includes(value)
}

/**
 * `planner vcard <backup> [--contact <id>]… [--version 4.0|3.0] --out <file.vcf>`: contacts as the
 * app exports them. 0 when written; 1 naming what is wrong; 2 wrong usage.
 */
export async function runVcard(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const usage = (message: string): number => reportUsage(io, t, message, 'vcard')
  const [backupPath, extra] = line.args
  if (extra !== undefined) return usage(t('cli.unexpectedArgument', { argument: extra }))
  if (backupPath === undefined) return usage(t('cli.vcard.missingBackup'))
  const { out, vcardVersion = '4.0' } = line.options
  if (out === undefined) return usage(t('cli.vcard.missingOut'))
  if (!isVersion(vcardVersion)) return usage(t('cli.vcard.badVersion', { value: vcardVersion }))
  if (resolve(out) === resolve(backupPath)) {
    io.stderr(t('cli.importVcard.sameFile', { path: out }))
    return EXIT_FAILURE
  }

  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE
  const byId = new Map(tables.contacts.map((c) => [c.id, c]))
  let chosen: Contact[]
  if (line.options.contacts === undefined) {
    chosen = tables.contacts.filter((c) => c.deletedAt === null)
  } else {
    chosen = []
    for (const id of line.options.contacts) {
      const contact = byId.get(id)
      if (!contact) {
        io.stderr(t('cli.vcard.unknownContact', { id, path: backupPath }))
        return EXIT_FAILURE
      }
      chosen.push(contact)
    }
  }
  if (chosen.length === 0) {
    io.stderr(t('cli.vcard.noContacts', { path: backupPath }))
    return EXIT_FAILURE
  }
  const text = contactsToVCards(chosen, vcardContext(tables), vcardVersion)
  try {
    await io.writeFile(out, text)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  io.stdout(t('cli.vcard.wrote', { count: chosen.length, version: vcardVersion, path: out }))
  return EXIT_OK
}
