import { useCallback } from 'react'
import { useDb } from './DbContext'
import { copyVisit, type VisitCopied, type VisitTemplateChoices } from './visitCopy'

/** "Copy as template" for the visit page: one transaction in the data layer (copyVisit). */
export function useVisitCopy(): (
  sourceId: string,
  choices: VisitTemplateChoices,
) => Promise<VisitCopied> {
  const db = useDb()
  return useCallback((sourceId, choices) => copyVisit(db, sourceId, choices), [db])
}
