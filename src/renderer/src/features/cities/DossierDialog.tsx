import { useEffect, useRef, useState, type ReactElement } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
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
import { useT } from '@renderer/components'
import { useSettings } from '@renderer/db/hooks'
import { dossierFileName } from './dossierFileName'
import { fraction, Outcome, stepText } from './DossierProgress'
import { useDossierRun } from './useDossierRun'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
})

/**
 * The dialog's inside, with the run: closing the dialog unmounts it, and the run's clean-up
 * terminates a worker still at work, so nothing is saved after the user walked away.
 */
function DossierForm({ city, onClose }: { city: PartnerCity; onClose: () => void }): ReactElement {
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
    <DialogBody>
      <DialogTitle>
        {t('dossier.page.dossier.dialogTitle', { city: city.name[uiLang] })}
      </DialogTitle>
      <DialogContent className={styles.content}>
        <Text className={styles.intro}>{t('dossier.page.dossier.intro')}</Text>
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
        {busy ? (
          <Field label={t('documents.progress')} validationMessage={status} validationState="none">
            <ProgressBar value={fraction(state)} max={1} thickness="large" />
          </Field>
        ) : null}
        <div role="status" aria-live="polite">
          <Outcome state={state} />
        </div>
      </DialogContent>
      <DialogActions>
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
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </DialogBody>
  )
}

/** "Dossier" on the city's page: language and marking, then the file, with progress and Cancel. */
export function DossierDialog(props: {
  city: PartnerCity
  open: boolean
  onClose: () => void
}): ReactElement {
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => (data.open ? null : props.onClose())}>
      <DialogSurface>
        {props.open ? <DossierForm city={props.city} onClose={props.onClose} /> : null}
      </DialogSurface>
    </Dialog>
  )
}
