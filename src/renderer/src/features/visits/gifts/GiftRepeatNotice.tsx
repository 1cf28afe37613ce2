import type { ReactElement } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components'
import { WarningRegular } from '@fluentui/react-icons'
import { formatDateShort } from '@shared/dates'
import type { GiftRepeat, GiftRepeatIndex } from '@shared/domain/giftRepeats'
import type { UiLanguage } from '@shared/model/common'
import type { GiftInput } from '@shared/model/gift'
import { blankToNull, useT, type TFunction } from '@renderer/components'
import type { GiftFormValues } from './giftFormValues'

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  inline: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  icon: { flexShrink: 0, marginTop: '2px' },
})

/** "to the same person on the visit „…“ of 02/04/2019" (or city, or both). */
export function repeatText(repeat: GiftRepeat, t: TFunction, lang: UiLanguage): string {
  const reason =
    repeat.reasons.length === 2 ? 'both' : repeat.reasons[0] === 'recipient' ? 'recipient' : 'city'
  return t(`gifts.repeat.${reason}`, {
    visit: repeat.visitTitle,
    date: formatDateShort(repeat.visitStartDate, lang),
  })
}

/** The warning under a gift in the gifts tab: the latest earlier visit, and how many more. */
export function GiftRepeatLine({
  repeats,
}: {
  repeats: readonly GiftRepeat[]
}): ReactElement | null {
  const { t, lang } = useT()
  const styles = useStyles()
  const [latest] = repeats
  if (!latest) return null
  const more = repeats.length - 1
  return (
    <span className={styles.inline} role="note">
      <WarningRegular className={styles.icon} aria-hidden />
      <span>
        {t('gifts.repeat.given')} {repeatText(latest, t, lang)}
        {more > 0 ? ` ${t('gifts.repeat.more', { count: more })}` : ''}
      </span>
    </span>
  )
}

/** In the gift dialog: updates as the description and recipient are typed, before saving. */
export function GiftRepeatNotice(props: {
  control: Control<GiftFormValues, unknown, GiftInput>
  index: GiftRepeatIndex | undefined
  visitId: string
  giftId: string | undefined
}): ReactElement | null {
  const { t, lang } = useT()
  const styles = useStyles()
  const [direction, description, recipientId] = useWatch({
    control: props.control,
    name: ['direction', 'description', 'recipientId'],
  })
  if (!props.index) return null
  const repeats = props.index.repeatsOf({
    id: props.giftId,
    visitId: props.visitId,
    direction,
    description,
    recipientId: blankToNull(recipientId),
  })
  if (repeats.length === 0) return null
  return (
    <MessageBar intent="warning" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{t('gifts.repeat.title')}</MessageBarTitle>
        <ul className={styles.list}>
          {repeats.map((r) => (
            <li key={r.giftId}>{repeatText(r, t, lang)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  )
}
