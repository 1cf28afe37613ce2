import type { ReactElement } from 'react'
import { useWatch } from 'react-hook-form'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { formatDateShort } from '@shared/dates'
import { tryAgendaDurationMinutes, tryAgendaTimesIn } from '@shared/domain/agenda'
import { checkWallClock } from '@shared/domain/agendaSchedule'
import {
  FormSection,
  DateField,
  FullWidth,
  TimeField,
  TimeZoneField,
  useT,
  type EntityForm,
} from '@renderer/components'
import type { agendaItemInputSchema } from '@shared/model/agenda'
import { formClock, type AgendaFormValues } from './agendaFormValues'
import { durationText, spanText } from './agendaText'
import { FoldChoiceField } from './FoldChoiceField'

const useStyles = makeStyles({
  preview: { color: tokens.colorNeutralForeground2 },
  nextDay: { color: tokens.colorBrandForeground1, whiteSpace: 'nowrap' },
})

export type AgendaTimeSectionProps = {
  form: EntityForm<AgendaFormValues, typeof agendaItemInputSchema>
  homeZone: string
  homeCityName: string
}

/**
 * Date, start, end and zone of an item: times typed the quick way, an end past midnight marked
 * as the next day, a skipped time refused at once and a doubled one asked about.
 */
export function AgendaTimeSection(props: AgendaTimeSectionProps): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const { control } = props.form
  const [date, startTime, endTime, timeZone, startFold, endFold] = useWatch({
    control,
    name: ['date', 'startTime', 'endTime', 'timeZone', 'startFold', 'endFold'],
  })
  const clock = formClock({ date, startTime, endTime, timeZone, startFold, endFold })
  const startCheck = checkWallClock(clock.date, clock.startTime, clock.timeZone)
  const endCheck = checkWallClock(clock.endDate, clock.endTime, clock.timeZone)
  const skipped = (day: string, time: string): string =>
    t('programmeEditor.time.skipped', {
      time,
      date: formatDateShort(day, lang),
      zone: clock.timeZone,
    })
  const home = tryAgendaTimesIn(clock, props.homeZone)
  const minutes = tryAgendaDurationMinutes(clock)
  const nextDay = clock.endDate !== clock.date

  return (
    <FormSection title={t('agenda.sectionTime')}>
      <TimeField
        control={control}
        name="startTime"
        label={t('agenda.startTime')}
        hint={t('programmeEditor.time.startHint')}
        required
        problem={startCheck.kind === 'skipped' ? skipped(clock.date, clock.startTime) : null}
      />
      <TimeField
        control={control}
        name="endTime"
        label={t('agenda.endTime')}
        hint={t('programmeEditor.time.endHint')}
        required
        base={/^\d{2}:\d{2}$/.test(clock.startTime) ? clock.startTime : null}
        problem={endCheck.kind === 'skipped' ? skipped(clock.endDate, clock.endTime) : null}
        after={
          nextDay ? (
            <Text
              size={200}
              className={styles.nextDay}
              title={t('programmeEditor.time.nextDayLong')}
            >
              {t('programmeEditor.time.nextDay')}
            </Text>
          ) : undefined
        }
      />
      <DateField control={control} name="date" label={t('agenda.date')} required />
      <TimeZoneField control={control} name="timeZone" label={t('agenda.timeZone')} required />
      {startCheck.kind === 'twice' ? (
        <FullWidth>
          <FoldChoiceField
            control={control}
            name="startFold"
            label={t('programmeEditor.fold.startLabel', {
              time: clock.startTime,
              date: formatDateShort(clock.date, lang),
            })}
            time={clock.startTime}
            zone={clock.timeZone}
            earlier={startCheck.earlier}
            later={startCheck.later}
          />
        </FullWidth>
      ) : null}
      {endCheck.kind === 'twice' ? (
        <FullWidth>
          <FoldChoiceField
            control={control}
            name="endFold"
            label={t('programmeEditor.fold.endLabel', {
              time: clock.endTime,
              date: formatDateShort(clock.endDate, lang),
            })}
            time={clock.endTime}
            zone={clock.timeZone}
            earlier={endCheck.earlier}
            later={endCheck.later}
          />
        </FullWidth>
      ) : null}
      <FullWidth>
        <Text className={styles.preview} role="status">
          {[
            nextDay
              ? t('programmeEditor.time.endsOn', { date: formatDateShort(clock.endDate, lang) })
              : '',
            minutes === null ? '' : t('agenda.durationIs', { duration: durationText(minutes, t) }),
            home
              ? t('agenda.homeTimePreview', { city: props.homeCityName, time: spanText(home, t) })
              : '',
          ]
            .filter((part) => part !== '')
            .join(' · ')}
        </Text>
      </FullWidth>
    </FormSection>
  )
}
