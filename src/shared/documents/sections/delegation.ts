import type { Paragraph } from 'docx'
import { PARTICIPANT_SIDES, type Participant } from '../../model/visit'
import { fixedTable, heading, para, type Block } from '../blocks'
import type { ParticipantEntry } from '../briefingData'
import { fullName, positionLine, type BriefingContext } from '../briefingContext'
import { STYLE } from '../styles'

/**
 * The number to reach a person on during the visit. The delegation travels, so it is the trip
 * mobile, marked when nobody has checked that it works abroad: an unchecked number on an
 * emergency card must not look like a safe one. Hosts stay at home, so it is their contact's
 * first phone. Empty when nothing is recorded.
 */
export function phoneOf(
  ctx: Pick<BriefingContext, 't'>,
  entry: Pick<ParticipantEntry, 'contact'> & {
    participant: Pick<Participant, 'side' | 'tripMobile' | 'mobileVerified'>
  },
): string {
  const { participant } = entry
  if (participant.side === 'host') return entry.contact.phones[0]?.number ?? ''
  const mobile = participant.tripMobile.trim()
  if (mobile === '') return ''
  return participant.mobileVerified ? mobile : `${mobile} ${ctx.t('doc.delegation.unverified')}`
}

/** "in Vertretung von …" under a stand-in's name: the rank they hold is the other's. */
function standingInFor(ctx: BriefingContext, entry: ParticipantEntry): Paragraph[] {
  const id = entry.participant.standsInForId
  const absent = id ? ctx.data.people[id] : undefined
  if (!absent) return []
  const line = ctx.t('delegation.inPlaceOf', { name: fullName(absent.contact) })
  return [para(line, { style: STYLE.tableText, run: { italics: true } })]
}

/** The delegation and the hosts, each in order of precedence, with roles and phones. */
export function delegationSection(ctx: BriefingContext): Block[] {
  const { t } = ctx
  const blocks: Block[] = [heading(t('doc.section.delegation'), 1, { pageBreakBefore: true })]
  for (const side of PARTICIPANT_SIDES) {
    const rows = ctx.data.participants.filter((p) => p.participant.side === side)
    if (rows.length === 0) continue
    const title = side === 'delegation' ? t('doc.delegation.delegation') : t('doc.delegation.hosts')
    blocks.push(
      heading(`${title} (${t('doc.delegation.count', { count: rows.length })})`, 2),
      fixedTable(
        ctx.page,
        [
          t('doc.delegation.name'),
          t('doc.delegation.role'),
          t('doc.delegation.position'),
          side === 'delegation' ? t('doc.delegation.tripMobile') : t('doc.delegation.phone'),
        ],
        rows.map((p) => [
          [
            para(fullName(p.contact), { style: STYLE.tableText, run: { bold: true } }),
            ...(p.contact.nativeName
              ? [para(p.contact.nativeName, { style: STYLE.tableText })]
              : []),
            ...standingInFor(ctx, p),
          ],
          t(`enum.role.${p.participant.role}`),
          positionLine(p),
          phoneOf(ctx, p),
        ]),
        [27, 16, 32, 25],
      ),
    )
  }
  return blocks
}
