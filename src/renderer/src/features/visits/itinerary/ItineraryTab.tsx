import { useMemo, type ReactElement } from 'react'
import { useSearchParams } from 'react-router'
import {
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  tokens,
} from '@fluentui/react-components'
import { buildItinerary } from '@shared/domain/itinerary'
import { EmptyState, LoadingState, useT } from '@renderer/components'
import { useContacts, useVisitChildren } from '@renderer/db/hooks'
import { useParticipantOptions } from '../common/useParticipantOptions'
import type { VisitContext } from '../common/visitContext'
import { useVisitConflicts } from '../conflicts/useConflicts'
import { ItineraryDaySection } from './ItineraryDaySection'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  picker: { maxWidth: '420px' },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
  muted: { color: tokens.colorNeutralForeground3 },
})

/**
 * One person's own programme: pick a participant, see day by day what they attend, their
 * journeys and hotel nights in local and home time, and their conflicts. The person is in the
 * URL (?tab=itinerary&person=<participant id>), so the view can be linked and reloaded.
 */
export function ItineraryTab({ visit, settings }: VisitContext): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const [params, setParams] = useSearchParams()
  const people = useParticipantOptions(visit.id)
  const participants = useVisitChildren('participants', visit.id)
  const contacts = useContacts({ includeDeleted: true })
  const agendaItems = useVisitChildren('agendaItems', visit.id)
  const travelSegments = useVisitChildren('travelSegments', visit.id)
  const accommodations = useVisitChildren('accommodations', visit.id)
  const conflicts = useVisitConflicts(visit.id)

  const chosenId = params.get('person') ?? people?.options[0]?.value ?? ''
  const person = participants?.find((p) => p.id === chosenId)
  const contact = contacts?.find((c) => c.id === person?.contactId)
  const days = useMemo(
    () =>
      person && agendaItems && travelSegments && accommodations
        ? buildItinerary({
            visit,
            person,
            agendaItems,
            travelSegments,
            accommodations,
            homeZone: settings.homeTimeZone,
          })
        : undefined,
    [visit, person, agendaItems, travelSegments, accommodations, settings.homeTimeZone],
  )
  const own = useMemo(
    () => (contact && conflicts ? conflicts.filter((c) => c.personIds.includes(contact.id)) : []),
    [contact, conflicts],
  )

  if (!people || !participants || !contacts) return <LoadingState />
  if (people.options.length === 0) {
    return <EmptyState title={t('delegation.itinerary.noParticipants')} />
  }
  const name = person ? people.nameOf(person.id) : ''
  const choose = (id: string): void => {
    const next = new URLSearchParams(params)
    next.set('person', id)
    setParams(next, { replace: true })
  }
  const conflictItems = new Set(own.flatMap((c) => c.itemIds))

  return (
    <div className={styles.root}>
      <Field label={t('delegation.itinerary.person')} className={styles.picker}>
        <Dropdown
          value={name}
          selectedOptions={person ? [person.id] : []}
          onOptionSelect={(_, data) => (data.optionValue ? choose(data.optionValue) : undefined)}
        >
          {people.options.map((option) => (
            <Option key={option.value} value={option.value}>
              {option.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {!person || !days ? (
        <LoadingState />
      ) : (
        <>
          {conflicts === undefined ? null : own.length === 0 ? (
            <Text className={styles.muted}>{t('delegation.itinerary.noConflicts', { name })}</Text>
          ) : (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {t('delegation.itinerary.conflicts', { name, count: own.length })}
                </MessageBarTitle>
                <ul className={styles.list}>
                  {own.map((conflict) => (
                    <li key={conflict.key}>{conflict.message[lang]}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {days.map((day) => (
            <ItineraryDaySection
              key={day.date}
              day={day}
              homeCityName={settings.homeCityName}
              conflictItemIds={conflictItems}
            />
          ))}
        </>
      )}
    </div>
  )
}
