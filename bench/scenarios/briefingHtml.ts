import type { BriefingData } from '../../src/shared/documents/briefingData'
import { displayName } from '../../src/shared/domain/personName'

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The briefing's content as plain HTML, for the alternative the issue compares with: LibreOffice
 * converting HTML to DOCX. Days with their items, then each participant's biography and photo.
 */
export function briefingHtml(data: BriefingData): string {
  const days = new Map<string, string[]>()
  for (const item of data.agendaItems) {
    const rows = days.get(item.date) ?? []
    rows.push(
      `<tr><td>${item.startTime}–${item.endTime}</td><td><b>${escape(item.title)}</b><br>${escape(item.place)}</td><td>${escape(item.purpose)}<br>${escape(item.talkingPoints)}</td></tr>`,
    )
    days.set(item.date, rows)
  }
  const people = data.participants.map(
    ({ contact, photo }) =>
      `<h3>${escape(displayName(contact))}</h3>${photo ? `<img src="${photo}" width="120">` : ''}<p>${escape(contact.position)}</p><p>${escape(contact.biography)}</p>`,
  )
  return [
    `<!doctype html><html><head><meta charset="utf-8"><title>${escape(data.visit.title)}</title></head><body>`,
    `<h1>${escape(data.visit.title)}</h1>`,
    ...[...days].map(
      ([date, rows]) => `<h2>${date}</h2><table border="1">${rows.join('')}</table>`,
    ),
    '<h2>Biografien</h2>',
    ...people,
    '</body></html>',
  ].join('\n')
}
