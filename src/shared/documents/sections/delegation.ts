import { PARTICIPANT_SIDES } from '../../model/visit'
import { fixedTable, heading, para, type Block } from '../blocks'
import type { ParticipantEntry } from '../briefingData'
import { fullName, positionLine, type BriefingContext } from '../briefingContext'
import { STYLE } from '../styles'

/** The phone a document lists for a person: the first one recorded (a trip mobile comes later). */
export function phoneOf(entry: Pick<ParticipantEntry, 'contact'>): string {
  return entry.contact.phones[0]?.number ?? ''
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
          t('doc.delegation.phone'),
        ],
        rows.map((p) => [
          [
            para(fullName(p.contact), { style: STYLE.tableText, run: { bold: true } }),
            ...(p.contact.nativeName
              ? [para(p.contact.nativeName, { style: STYLE.tableText })]
              : []),
          ],
          t(`enum.role.${p.participant.role}`),
          positionLine(p),
          phoneOf(p),
        ]),
        [28, 15, 35, 22],
      ),
    )
  }
  return blocks
}
