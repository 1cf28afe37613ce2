import { AlignmentType, Document, Paragraph, type ISectionOptions } from 'docx'
import { formatDate, formatDateRange } from '../../dates'
import { displayName } from '../../domain/personName'
import { translator } from '../../i18n'
import type { UiLanguage } from '../../model/common'
import type { Contact } from '../../model/contact'
import { para } from '../blocks'
import { textRuns } from '../runs'
import { sanitize } from '../sanitize'
import { documentStyles, PAGE_SETUPS, STYLE } from '../styles'
import type { LetterKind, LettersData } from './lettersData'

export type LetterOptions = { lang: UiLanguage; kind: LetterKind; now: Date }

/** Holders of the highest offices (rank 1–20) get the formal closing. */
const FORMAL_RANK = 20

/** The salutation from the person's form of address in that language, else a neutral one. */
export function salutationOf(contact: Contact, lang: UiLanguage): string {
  return (
    contact.addressForms[lang]?.letterSalutation.trim() ||
    translator(lang)('letters.salutationFallback')
  )
}

/** The closing that goes with the form of address: formal for the highest offices. */
export function closingOf(contact: Contact, lang: UiLanguage): string {
  const t = translator(lang)
  const rank = contact.precedenceRank
  return rank !== null && rank <= FORMAL_RANK ? t('letters.closingFormal') : t('letters.closing')
}

/** The envelope lines from the form of address, else name, office and nothing more. */
function addressLines(contact: Contact, lang: UiLanguage): string[] {
  const envelope = contact.addressForms[lang]?.envelope.trim()
  if (envelope)
    return envelope
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
  return [displayName(contact), contact.position].filter((s) => s.trim() !== '')
}

function letterPage(data: LettersData, contact: Contact, o: LetterOptions): Paragraph[] {
  const t = translator(o.lang)
  const { visit, city } = data
  const facts = {
    title: visit.title,
    city: city.name[o.lang],
    dates: formatDateRange(visit.startDate, visit.endDate, o.lang),
    office: data.officeName,
    home: data.homeCityName,
  }
  const body = t(`letters.${o.kind}.body`, facts).split('\n\n')
  const signatory = data.signatory
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: textRuns(data.officeName, { bold: true, size: 28 }),
    }),
    para(data.homeCityName, { style: STYLE.small, alignment: AlignmentType.RIGHT }),
    para(''),
    ...addressLines(contact, o.lang).map((line) => para(line)),
    para(''),
    para(`${data.homeCityName}, ${formatDate(o.now.toISOString().slice(0, 10), o.lang)}`, {
      alignment: AlignmentType.RIGHT,
    }),
    para(''),
    para(t(`letters.${o.kind}.subject`, facts), { run: { bold: true } }),
    para(''),
    para(salutationOf(contact, o.lang)),
    ...body.map((text) => para(text, { spacing: { after: 160 } })),
    para(closingOf(contact, o.lang)),
    para(''),
    para(''),
    para(signatory ? displayName(signatory) : data.officeName),
    ...(signatory?.position ? [para(signatory.position, { style: STYLE.small })] : []),
  ]
}

/** Invitation or thank-you letters to every counterpart of a visit: one DOCX, a page per letter. */
export function buildLetters(data: LettersData, options: LetterOptions): Document {
  const t = translator(options.lang)
  const setup = PAGE_SETUPS.A4
  const sections: ISectionOptions[] = data.recipients.map((contact) => ({
    properties: {
      page: { size: { width: setup.width, height: setup.height }, margin: setup.margin },
    },
    children: letterPage(data, contact, options),
  }))
  const title = sanitize(t(`letters.${options.kind}.title`, { title: data.visit.title }))
  return new Document({
    title,
    creator: sanitize(data.officeName),
    lastModifiedBy: sanitize(data.officeName),
    styles: documentStyles('A4', options.lang === 'de' ? 'de-DE' : 'en-GB'),
    sections,
  })
}
