import { useCallback, useMemo, useState, type ReactElement } from 'react'
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components'
import { sortParticipants } from '@shared/domain/displayOrder'
import { LoadingState, useT, type FieldOption } from '@renderer/components'
import { useContacts, useVisitChildren } from '@renderer/db/hooks'
import { contactName } from '../common/names'
import type { VisitContext } from '../common/visitContext'
import { briefingFileName } from './briefingFileName'
import { CalendarExport } from './CalendarExport'
import { LettersPanel } from './LettersPanel'
import { choicesProblem, defaultChoices, toBriefingOptions } from './documentChoices'
import { DocumentOptions } from './DocumentOptions'
import { GenerationPanel } from './GenerationPanel'
import { useBriefingRun } from './useBriefingRun'
import { useVisitDocumentParam } from './useVisitDocumentParam'
import type { BriefingVariant } from '@shared/documents/briefingOptions'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  intro: { color: tokens.colorNeutralForeground2 },
})

/** The delegation in order of precedence, as the pocket programme lists it; trashed people left out. */
function useDelegates(visitId: string): FieldOption[] | undefined {
  const participants = useVisitChildren('participants', visitId)
  const contacts = useContacts()
  return useMemo(() => {
    if (!participants || !contacts) return undefined
    const byId = new Map(contacts.map((c) => [c.id, c]))
    const rows = participants
      .filter((p) => p.side === 'delegation')
      .flatMap((participant) => {
        const contact = byId.get(participant.contactId)
        return contact ? [{ participant, contact }] : []
      })
    return sortParticipants(rows, (id) => byId.get(id)).map((row) => ({
      value: row.contact.id,
      label: contactName(row.contact),
    }))
  }, [participants, contacts])
}

/** The visit's documents: choose what to make, make it in a worker, save it. */
export function DocumentsTab({ visit, city, settings }: VisitContext): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const delegates = useDelegates(visit.id)
  const items = useVisitChildren('agendaItems', visit.id)
  const [choices, setChoices] = useState(() => defaultChoices(visit, lang))
  const runner = useBriefingRun()
  const chooseVariant = useCallback(
    (variant: BriefingVariant) => setChoices((current) => ({ ...current, variant })),
    [],
  )
  useVisitDocumentParam(chooseVariant)

  if (!delegates || !items) return <LoadingState />
  if (visit.deletedAt !== null) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t('documents.inTrash')}</MessageBarBody>
      </MessageBar>
    )
  }

  const problem = choicesProblem(choices, delegates.length)
  const busy = runner.state.phase === 'running' || runner.state.phase === 'saving'
  const generate = (): void => {
    // A delegate chosen earlier may have left the visit since: then the select shows everyone.
    const person = delegates.find((d) => d.value === choices.personId)
    runner.start({
      visitId: visit.id,
      options: toBriefingOptions({ ...choices, personId: person?.value ?? null }),
      fileName: briefingFileName({
        variant: choices.variant,
        lang: choices.lang,
        cityName: city?.name[choices.lang] ?? '',
        startDate: visit.startDate,
        personName: choices.variant === 'pocket' ? person?.label : undefined,
      }),
    })
  }

  return (
    <section className={styles.root} aria-label={t('documents.title')}>
      <Text className={styles.intro}>{t('documents.intro')}</Text>
      {items.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t('documents.noItems')}</MessageBarTitle> {t('documents.noItemsBody')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <DocumentOptions
        choices={choices}
        onChange={setChoices}
        delegates={delegates}
        disabled={busy}
      />
      {problem === 'documents.noDelegates' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t(problem)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <GenerationPanel
        state={runner.state}
        blocked={problem === null ? null : t(problem)}
        onGenerate={generate}
        onCancel={runner.cancel}
      />
      <CalendarExport visit={visit} city={city} lang={choices.lang} />
      <LettersPanel visit={visit} lang={choices.lang} homeTimeZone={settings.homeTimeZone} />
    </section>
  )
}
