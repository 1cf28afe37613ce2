import { ImageRun, Paragraph } from 'docx'
import { formatDate } from '../../dates'
import { comparePrecedence } from '../../domain/precedence'
import { factLines, heading, para, type Block } from '../blocks'
import type { PersonEntry } from '../briefingData'
import { fullName, positionLine, type BriefingContext } from '../briefingContext'
import { dataUrlBytes, fitInto, imageSize } from '../imageSize'

/** The box a portrait fits into, in pixels at 96 per inch (3.2 × 4.2 cm). */
const PHOTO_BOX = { width: 121, height: 159 }

/**
 * A photo at its true aspect ratio inside the portrait box, or nothing when the data is no image
 * docx can embed (WebP is not among Word's formats; the app converts it before it gets here).
 */
export function photoParagraph(ctx: BriefingContext, entry: PersonEntry): Paragraph | null {
  const bytes = entry.photo ? dataUrlBytes(entry.photo) : null
  const info = bytes ? imageSize(bytes) : null
  if (!bytes || !info || info.format === 'webp') return null
  const name = fullName(entry.contact)
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: info.format,
        data: bytes,
        transformation: fitInto(info, PHOTO_BOX),
        altText: { name, description: ctx.t('doc.bio.photoOf', { name }), title: name },
      }),
    ],
  })
}

function biography(ctx: BriefingContext, entry: PersonEntry): Block[] {
  const { t, lang } = ctx
  const c = entry.contact
  const form = c.addressForms[lang]
  const photo = photoParagraph(ctx, entry)
  return [
    heading(fullName(c), 3),
    ...(photo ? [photo] : []),
    ...factLines([
      { label: t('doc.bio.position'), value: positionLine(entry) },
      { label: t('doc.bio.nativeName'), value: c.nativeName },
      { label: t('doc.bio.pronunciation'), value: c.pronunciation },
      { label: t('doc.bio.spokenAddress'), value: form?.spokenAddress ?? '' },
      { label: t('doc.bio.salutation'), value: form?.letterSalutation ?? '' },
      { label: t('doc.bio.languages'), value: c.languages.join(', ') },
      {
        label: t('doc.bio.inOfficeSince'),
        value: c.inOfficeSince ? formatDate(c.inOfficeSince, lang) : '',
      },
      { label: t('doc.bio.interpreterNeeded'), value: c.interpreterNeeded ? '✓' : '' },
    ]),
    ...(c.biography.trim() ? [para(c.biography.trim())] : []),
  ]
}

/** The people the delegation meets (hosts and counterparts), then the delegation itself. */
export function biographyGroups(ctx: BriefingContext): {
  met: PersonEntry[]
  delegation: PersonEntry[]
} {
  const { data } = ctx
  const delegation = data.participants.filter((p) => p.participant.side === 'delegation')
  const delegationIds = new Set(delegation.map((p) => p.contact.id))
  const metIds = new Set<string>([
    ...data.participants.filter((p) => p.participant.side === 'host').map((p) => p.contact.id),
    ...data.agendaItems.flatMap((item) => item.counterpartIds),
    ...(data.host ? [data.host.contact.id] : []),
  ])
  const met = [...metIds]
    .filter((id) => !delegationIds.has(id))
    .flatMap((id) => data.people[id] ?? [])
    .sort((a, b) => comparePrecedence(a.contact, b.contact))
  return { met, delegation }
}

export function biographiesSection(ctx: BriefingContext): Block[] {
  const { t } = ctx
  const { met, delegation } = biographyGroups(ctx)
  const blocks: Block[] = [heading(t('doc.section.biographies'), 1, { pageBreakBefore: true })]
  if (met.length > 0)
    blocks.push(heading(t('doc.bio.counterparts'), 2), ...met.flatMap((p) => biography(ctx, p)))
  if (delegation.length > 0) {
    blocks.push(
      heading(t('doc.bio.delegation'), 2),
      ...delegation.flatMap((p) => biography(ctx, p)),
    )
  }
  return blocks
}
