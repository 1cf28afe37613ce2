import type { ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import type { AgendaItem } from '@shared/model/agenda'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  facts: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  details: { marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer', color: tokens.colorBrandForeground1 },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
})

type BriefingItem = Pick<
  AgendaItem,
  'pressAccess' | 'vehicle' | 'seatingNote' | 'desiredOutcome' | 'pointsToMake' | 'defensiveLines'
>

/**
 * Press and vehicle in a line each, and the read-ahead of a meeting (outcome, points to make,
 * defensive lines) folded away, so a day's programme stays scannable in the agenda table.
 */
export function AgendaBriefing({ item }: { item: BriefingItem }): ReactElement | null {
  const { t } = useT()
  const styles = useStyles()
  const facts = [
    item.pressAccess
      ? `${t('agenda.pressAccess')}: ${t(`enum.pressAccess.${item.pressAccess}`)}`
      : '',
    // Car assignments run long; one line each, the whole text on hover.
    item.vehicle ? `${t('agenda.vehicle')}: ${item.vehicle}` : '',
  ].filter((part) => part !== '')
  const texts = [
    { key: 'desiredOutcome', label: t('agenda.desiredOutcome'), text: item.desiredOutcome },
    { key: 'pointsToMake', label: t('agenda.pointsToMake'), text: item.pointsToMake },
    { key: 'defensiveLines', label: t('agenda.defensiveLines'), text: item.defensiveLines },
    { key: 'seatingNote', label: t('agenda.seatingNote'), text: item.seatingNote },
  ].filter((entry) => entry.text !== '')
  if (facts.length === 0 && texts.length === 0) return null
  return (
    <>
      {facts.map((fact) => (
        <span key={fact} className={styles.facts} title={fact}>
          {fact}
        </span>
      ))}
      {texts.length > 0 ? (
        <details className={styles.details}>
          <summary className={styles.summary}>{t('agenda.briefing')}</summary>
          {texts.map((entry) => (
            <div key={entry.key}>
              <div className={styles.term}>{entry.label}</div>
              <p className={styles.text}>{entry.text}</p>
            </div>
          ))}
        </details>
      ) : null}
    </>
  )
}
