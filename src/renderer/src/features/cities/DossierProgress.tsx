import type { ReactElement } from 'react'
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { useT, type TFunction } from '@renderer/components'
import type { DossierStep } from '@renderer/workers/dossierClient'
import type { DossierRunState } from './useDossierRun'

/** What the worker is doing, in words. */
export function stepText(step: DossierStep, t: TFunction): string {
  switch (step.step) {
    case 'loading':
    case 'packing':
      return t(`documents.step.${step.step}`)
    case 'section':
      return t('dossier.page.dossier.section', {
        index: step.index + 1,
        total: step.total,
        name: t(`dossier.page.dossier.sections.${step.section}`),
      })
    default: {
      const never: never = step
      return never
    }
  }
}

/** How far along the dossier is, 0 to 1: the sections share the middle. */
export function fraction(state: DossierRunState): number {
  if (state.phase === 'saving') return 0.95
  if (state.phase !== 'running') return 0
  const { step } = state
  if (step.step === 'loading') return 0.05
  if (step.step === 'packing') return 0.85
  return 0.1 + 0.7 * (step.index / Math.max(1, step.total))
}

/** How the last run ended: saved (where), not saved, cancelled, or failed (why). */
export function Outcome({ state }: { state: DossierRunState }): ReactElement | null {
  const { t } = useT()
  switch (state.phase) {
    case 'idle':
    case 'running':
    case 'saving':
      return null
    case 'saved':
      return (
        <MessageBar intent="success">
          <MessageBarBody>{t('documents.saved', { path: state.path })}</MessageBarBody>
        </MessageBar>
      )
    case 'notSaved':
    case 'cancelled':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t(`documents.${state.phase}`)}</MessageBarBody>
        </MessageBar>
      )
    case 'failed':
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('documents.failed')}</MessageBarTitle> {state.message}
          </MessageBarBody>
        </MessageBar>
      )
    default: {
      const never: never = state
      return never
    }
  }
}
