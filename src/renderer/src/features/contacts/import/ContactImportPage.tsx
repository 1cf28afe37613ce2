import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components'
import {
  buildCandidates,
  buildImportChanges,
  planImport,
  seenStamps,
  type DuplicateChoice,
  type ImportPlan,
  type SourcedPerson,
} from '@shared/contactImport'
import { csvPeople, suggestMapping, type CsvTarget } from '@shared/csv'
import { MAX_OPEN_FILE_BYTES } from '@shared/contract'
import { phoneLabels } from '@shared/contactImport'
import { BackLink, errorText, Page, PageHeader, useNotify, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useDataOperations } from '@renderer/db/useDataOperations'
import { openFile } from '@renderer/platform'
import { CsvMappingStep } from './CsvMappingStep'
import { FileDropZone } from './FileDropZone'
import { ImportPreview } from './ImportPreview'
import { readImportFile, type ImportSource } from './readImportFile'

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    flex: 1,
    minHeight: 0,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})

const FILTERS = [{ name: 'vCard, CSV', extensions: ['vcf', 'vcard', 'csv', 'txt'] }]

type Step =
  | { kind: 'choose'; problem: string | null }
  | { kind: 'reading'; name: string; done: number; total: number }
  | { kind: 'mapping'; source: ImportSource & { kind: 'csv' }; mapping: CsvTarget[] }
  | { kind: 'preview'; name: string; plan: ImportPlan }

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1)

/** /contacts/import: a vCard or CSV file, its preview, then one all-or-nothing write. */
export function ContactImportPage(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const repos = useRepos()
  const ops = useDataOperations()
  const notify = useNotify()
  const navigate = useNavigate()
  const [step, setStep] = useState<Step>({ kind: 'choose', problem: null })
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map())
  const [defaultChoice, setDefaultChoice] = useState<DuplicateChoice>('skip')
  const [writing, setWriting] = useState(false)

  const preview = async (name: string, people: SourcedPerson[]): Promise<void> => {
    setStep({ kind: 'reading', name, done: 0, total: people.length })
    const organizations = await repos.organizations.list()
    const candidates = await buildCandidates(people, organizations, lang, (done, total) =>
      setStep({ kind: 'reading', name, done, total }),
    )
    const plan = planImport(candidates, await repos.contacts.list())
    setChoices(new Map())
    setDefaultChoice('skip')
    setStep({ kind: 'preview', name, plan })
  }

  const open = async (name: string, bytes: Uint8Array): Promise<void> => {
    const source = readImportFile(name, bytes, lang)
    switch (source.kind) {
      case 'vcard':
        return preview(name, source.people)
      case 'csv':
        setStep({ kind: 'mapping', source, mapping: suggestMapping(source.table.headers) })
        return
      case 'unreadable':
        setStep({ kind: 'choose', problem: t('addressBook.import.unreadable', { name }) })
        return
      case 'empty':
        setStep({ kind: 'choose', problem: t('addressBook.import.empty', { name }) })
        return
      default: {
        const never: never = source
        throw new Error(String(never))
      }
    }
  }

  const fail = (error: unknown): void =>
    setStep({
      kind: 'choose',
      problem: t('addressBook.import.failed', { reason: errorText(error, t, lang) }),
    })

  const choose = async (): Promise<void> => {
    const opened = await openFile({ filters: FILTERS, maxBytes: MAX_OPEN_FILE_BYTES, as: 'bytes' })
    if (opened.status === 'cancelled') return
    if (opened.status === 'too-large') {
      const max = megabytes(opened.maxBytes)
      setStep({
        kind: 'choose',
        problem: t('addressBook.import.tooLarge', {
          name: opened.name,
          size: megabytes(opened.size),
          max,
        }),
      })
      return
    }
    await open(opened.name, opened.bytes)
  }

  const drop = async (file: File): Promise<void> => {
    if (file.size > MAX_OPEN_FILE_BYTES) {
      const max = megabytes(MAX_OPEN_FILE_BYTES)
      setStep({
        kind: 'choose',
        problem: t('addressBook.import.tooLarge', {
          name: file.name,
          size: megabytes(file.size),
          max,
        }),
      })
      return
    }
    await open(file.name, new Uint8Array(await file.arrayBuffer()))
  }

  const choiceOf = (index: number): DuplicateChoice => choices.get(index) ?? defaultChoice

  const write = async (plan: ImportPlan): Promise<void> => {
    setWriting(true)
    try {
      const changes = buildImportChanges(
        plan,
        (row) => choiceOf(plan.rows.indexOf(row)),
        new Date(),
      )
      const result = await ops.importContacts(changes, seenStamps(plan))
      notify({
        title: t('addressBook.import.done'),
        body: t('addressBook.import.doneBody', {
          added: result.added,
          merged: result.merged,
          skipped: changes.skipped,
          invalid: plan.counts.invalid,
        }),
      })
      void navigate('/contacts')
    } catch (error) {
      fail(error)
    } finally {
      setWriting(false)
    }
  }

  const writeCount = (plan: ImportPlan): number =>
    plan.rows.filter(
      (row, index) =>
        row.kind === 'new' || (row.kind === 'duplicate' && choiceOf(index) !== 'skip'),
    ).length

  return (
    <Page fill>
      <PageHeader
        title={t('addressBook.import.title')}
        above={<BackLink to="/contacts">{t('addressBook.import.back')}</BackLink>}
        subtitle={
          step.kind === 'preview' || step.kind === 'reading'
            ? t('addressBook.import.fileLine', { name: step.name })
            : undefined
        }
      />
      <div className={styles.body}>
        {step.kind === 'choose' ? (
          <>
            {step.problem ? (
              <MessageBar intent="error">
                <MessageBarBody>{step.problem}</MessageBarBody>
              </MessageBar>
            ) : null}
            <FileDropZone
              disabled={false}
              onChoose={() => void choose().catch(fail)}
              onDropFile={(file) => void drop(file).catch(fail)}
            />
          </>
        ) : null}
        {step.kind === 'reading' ? (
          <div role="status">
            <Text>
              {t('addressBook.import.reading', {
                name: step.name,
                done: step.done,
                total: step.total,
              })}
            </Text>
            <ProgressBar value={step.total === 0 ? undefined : step.done / step.total} />
          </div>
        ) : null}
        {step.kind === 'mapping' ? (
          <CsvMappingStep
            table={step.source.table}
            encoding={step.source.encoding}
            mapping={step.mapping}
            onChange={(mapping) => setStep({ ...step, mapping })}
            onNext={() => {
              const people = csvPeople(step.source.table, step.mapping, phoneLabels(lang))
              void preview(step.source.name, people).catch(fail)
            }}
          />
        ) : null}
        {step.kind === 'preview' ? (
          <>
            <ImportPreview
              plan={step.plan}
              choiceOf={choiceOf}
              onChoose={(index, choice) => setChoices(new Map(choices).set(index, choice))}
              onChooseAll={(choice) => {
                setDefaultChoice(choice)
                setChoices(new Map())
              }}
            />
            <div className={styles.actions}>
              {writeCount(step.plan) === 0 ? (
                <Text>{t('addressBook.import.nothingToWrite')}</Text>
              ) : (
                <Button
                  appearance="primary"
                  disabled={writing}
                  onClick={() => void write(step.plan)}
                >
                  {writing
                    ? t('addressBook.import.writing')
                    : t('addressBook.import.write', { count: writeCount(step.plan) })}
                </Button>
              )}
              <Button disabled={writing} onClick={() => setStep({ kind: 'choose', problem: null })}>
                {t('addressBook.import.startOver')}
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </Page>
  )
}
