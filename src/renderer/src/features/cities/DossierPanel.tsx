import { useEffect, useRef, useState, type ReactElement } from 'react'
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components'
import { DismissRegular, DocumentArrowDownRegular } from '@fluentui/react-icons'
import { todayIn } from '@shared/dates'
import { defaultDossierClassification } from '@shared/documents/dossier/dossierContext'
import {
  CLASSIFICATIONS,
  UI_LANGUAGES,
  type Classification,
  type UiLanguage,
} from '@shared/model/common'
import type { PartnerCity } from '@shared/model/partnerCity'
import { useT, type TFunction } from '@renderer/components'
import { useSettings } from '@renderer/db/hooks'
import type { DossierStep } from '@renderer/workers/dossierClient'
import { dossierFileName } from './dossierFileName'
import { useDossierRun, type DossierRunState } from './useDossierRun'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  options: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  progress: { maxWidth: '560px' },
  intro: { color: tokens.colorNeutralForeground2 },
})

function stepText(step: DossierStep, t: TFunction): string {
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

function fraction(state: DossierRunState): number {
  if (state.phase === 'saving') return 0.95
  if (state.phase !== 'running') return 0
  const { step } = state
  if (step.step === 'loading') return 0.05
  if (step.step === 'packing') return 0.85
  return 0.1 + 0.7 * (step.index / Math.max(1, step.total))
}

function Outcome({ state }: { state: DossierRunState }): ReactElement | null {
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

/** "Dossier": language and marking, then the file made in a worker, with progress and Cancel. */
export function DossierPanel({ city }: { city: PartnerCity }): ReactElement {
  const { t, lang: uiLang } = useT()
  const styles = useStyles()
  const settings = useSettings()
  const runner = useDossierRun()
  const { state } = runner
  const [lang, setLang] = useState<UiLanguage>(uiLang)
  const [chosen, setChosen] = useState<Classification | null>(null)
  const classification =
    chosen ?? defaultDossierClassification(settings?.defaultClassification ?? 'internal')
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

  const onGenerate = (): void => {
    const date = todayIn(settings?.homeTimeZone ?? 'Europe/Berlin')
    runner.start({
      cityId: city.id,
      options: { lang, classification },
      fileName: dossierFileName({ cityName: city.name[lang], date, lang }),
    })
  }
  const status =
    state.phase === 'running'
      ? stepText(state.step, t)
      : state.phase === 'saving'
        ? t('documents.step.saving')
        : ''

  return (
    <section aria-labelledby="city-dossier-heading" className={styles.root}>
      <Text as="h2" id="city-dossier-heading" size={500} weight="semibold" style={{ margin: 0 }}>
        {t('dossier.page.dossier.title')}
      </Text>
      <Text className={styles.intro}>{t('dossier.page.dossier.intro')}</Text>
      <div className={styles.options}>
        <Field label={t('documents.language')}>
          <RadioGroup
            layout="horizontal"
            value={lang}
            disabled={busy}
            onChange={(_, d) => setLang(d.value === 'en' ? 'en' : 'de')}
          >
            {UI_LANGUAGES.map((l) => (
              <Radio key={l} value={l} label={t(`enum.language.${l}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field
          label={t('documents.classification')}
          hint={t('dossier.page.dossier.classificationHint')}
        >
          <Select
            value={classification}
            disabled={busy}
            onChange={(_, d) => setChosen(CLASSIFICATIONS.find((c) => c === d.value) ?? null)}
          >
            {CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {t(`enum.classification.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          ref={generate}
          appearance="primary"
          icon={<DocumentArrowDownRegular />}
          disabledFocusable={busy}
          onClick={onGenerate}
        >
          {t('dossier.page.dossier.generate')}
        </Button>
        {state.phase === 'running' ? (
          <Button ref={cancel} icon={<DismissRegular />} onClick={runner.cancel}>
            {t('dossier.page.dossier.cancel')}
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
          <ProgressBar value={fraction(state)} max={1} thickness="large" />
        </Field>
      ) : null}
      <div role="status" aria-live="polite">
        <Outcome state={state} />
      </div>
    </section>
  )
}
