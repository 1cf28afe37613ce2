import type { ImportChanges } from '@shared/contactImport'
import type { UiLanguage } from '@shared/model/common'
import { SETTINGS_ID } from '@shared/model/settings'
import { TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import {
  importIntoDb,
  previewImport,
  writeReplacement,
  type ImportMode,
  type ImportPreview,
  type ImportRequest,
  type MergeOutcome,
  type OnImportProgress,
} from './backupImport'
import { writeContactImport, type ContactImportResult } from './contactImport'
import { createContactMergeOperations, type ContactMergeOperations } from './contactMergeStore'
import { loadDemoData, removeDemoData, type DemoRemoval } from './demo'
import type { Clock } from './entityRepository'
import { writeSafetyCopy, type SafetyCopy } from './safetyCopy'
import { createPrivacyOperations, type PrivacyOperations } from './personErasure'
import { ensureSeeded } from './seed'

export type { SafetyCopy } from './safetyCopy'
export type { ContactImportResult } from './contactImport'
export type {
  ImportMode,
  ImportPreview,
  ImportProgress,
  ImportRequest,
  MergeOutcome,
  OnImportProgress,
} from './backupImport'
export { ImportFailedError } from './backupImport'

/** Where the safety copy of the data an operation replaced or removed was written. */
export type SafetyCopied = { safetyCopy: string }

/**
 * The operations that change the whole database at once. Each is one transaction, seeding
 * included, so the app is never left without settings or partner cities. Those that replace or
 * remove data first write a safety copy and change nothing when it cannot be written.
 */
export interface DataOperations {
  /**
   * Replaces every table, tombstones included, with `tables`: all or nothing. It does not
   * validate; the import validates the whole file first. A file without settings gets the seed.
   */
  replaceAll(
    tables: DatasetTables,
    copy: SafetyCopy,
    onProgress?: OnImportProgress,
  ): Promise<SafetyCopied>
  /** What importing a validated backup would change, replacing or merging (see backupImport). */
  previewImport(tables: DatasetTables, lang: UiLanguage): Promise<Record<ImportMode, ImportPreview>>
  /**
   * Imports a validated backup, replacing everything or merging by id, all or nothing; failures
   * come as ImportFailedError naming the file (safety copy, full disk, aborted write).
   */
  importBackup(tables: DatasetTables, request: ImportRequest): Promise<MergeOutcome>
  /** Wipes every table, tombstones included, and seeds again, keeping the UI language. */
  deleteAll(copy: SafetyCopy, keep: { uiLanguage: UiLanguage }): Promise<SafetyCopied>
  /** Adds the demo set; false when it is already there. */
  loadDemo(): Promise<boolean>
  /** Removes the demo set except what the user's own rows use (see removeDemoData). */
  removeDemo(copy: SafetyCopy): Promise<DemoRemoval & SafetyCopied>
  /**
   * Writes a vCard or CSV import (new organizations, new and merged contacts) all or nothing;
   * `seenUpdatedAt` holds each merged contact's stamp as the preview read it.
   */
  importContacts(
    changes: ImportChanges,
    seenUpdatedAt: ReadonlyMap<string, string>,
  ): Promise<ContactImportResult>
  /** Merging two contacts, with the undo of the last merge (kept in memory, see the store). */
  contactMerge: ContactMergeOperations
  /** A person's data report (access request) and their erasure. */
  privacy: PrivacyOperations
}

export function createDataOperations(db: AppDB, clock: Clock = () => new Date()): DataOperations {
  return {
    async replaceAll(tables, copy, onProgress) {
      const now = clock()
      const safetyCopy = await writeSafetyCopy(db, copy, now)
      await db.transaction('rw', TABLE_NAMES, () => writeReplacement(db, tables, now, onProgress))
      return { safetyCopy }
    },

    previewImport: (tables, lang) => previewImport(db, tables, lang),
    importBackup: (tables, request) => importIntoDb(db, tables, request, clock()),

    async deleteAll(copy, keep) {
      const now = clock()
      const safetyCopy = await writeSafetyCopy(db, copy, now)
      await db.transaction('rw', TABLE_NAMES, async () => {
        for (const name of TABLE_NAMES) await db.table(name).clear()
        await ensureSeeded(db, now)
        await db.settings.update(SETTINGS_ID, { uiLanguage: keep.uiLanguage })
      })
      return { safetyCopy }
    },

    loadDemo: () => loadDemoData(db, clock()),

    async removeDemo(copy) {
      const now = clock()
      const safetyCopy = await writeSafetyCopy(db, copy, now)
      return { ...(await removeDemoData(db, now)), safetyCopy }
    },

    importContacts: (changes, seenUpdatedAt) => writeContactImport(db, changes, seenUpdatedAt),

    contactMerge: createContactMergeOperations(db, clock),
    privacy: createPrivacyOperations(db, clock),
  }
}
