import { PageBreak, Paragraph } from 'docx'
import { formatDateShort, formatInstant } from '../../dates'
import type {
  BriefingSnapshotContent,
  SnapshotItem,
  SnapshotPerson,
} from '../../model/briefingSnapshot'
import { fixedTable, heading, note, para, type Block } from '../blocks'
import { briefingSnapshot, diffSnapshots, hasChanges } from '../briefingChanges'
import type { BriefingContext } from '../briefingContext'

/** "03.03.2027 10:00–11:30", in the item's own zone as the programme prints it. */
function when(ctx: BriefingContext, item: SnapshotItem): string {
  return `${formatDateShort(item.date, ctx.lang)} ${item.startTime}–${item.endTime}`
}

function itemTable(ctx: BriefingContext, items: readonly SnapshotItem[]): Block {
  const { t } = ctx
  return fixedTable(
    ctx.page,
    [t('doc.changes.when'), t('doc.glance.item'), t('doc.glance.place')],
    items.map((item) => [when(ctx, item), item.title, item.place]),
    [26, 44, 30],
  )
}

function peopleTable(ctx: BriefingContext, people: readonly SnapshotPerson[]): Block {
  const { t } = ctx
  return fixedTable(
    ctx.page,
    [t('doc.delegation.name'), t('doc.changes.side'), t('doc.delegation.role')],
    people.map((p) => [p.name, t(`enum.side.${p.side}`), t(`enum.role.${p.role}`)]),
    [50, 25, 25],
  )
}

/**
 * The "changed since the last version" page, right after the cover: what a reader holding the
 * previous print must strike out or add by hand. Compared by row id, so a retyped title is no
 * new item. Ends with a page break of its own, as the cover does.
 */
export function changesSection(ctx: BriefingContext, previous: BriefingSnapshotContent): Block[] {
  const { t, data, lang } = ctx
  const since = formatInstant(previous.asOf, data.settings.homeTimeZone, lang)
  const changes = diffSnapshots(previous, briefingSnapshot(data))
  const blocks: Block[] = [heading(t('doc.changes.title'), 1)]
  if (!hasChanges(changes)) {
    blocks.push(para(t('doc.changes.none', { dateTime: since, zone: data.settings.homeCityName })))
  } else {
    blocks.push(note(t('doc.changes.since', { dateTime: since, zone: data.settings.homeCityName })))
    const { addedItems, removedItems, movedItems, addedPeople, removedPeople } = changes
    if (addedItems.length > 0)
      blocks.push(
        heading(t('doc.changes.addedItems', { count: addedItems.length }), 3),
        itemTable(ctx, addedItems),
      )
    if (removedItems.length > 0)
      blocks.push(
        heading(t('doc.changes.removedItems', { count: removedItems.length }), 3),
        itemTable(ctx, removedItems),
      )
    if (movedItems.length > 0)
      blocks.push(
        heading(t('doc.changes.movedItems', { count: movedItems.length }), 3),
        fixedTable(
          ctx.page,
          [t('doc.glance.item'), t('doc.changes.before'), t('doc.changes.now')],
          movedItems.map(({ before, after }) => [
            after.title,
            [when(ctx, before), before.place].filter(Boolean).join('\n'),
            [when(ctx, after), after.place].filter(Boolean).join('\n'),
          ]),
          [36, 32, 32],
        ),
      )
    if (addedPeople.length > 0)
      blocks.push(
        heading(t('doc.changes.addedPeople', { count: addedPeople.length }), 3),
        peopleTable(ctx, addedPeople),
      )
    if (removedPeople.length > 0)
      blocks.push(
        heading(t('doc.changes.removedPeople', { count: removedPeople.length }), 3),
        peopleTable(ctx, removedPeople),
      )
  }
  blocks.push(new Paragraph({ children: [new PageBreak()] }))
  return blocks
}
