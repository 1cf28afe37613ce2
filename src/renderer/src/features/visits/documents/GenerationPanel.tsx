import { useEffect, useRef, type ReactElement } from 'react'
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from '@fluentui/react-components'
import { DismissRegular, DocumentArrowDownRegular } from '@fluentui/react-icons'
import type { BriefingStep } from '@renderer/workers/briefingClient'
import { useT, type TFunction } from '@renderer/components'
import type { RunState } from './useBriefingRun'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  progress: { maxWidth: '560px' },
})

/** How far along a step is, 0 to 1: reading and packing are short, sections share the middle. */
export function stepFraction(step: BriefingStep): number {
  switch (step.step) {
    case 'loading':
      return 0.05
    case 'photos':
      return 0.1
    case 'building':
      return 0.15
    case 'section':
      return 0.15 + 0.6 * (step.index / Math.max(1, step.total))
    case 'packing':
      return 0.8
    default: {
      const never: never = step
      return never
    }
  }
}

function stepText(step: BriefingStep, t: TFunction): string {
  switch (step.step) {
    case 'loading':
    case 'building':
    case 'packing':
      return t(`documents.step.${step.step}`)
    case 'photos':
      return t('documents.step.photos', { count: step.count })
    case 'section':
      return t('documents.step.section', {
        index: step.index + 1,
        total: step.total,
        name: t(`documents.section.${step.section}`),
      })
    default: {
      const never: never = step
      return never
    }
  }
}

function Outcome({ state }: { state: RunState }): ReactElement | null {
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
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t('documents.notSaved')}</MessageBarBody>
        </MessageBar>
      )
    case 'cancelled':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t('documents.cancelled')}</MessageBarBody>
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

export type GenerationPanelProps = {
  state: RunState
  /** Why nothing can be made yet (translated), or null. */
  blocked: string | null
  onGenerate: () => void
  onCancel: () => void
}

/** The create button, and while the worker runs its progress and a way to stop it. */
export function GenerationPanel({
  state,
  blocked,
  onGenerate,
  onCancel,
}: GenerationPanelProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const busy = state.phase === 'running' || state.phase === 'saving'
  const generate = useRef<HTMLButtonElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  const wasBusy = useRef(false)

  // Focus follows the one button that makes sense: Cancel while it runs, Create when it is over.
  useEffect(() => {
    if (state.phase === 'running' && !wasBusy.current) cancel.current?.focus()
    if (!busy && wasBusy.current) generate.current?.focus()
    wasBusy.current = busy
  }, [state.phase, busy])

  const status =
    state.phase === 'running'
      ? stepText(state.step, t)
      : state.phase === 'saving'
        ? t('documents.step.saving')
        : ''
  const fraction =
    state.phase === 'running' ? stepFraction(state.step) : state.phase === 'saving' ? 0.95 : 0

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button
          ref={generate}
          appearance="primary"
          icon={<DocumentArrowDownRegular />}
          disabledFocusable={busy || blocked !== null}
          onClick={onGenerate}
        >
          {t('documents.generate')}
        </Button>
        {state.phase === 'running' ? (
          <Button ref={cancel} icon={<DismissRegular />} onClick={onCancel}>
            {t('documents.cancel')}
          </Button>
        ) : null}
      </div>
      {busy ? (
        <Field
          className={styles.progress}
          label={t('documents.progress')}
          validationMessage={status}
          validationState="none"
        >
          <ProgressBar value={fraction} max={1} thickness="large" />
        </Field>
      ) : null}
      <div role="status" aria-live="polite">
        <Outcome state={state} />
      </div>
    </div>
  )
}
