import { useCallback } from 'react'
import { fileStamp } from '@shared/dates'
import { personDataJson } from '@shared/domain/personData'
import type { Contact } from '@shared/model/contact'
import { errorText, useNotify, useT } from '@renderer/components'
import { useOrganizations, usePartnerCities, useSettings, useVisits } from '@renderer/db/hooks'
import { useDataOperations } from '@renderer/db/useDataOperations'
import { saveFile } from '@renderer/platform'

export type ReportFormat = 'json' | 'docx'

function baseName(contact: Contact): string {
  const name = [contact.givenName, contact.familyName]
    .filter(Boolean)
    .join('-')
    .replace(/[\\/:*?"<>|\s]+/g, '-')
  return `data-report-${name || 'contact'}-${fileStamp(new Date())}`
}

/**
 * The access-request report of one person, as JSON (every row as stored) or DOCX (readable),
 * saved through the platform's save dialog. The DOCX builder loads on demand: docx stays out of
 * the contacts chunk.
 */
export function usePersonReport(): (contact: Contact, format: ReportFormat) => Promise<void> {
  const { t, lang } = useT()
  const notify = useNotify()
  const { privacy } = useDataOperations()
  const settings = useSettings()
  const visits = useVisits({ includeDeleted: true })
  const organizations = useOrganizations({ includeDeleted: true })
  const cities = usePartnerCities()
  return useCallback(
    async (contact, format) => {
      try {
        const data = await privacy.readPersonData(contact.id)
        const now = new Date()
        let content: string | Uint8Array<ArrayBuffer>
        if (format === 'json') content = personDataJson(data, now)
        else {
          const [{ buildPersonReport }, { Packer }] = await Promise.all([
            import('@shared/documents/personReport'),
            import('docx'),
          ])
          const titles = new Map((visits ?? []).map((v) => [v.id, v.title]))
          const doc = buildPersonReport(data, {
            lang,
            now,
            timeZone: settings?.homeTimeZone ?? 'Europe/Berlin',
            officeName: settings?.officeName ?? '',
            visitTitle: (id) => titles.get(id) ?? id,
            organizationName: (id) => organizations?.find((o) => o.id === id)?.name,
            cityName: (id) => cities?.find((c) => c.id === id)?.name[lang],
          })
          content = new Uint8Array(await Packer.toArrayBuffer(doc))
        }
        const saved = await saveFile({
          suggestedName: `${baseName(contact)}.${format}`,
          filters: [{ name: format.toUpperCase(), extensions: [format] }],
          content,
        })
        if (saved.status !== 'saved') return
        notify({
          title: t('privacy.reportSaved'),
          body: t('privacy.reportSavedBody', { path: saved.path }),
        })
      } catch (error) {
        notify({
          intent: 'error',
          title: t('privacy.reportFailed', { reason: errorText(error, t, lang) }),
        })
      }
    },
    [privacy, settings, visits, organizations, cities, lang, notify, t],
  )
}
