import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@fluentui/react-components'
import { PeopleTeamRegular } from '@fluentui/react-icons'
import { hasSeating } from '@shared/domain/seating'
import type { AgendaItem } from '@shared/model/agenda'
import { useT } from '@renderer/components'

/** The "Seating" entry of a meal, reception or meeting in the programme; nothing for other kinds. */
export function SeatingLink({ item }: { item: AgendaItem }): ReactElement | null {
  const { t } = useT()
  const navigate = useNavigate()
  if (!hasSeating(item)) return null
  return (
    <Button
      size="small"
      appearance="subtle"
      icon={<PeopleTeamRegular />}
      aria-label={t('seating.linkLabel', { title: item.title })}
      onClick={() => void navigate(`/visits/${item.visitId}/seating/${item.id}`)}
    >
      {t('seating.link')}
    </Button>
  )
}
