import { useState, type ReactElement } from 'react'
import {
  Spinner,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components'
import { CalendarArrowDownRegular } from '@fluentui/react-icons'
import { translator } from '@shared/i18n'
import type { UiLanguage } from '@shared/model/common'
import { LoadingState, useDelayedBusy, useT } from '@renderer/components'
import { useVisitChildren } from '@renderer/db/hooks'
import { useParticipantOptions } from '../common/useParticipantOptions'
import type { VisitContext } from '../common/visitContext'
import { calendarFileName } from './calendarFileName'
import { useCalendarExport, type CalendarExportState } from './useCalendarExport'
import { CALENDAR_SECTION_ID } from './useVisitDocumentParam'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '720px' },
  person: { maxWidth: '420px' },
  actions: { display: 'flex' },
})

function Outcome({ state }: { state: CalendarExportState }): ReactElement | null {
  const { t } = useT()
  switch (state.phase) {
    case 'idle':
    case 'saving':
      return null
    case 'saved':
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('calendar.saved', { path: state.path, count: state.count })}
          </MessageBarBody>
        </MessageBar>
      )
    case 'notSaved':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t('calendar.notSaved')}</MessageBarBody>
        </MessageBar>
      )
    case 'failed':
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('calendar.failed')}</MessageBarTitle> {state.message}
          </MessageBarBody>
        </MessageBar>
      )
    default: {
      const never: never = state
      return never
    }
  }
}

export type CalendarExportProps = Pick<VisitContext, 'visit' | 'city'> & {
  /** The language chosen for the visit's documents: the calendar's texts and file name. */
  lang: UiLanguage
}

/** "Export calendar (.ics)": the whole programme, or one participant's itinerary. */
export function CalendarExport({ visit, city, lang }: CalendarExportProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const people = useParticipantOptions(visit.id)
  const participants = useVisitChildren('participants', visit.id)
  const [participantId, setParticipantId] = useState('')
  const { state, start } = useCalendarExport()
  const spinner = useDelayedBusy(state.phase === 'saving')

  if (!people || !participants) return <LoadingState />
  // Someone chosen earlier may have left the visit since: then it is the whole programme again.
  const chosen = participants.find((p) => p.id === participantId)
  const personName = chosen ? people.nameOf(chosen.id) : undefined

  const exportCalendar = (): void => {
    start({
      visitId: visit.id,
      lang,
      ...(chosen ? { personId: chosen.contactId } : {}),
      fileName: calendarFileName({
        prefix: translator(lang)('calendar.fileName'),
        lang,
        cityName: city?.name[lang] ?? '',
        startDate: visit.startDate,
        personName,
      }),
    })
  }

  return (
    <section
      id={CALENDAR_SECTION_ID}
      className={styles.root}
      aria-labelledby="calendar-export-heading"
    >
      <Text as="h2" id="calendar-export-heading" size={400} weight="semibold">
        {t('calendar.title')}
      </Text>
      <Text className={styles.intro}>{t('calendar.intro')}</Text>
      <Field className={styles.person} label={t('calendar.person')} hint={t('calendar.personHint')}>
        <Select
          value={chosen ? chosen.id : ''}
          disabled={state.phase === 'saving'}
          onChange={(_, d) => setParticipantId(d.value)}
        >
          <option value="">{t('calendar.wholeProgramme')}</option>
          {people.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button
          icon={spinner ? <Spinner size="tiny" /> : <CalendarArrowDownRegular />}
          disabledFocusable={state.phase === 'saving'}
          onClick={exportCalendar}
        >
          {state.phase === 'saving' ? t('calendar.saving') : t('calendar.export')}
        </Button>
      </div>
      {/* Not role="status": the briefing panel above has the tab's one status region. */}
      <div aria-live="polite">
        <Outcome state={state} />
      </div>
    </section>
  )
}
