import { useState, type ReactElement } from 'react'
import {
  Spinner,
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components'
import { todayIn } from '@shared/dates'
import { followUpsTickedByThanks, LETTER_KINDS, type LetterKind } from '@shared/documents/letters'
import type { UiLanguage } from '@shared/model/common'
import type { Visit } from '@shared/model/visit'
import { errorText, useDelayedBusy, useNotify, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { saveFile } from '@renderer/platform'
import { buildSeatingInWorker } from '@renderer/workers/seatingClient'
import { fileNamePart } from './briefingFileName'
import { LETTERS_SECTION_ID } from './useVisitDocumentParam'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
})

/**
 * Invitation or thank-you letters to every counterpart of the visit, one DOCX with a page each,
 * in the language chosen above. Saving the thank-you letters ticks off the visit's open
 * "thank-you letters" follow-up.
 */
export function LettersPanel({
  visit,
  lang,
  homeTimeZone,
}: {
  visit: Visit
  lang: UiLanguage
  homeTimeZone: string
}): ReactElement {
  const styles = useStyles()
  const { t, lang: uiLang } = useT()
  const notify = useNotify()
  const repos = useRepos()
  const [kind, setKind] = useState<LetterKind>('invitation')
  const [busy, setBusy] = useState(false)
  const spinner = useDelayedBusy(busy)

  const write = async (): Promise<void> => {
    const tables = await repos.data.briefingTables(visit.id)
    const bytes = await buildSeatingInWorker({
      kind: 'letters',
      lang,
      visitId: visit.id,
      letter: kind,
      now: new Date().toISOString(),
      tables,
    })
    const name = `${fileNamePart(t(`letters.${kind}.file`))}-${fileNamePart(visit.title)}-${lang}.docx`
    const saved = await saveFile({
      suggestedName: name,
      filters: [{ name: t('documents.fileType'), extensions: ['docx'] }],
      content: bytes,
    })
    if (saved.status !== 'saved') return
    const today = todayIn(homeTimeZone)
    const ticked = kind === 'thanks' ? followUpsTickedByThanks(visit.id, tables.followUps) : []
    for (const f of ticked) await repos.followUps.update(f.id, { status: 'done', doneAt: today })
    notify({
      title: t('letters.saved', { file: name }),
      body: ticked.length > 0 ? t('letters.followUpDone') : undefined,
    })
  }
  return (
    <section id={LETTERS_SECTION_ID} className={styles.root} aria-label={t('letters.title')}>
      <Text weight="semibold">{t('letters.title')}</Text>
      <div className={styles.row}>
        <Field label={t('letters.kind')}>
          <RadioGroup
            layout="horizontal"
            value={kind}
            onChange={(_, d) => setKind(d.value as LetterKind)}
          >
            {LETTER_KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`letters.${k}.label`)} />
            ))}
          </RadioGroup>
        </Field>
        <Button
          disabled={busy}
          icon={spinner ? <Spinner size="tiny" /> : undefined}
          onClick={() => {
            setBusy(true)
            write()
              .catch((error: unknown) =>
                notify({ intent: 'error', title: errorText(error, t, uiLang) }),
              )
              .finally(() => setBusy(false))
          }}
        >
          {t('letters.write')}
        </Button>
      </div>
      <Text size={200}>{t('letters.hint')}</Text>
    </section>
  )
}
