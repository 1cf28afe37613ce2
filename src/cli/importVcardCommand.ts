import { resolve } from 'node:path'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { parseBackup } from '@shared/backup/parseBackup'
import {
  buildCandidates,
  buildImportChanges,
  DUPLICATE_CHOICES,
  planImport,
  problemText,
  vcardPeople,
  type DuplicateChoice,
  type ImportPlan,
} from '@shared/contactImport'
import { issueMessage, translator } from '@shared/i18n'
import { contactDisplayName } from '@shared/domain/contactList'
import type { DatasetTables } from '@shared/model/tables'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import {
  errorLines,
  EXIT_FAILURE,
  EXIT_OK,
  MAX_LISTED_ERRORS,
  reportUsage,
  type Translate,
} from './output'
import { readValidBackup } from './readBackupFile'

function isChoice(value: string): value is DuplicateChoice {
  return (DUPLICATE_CHOICES as readonly string[]).includes(value)
}

/** The preview as the app shows it: counts, then the invalid and duplicate rows, each named. */
export function previewLines(
  plan: ImportPlan,
  path: string,
  choice: DuplicateChoice,
  t: Translate,
): string[] {
  const { counts } = plan
  const lines = [
    t('cli.importVcard.preview', { path, total: plan.rows.length }),
    t('cli.importVcard.new', { count: counts.new }),
    t('cli.importVcard.duplicate', { count: counts.duplicate, choice }),
    t('cli.importVcard.invalid', { count: counts.invalid }),
    t('cli.importVcard.newOrganizations', { count: plan.newOrganizations.length }),
  ]
  const listed = plan.rows.filter((row) => row.kind !== 'new')
  for (const row of listed.slice(0, MAX_LISTED_ERRORS)) {
    const { source, line, label } = row.candidate
    const name = label || t('addressBook.import.unnamed')
    if (row.kind === 'invalid') {
      const problems = row.candidate.problems
        .map((p) => problemText(p, t, issueMessage(p.issue, t)))
        .join('; ')
      lines.push(t('cli.importVcard.invalidRow', { source, line, name, problems }))
    } else if (row.kind === 'duplicate') {
      const existing = contactDisplayName(row.existing)
      const reason = t(`addressBook.import.reason.${row.reason}`)
      lines.push(t('cli.importVcard.duplicateRow', { source, line, name, existing, reason }))
    }
  }
  if (listed.length > MAX_LISTED_ERRORS) {
    lines.push(`  ${t('cli.more', { count: listed.length - MAX_LISTED_ERRORS })}`)
  }
  return lines
}

/**
 * `planner import-vcard <backup> <file.vcf> [--on-duplicate skip|merge|add] --out <backup>`: the
 * backup with the file's people added, written only when the result is itself a valid backup.
 */
export async function runImportVcard(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const usage = (message: string): number => reportUsage(io, t, message, 'import-vcard')
  const [backupPath, vcfPath, extra] = line.args
  if (extra !== undefined) return usage(t('cli.unexpectedArgument', { argument: extra }))
  if (backupPath === undefined || vcfPath === undefined)
    return usage(t('cli.importVcard.missingFiles'))
  const { out, onDuplicate = 'skip' } = line.options
  if (out === undefined) return usage(t('cli.importVcard.missingOut'))
  if (!isChoice(onDuplicate)) return usage(t('cli.importVcard.badChoice', { value: onDuplicate }))
  if (resolve(out) === resolve(backupPath)) {
    io.stderr(t('cli.importVcard.sameFile', { path: out }))
    return EXIT_FAILURE
  }

  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE
  const bytes = await readVcf(vcfPath, io, t)
  if (bytes === null) return EXIT_FAILURE
  const people = vcardPeople(bytes, line.language)
  if (people.length === 0) {
    io.stderr(t('cli.importVcard.noCards', { path: vcfPath }))
    return EXIT_FAILURE
  }
  const candidates = await buildCandidates(people, tables.organizations, line.language)
  const plan = planImport(candidates, tables.contacts)
  for (const text of previewLines(plan, vcfPath, onDuplicate, t)) io.stdout(text)

  const now = io.now()
  const changes = buildImportChanges(plan, () => onDuplicate, now)
  const merged = new Map(changes.merged.map((c) => [c.id, c]))
  // As the app's write: a card's photo only for a contact that has none yet.
  const held = new Set(tables.contactPhotos.map((p) => p.id))
  const result: DatasetTables = {
    ...tables,
    organizations: [...tables.organizations, ...changes.organizations],
    contacts: [...tables.contacts.map((c) => merged.get(c.id) ?? c), ...changes.added],
    contactPhotos: [...tables.contactPhotos, ...changes.photos.filter((p) => !held.has(p.id))],
  }
  const text = serializeBackup(await createBackup(result, { appVersion: io.appVersion, now }))
  // All or nothing: a file the app would refuse is never written.
  const check = await parseBackup(text, { language: line.language })
  if (!check.ok) {
    io.stderr(t('cli.importVcard.resultInvalid'))
    for (const error of errorLines(check.errors, t)) io.stderr(error)
    return EXIT_FAILURE
  }
  try {
    await io.writeFile(out, text)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  io.stdout(
    t('cli.importVcard.wrote', {
      path: out,
      added: changes.added.length,
      merged: changes.merged.length,
      skipped: changes.skipped,
      invalid: plan.counts.invalid,
    }),
  )
  return EXIT_OK
}

async function readVcf(path: string, io: CliIo, t: Translate): Promise<Uint8Array | null> {
  if (!(await io.exists(path))) {
    io.stderr(t('cli.notFound', { path }))
    return null
  }
  try {
    return await io.readBytes(path)
  } catch (error) {
    io.stderr(t('cli.readFailed', { path, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return null
  }
}
