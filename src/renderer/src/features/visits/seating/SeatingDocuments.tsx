import { useState, type ReactElement } from 'react'
import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components'
import { SEATING_DOCUMENTS, type SeatingDocumentKind } from '@shared/documents/seating'
import { dietDigest } from '@shared/domain/seating'
import { UI_LANGUAGES, type UiLanguage } from '@shared/model/common'
import type { SeatingPlan } from '@shared/model/seatingPlan'
import type { Settings } from '@shared/model/settings'
import { emptyDataset } from '@shared/model/tables'
import { errorText, useNotify, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import type { SeatingData } from '@renderer/db/seatingHooks'
import { saveFile } from '@renderer/platform'
import { buildSeatingInWorker } from '@renderer/workers/seatingClient'
import { seatingFileName } from './seatingFileName'

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'flex-end',
  },
})

/** The five protocol documents of the plan, built in a worker and saved through the platform. */
export function SeatingDocuments(props: {
  data: SeatingData
  settings: Settings
  plan: SeatingPlan
}): ReactElement {
  const styles = useStyles()
  const { t, lang: uiLang } = useT()
  const notify = useNotify()
  const repos = useRepos()
  const [lang, setLang] = useState<UiLanguage>(uiLang)
  const [busy, setBusy] = useState<SeatingDocumentKind | null>(null)

  const make = async (kind: SeatingDocumentKind): Promise<void> => {
    const { data, plan, settings } = props
    const tables = {
      ...emptyDataset(),
      settings: [settings],
      visits: [data.visit],
      agendaItems: [data.item],
      participants: data.participants,
      contacts: data.contacts,
      organizations: data.organizations,
      seatingPlans: [plan],
    }
    const bytes = await buildSeatingInWorker({ kind, lang, itemId: data.item.id, tables })
    const suggestedName = seatingFileName(t(`seating.docs.${kind}`), data.item)
    const saved = await saveFile({
      suggestedName,
      filters: [{ name: t('documents.fileType'), extensions: ['docx'] }],
      content: bytes,
    })
    if (saved.status !== 'saved') return
    if (kind === 'kitchen') {
      const seated = new Set(plan.assignments.map((a) => a.contactId))
      const kitchenTold = data.contacts
        .filter((c) => seated.has(c.id) && c.dietaryNeeds.trim() !== '')
        .map((c) => ({ contactId: c.id, digest: dietDigest(c.dietaryNeeds) }))
      await repos.seatingPlans.update(plan.id, {
        kitchenTold,
        kitchenToldAt: new Date().toISOString(),
      })
      notify({ title: t('seating.docs.kitchenTold') })
    } else notify({ title: t('seating.docs.saved', { file: suggestedName }) })
  }
  const run = (kind: SeatingDocumentKind): void => {
    setBusy(kind)
    make(kind)
      .catch((error: unknown) => notify({ intent: 'error', title: errorText(error, t, uiLang) }))
      .finally(() => setBusy(null))
  }
  return (
    <section aria-label={t('seating.docs.title')}>
      <Text weight="semibold">{t('seating.docs.title')}</Text>
      <div className={styles.row}>
        <Field label={t('seating.docs.language')}>
          <Dropdown
            value={t(`enum.language.${lang}`)}
            selectedOptions={[lang]}
            onOptionSelect={(_, d) => setLang((d.optionValue as UiLanguage | undefined) ?? lang)}
          >
            {UI_LANGUAGES.map((l) => (
              <Option key={l} value={l}>
                {t(`enum.language.${l}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {SEATING_DOCUMENTS.map((kind) => (
          <Button key={kind} disabled={busy !== null} onClick={() => run(kind)}>
            {t(`seating.docs.${kind}`)}
          </Button>
        ))}
        {busy ? <Spinner size="tiny" label={t('seating.docs.generating')} /> : null}
      </div>
      <Text size={200}>{t('seating.docs.kitchenHint')}</Text>
    </section>
  )
}
