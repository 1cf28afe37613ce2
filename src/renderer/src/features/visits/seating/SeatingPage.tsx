import { useState, type ReactElement } from 'react'
import { useParams } from 'react-router'
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  Option,
  tokens,
} from '@fluentui/react-components'
import { formatDate } from '@shared/dates'
import { movePerson, suggestSetup, type Place } from '@shared/domain/seating'
import { displayName } from '@shared/domain/personName'
import { INTERPRETER_PLACEMENTS, type InterpreterPlacement } from '@shared/model/seatingPlan'
import type { Settings } from '@shared/model/settings'
import { BackLink, EmptyState, LoadingState, Page, PageHeader, useT } from '@renderer/components'
import { useSettings } from '@renderer/db/hooks'
import { useSeatingData, type SeatingData } from '@renderer/db/seatingHooks'
import { useSafeAction } from '../common/useSafeAction'
import { SeatingBoard } from './SeatingBoard'
import { SeatingDocuments } from './SeatingDocuments'
import { SeatingSetupForm } from './SeatingSetupForm'
import { SeatingWarningList } from './SeatingWarningList'
import { warnedPeople } from './seatingText'
import { useSeatingEditor } from './useSeatingEditor'

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  live: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
  },
})

/** /visits/:id/seating/:itemId — the seating plan of a meal, reception or meeting. */
export function SeatingPage(): ReactElement {
  const { id = '', itemId = '' } = useParams()
  const { t } = useT()
  const data = useSeatingData(id, itemId)
  const settings = useSettings()
  if (data === undefined || settings === undefined) return <LoadingState />
  if (data === null) {
    return (
      <Page>
        <EmptyState title={t('seating.notFound')} />
      </Page>
    )
  }
  return <SeatingEditorView data={data} settings={settings} />
}

function SeatingEditorView({
  data,
  settings,
}: {
  data: SeatingData
  settings: Settings
}): ReactElement {
  const styles = useStyles()
  const { t, lang } = useT()
  const run = useSafeAction()
  const editor = useSeatingEditor(data, settings)
  const [keepManual, setKeepManual] = useState(true)
  const [announcement, setAnnouncement] = useState('')
  const { item, visit, plan } = data
  const nameOf = (contactId: string): string => {
    const c = editor.contactOf(contactId)
    return c ? displayName(c) : t('privacy.removedContact')
  }
  const warned = new Set(editor.warnings.flatMap(warnedPeople))
  const back = `/visits/${visit.id}?tab=agenda`
  const header = (
    <PageHeader
      above={<BackLink to={back}>{visit.title}</BackLink>}
      title={t('seating.title', { title: item.title })}
      subtitle={`${formatDate(item.date, lang)} ${item.startTime} · ${item.place || t(`enum.agendaKind.${item.kind}`)} · ${t('seating.guestCount', { count: editor.guests.length })}`}
    />
  )
  if (!plan) {
    return (
      <Page>
        {header}
        <EmptyState
          title={t('seating.empty.title')}
          body={editor.guests.length === 0 ? t('seating.empty.noGuests') : t('seating.empty.body')}
          action={
            <SeatingSetupForm
              initial={suggestSetup(item.kind, editor.guests.length)}
              submitLabel={t('seating.create')}
              onSubmit={(setup) => run(() => editor.create(setup), t('seating.created'))}
            />
          }
        />
      </Page>
    )
  }
  const first = plan.tables[0]
  const move = (contactId: string, to: Place): void =>
    run(
      () => editor.saveAssignments(movePerson(plan.assignments, contactId, to)),
      t('seating.moved'),
    )
  return (
    <Page>
      {header}
      <div className={styles.stack}>
        {first ? (
          <SeatingSetupForm
            key={plan.tables.map((x) => x.id).join()}
            initial={{
              shape: first.shape,
              seatsPerTable: first.seats,
              tableCount: plan.tables.length,
            }}
            submitLabel={t('seating.applyTables')}
            onSubmit={(setup) => run(() => editor.setTables(setup), t('seating.reseated'))}
          />
        ) : null}
        <div className={styles.toolbar}>
          <Field label={t('seating.interpreterPlacement')}>
            <Dropdown
              value={t(`seating.interpreter.${plan.interpreterPlacement}`)}
              selectedOptions={[plan.interpreterPlacement]}
              onOptionSelect={(_, d) => {
                const value = d.optionValue as InterpreterPlacement | undefined
                if (value) run(() => editor.setInterpreterPlacement(value), t('seating.reseated'))
              }}
            >
              {INTERPRETER_PLACEMENTS.map((p) => (
                <Option key={p} value={p}>
                  {t(`seating.interpreter.${p}`)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Checkbox
            checked={keepManual}
            onChange={(_, d) => setKeepManual(d.checked === true)}
            label={t('seating.keepManual')}
          />
          <Button onClick={() => run(() => editor.reseat(keepManual), t('seating.reseated'))}>
            {t('seating.reseat')}
          </Button>
        </div>
        <SeatingWarningList warnings={editor.warnings} nameOf={nameOf} />
        <SeatingBoard
          tables={plan.tables}
          assignments={plan.assignments}
          guests={editor.guests}
          nameOf={nameOf}
          warned={warned}
          onMove={move}
          announce={setAnnouncement}
        />
        <SeatingDocuments data={data} settings={settings} plan={plan} />
      </div>
      <div className={styles.live} role="status" aria-live="polite">
        {announcement}
      </div>
    </Page>
  )
}
