import { useState, type ReactElement } from 'react'
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  tokens,
} from '@fluentui/react-components'
import { DismissRegular, DocumentArrowDownRegular } from '@fluentui/react-icons'
import type { StrategyTables } from '@shared/documents/report/strategyReportData'
import { UI_LANGUAGES, type UiLanguage } from '@shared/model/common'
import { useT, type TFunction } from '@renderer/components'
import type { ReportStep } from '@renderer/workers/reportClient'
import { useReportRun, type ReportRunState } from './useReportRun'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  progress: { maxWidth: '560px' },
})

/** How far along a step is, 0 to 1: the charts share most of the bar. */
export function reportStepFraction(step: ReportStep): number {
  switch (step.step) {
    case 'figures':
      return 0.05
    case 'charts':
      return 0.1 + 0.7 * (step.index / Math.max(1, step.total))
    case 'packing':
      return 0.85
    default: {
      const never: never = step
      return never
    }
  }
}

function stepText(step: ReportStep, t: TFunction): string {
  return step.step === 'charts'
    ? t('strategyReport.step.charts', { index: step.index + 1, total: step.total })
    : t(`strategyReport.step.${step.step}`)
}

function Outcome({ state, t }: { state: ReportRunState; t: TFunction }): ReactElement | null {
  switch (state.phase) {
    case 'idle':
    case 'running':
    case 'saving':
      return null
    case 'saved':
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('strategyReport.saved', { year: state.year, path: state.path })}
          </MessageBarBody>
        </MessageBar>
      )
    case 'notSaved':
    case 'cancelled':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t(`strategyReport.${state.phase}`)}</MessageBarBody>
        </MessageBar>
      )
    case 'failed':
      return (
        <MessageBar intent="error">
          <MessageBarBody>{t('strategyReport.failed')}</MessageBarBody>
        </MessageBar>
      )
    default: {
      const never: never = state
      return never
    }
  }
}

/** The DOCX of the year's report, in a language of its own, made in a worker. */
export function ReportDownload(props: { tables: StrategyTables; year: number }): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const runner = useReportRun()
  const [docLang, setDocLang] = useState<UiLanguage>(lang)
  const { state } = runner
  const busy = state.phase === 'running' || state.phase === 'saving'
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={t('strategyReport.language')}>
          <Select
            value={docLang}
            disabled={busy}
            onChange={(_, d) => setDocLang(d.value as UiLanguage)}
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`enum.language.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          icon={<DocumentArrowDownRegular />}
          disabled={busy}
          onClick={() => runner.start({ tables: props.tables, year: props.year, lang: docLang })}
        >
          {t('strategyReport.download')}
        </Button>
        {state.phase === 'running' ? (
          <Button icon={<DismissRegular />} onClick={runner.cancel}>
            {t('strategyReport.cancel')}
          </Button>
        ) : null}
      </div>
      {busy ? (
        <Field
          className={styles.progress}
          validationState="none"
          validationMessage={
            state.phase === 'running' ? stepText(state.step, t) : t('strategyReport.generating')
          }
        >
          <ProgressBar
            value={state.phase === 'running' ? reportStepFraction(state.step) : 0.95}
            aria-label={t('strategyReport.generating')}
          />
        </Field>
      ) : null}
      <div aria-live="polite">
        <Outcome state={state} t={t} />
      </div>
    </div>
  )
}
