import { ORGANIZATION_KINDS } from '../../../model/organization'
import { fixedTable, heading, note, para, type Block, type Cell } from '../../blocks'
import { fullName } from '../../briefingContext'
import { STYLE } from '../../styles'
import type { DossierContext } from '../dossierContext'
import type { PersonEntry } from '../../briefingData'

function nameCell({ contact }: PersonEntry): Cell {
  const cell = [para(fullName(contact), { style: STYLE.tableText, run: { bold: true } })]
  if (contact.nativeName.trim()) {
    cell.push(para(contact.nativeName.trim(), { style: STYLE.tableText }))
  }
  return cell
}

/** The main office, then each further one (a person ranks by the highest of them). */
function officeText({ contact }: PersonEntry): string {
  return [contact.position, ...contact.furtherOffices.map((o) => o.position)]
    .filter((p) => p.trim() !== '')
    .join('\n')
}

/**
 * The city's people in order of precedence (the shared rule: rank, then seniority), with the
 * name as the app shows it and in native script. Needs, notes and contact details stay out.
 */
export function contactsSection(ctx: DossierContext): Block[] {
  const { t, data } = ctx
  const blocks: Block[] = [heading(t('dossier.doc.section.contacts'), 1)]
  if (data.contacts.length === 0) {
    blocks.push(note(t('dossier.doc.contacts.none', { city: ctx.cityName })))
    return blocks
  }
  blocks.push(
    fixedTable(
      ctx.page,
      [
        '#',
        t('dossier.doc.col.name'),
        t('dossier.doc.col.office'),
        t('dossier.doc.col.organization'),
      ],
      data.contacts.map((entry, index) => [
        String(index + 1),
        nameCell(entry),
        officeText(entry),
        entry.organization
          ? [entry.organization.name, entry.organization.localName].filter(Boolean).join('\n')
          : '',
      ]),
      [6, 32, 32, 30],
    ),
  )
  return blocks
}

/** The city's organizations grouped by kind, in the kinds' fixed order. */
export function organizationsSection(ctx: DossierContext): Block[] {
  const { t, data } = ctx
  const blocks: Block[] = [heading(t('dossier.doc.section.organizations'), 1)]
  if (data.organizations.length === 0) {
    blocks.push(note(t('dossier.doc.organizations.none', { city: ctx.cityName })))
    return blocks
  }
  for (const kind of ORGANIZATION_KINDS) {
    const ofKind = data.organizations.filter((o) => o.kind === kind)
    if (ofKind.length === 0) continue
    blocks.push(
      heading(`${t(`enum.orgKind.${kind}`)} (${ofKind.length})`, 2),
      fixedTable(
        ctx.page,
        [t('dossier.doc.col.name'), t('dossier.doc.col.address'), t('dossier.doc.col.web')],
        ofKind.map((o) => [[o.name, o.localName].filter(Boolean).join('\n'), o.address, o.web]),
        [40, 35, 25],
      ),
    )
  }
  return blocks
}
