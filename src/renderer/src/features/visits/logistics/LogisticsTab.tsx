import type { ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import { LoadingState } from '@renderer/components'
import { useParticipantOptions } from '../common/useParticipantOptions'
import type { VisitContext } from '../common/visitContext'
import { AccommodationsSection } from './AccommodationsSection'
import { TravelSection } from './TravelSection'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
})

/** Travel and hotels of the visit. */
export function LogisticsTab(ctx: VisitContext): ReactElement {
  const styles = useStyles()
  const people = useParticipantOptions(ctx.visit.id)
  if (!people) return <LoadingState />
  return (
    <div className={styles.root}>
      <TravelSection ctx={ctx} people={people} />
      <AccommodationsSection ctx={ctx} people={people} />
    </div>
  )
}
