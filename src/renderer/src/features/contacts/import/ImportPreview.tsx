import type { ReactElement } from 'react'
import { Badge, Button, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import {
  DUPLICATE_CHOICES,
  problemText,
  type DuplicateChoice,
  type ImportPlan,
  type PlanRow,
} from '@shared/contactImport'
import { contactDisplayName } from '@shared/domain/contactList'
import { issueMessage } from '@shared/i18n'
import { useT, VirtualTable, type Column, type TFunction } from '@renderer/components'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    flex: 1,
    minHeight: 0,
  },
  counts: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'center',
  },
  forAll: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  detail: { whiteSpace: 'normal', color: tokens.colorNeutralForeground2 },
})

type Row = { index: number; row: PlanRow }

const BADGE_COLOR = { new: 'success', duplicate: 'warning', invalid: 'danger' } as const

function detailOf(row: PlanRow, t: TFunction): string {
  const { candidate } = row
  const photo = candidate.photoDropped ? [t('addressBook.import.photoDropped')] : []
  switch (row.kind) {
    case 'new':
      return photo.join('')
    case 'duplicate':
      return [
        t('addressBook.import.duplicateOf', {
          name: contactDisplayName(row.existing),
          reason: t(`addressBook.import.reason.${row.reason}`),
        }),
        ...photo,
      ].join('; ')
    case 'invalid':
      return candidate.problems.map((p) => problemText(p, t, issueMessage(p.issue, t))).join('; ')
    default: {
      const never: never = row
      return String(never)
    }
  }
}

export type ImportPreviewProps = {
  plan: ImportPlan
  choiceOf: (index: number) => DuplicateChoice
  onChoose: (index: number, choice: DuplicateChoice) => void
  onChooseAll: (choice: DuplicateChoice) => void
}

/** Counts, new organizations, every row with its status, and the choice for each duplicate. */
export function ImportPreview({
  plan,
  choiceOf,
  onChoose,
  onChooseAll,
}: ImportPreviewProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const rows: Row[] = plan.rows.map((row, index) => ({ index, row }))
  const { counts } = plan
  const columns: Column<Row>[] = [
    {
      id: 'no',
      header: t('addressBook.import.number'),
      width: '60px',
      render: (r) => r.row.candidate.source,
    },
    {
      id: 'name',
      header: t('addressBook.import.name'),
      width: 'minmax(180px, 2fr)',
      render: (r) => r.row.candidate.label || t('addressBook.import.unnamed'),
    },
    {
      id: 'status',
      header: t('addressBook.import.statusHeader'),
      width: '120px',
      render: (r) => (
        <Badge appearance="tint" color={BADGE_COLOR[r.row.kind]}>
          {t(`addressBook.import.status.${r.row.kind}`)}
        </Badge>
      ),
    },
    {
      id: 'detail',
      header: t('addressBook.import.detail'),
      width: 'minmax(220px, 3fr)',
      render: (r) => <span className={styles.detail}>{detailOf(r.row, t)}</span>,
    },
    {
      id: 'action',
      header: t('addressBook.import.action'),
      width: '200px',
      render: (r) =>
        r.row.kind === 'duplicate' ? (
          <Select
            size="small"
            aria-label={t('addressBook.import.actionFor', { name: r.row.candidate.label })}
            value={choiceOf(r.index)}
            onChange={(_, data) => onChoose(r.index, data.value as DuplicateChoice)}
          >
            {DUPLICATE_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`addressBook.import.choice.${choice}`)}
              </option>
            ))}
          </Select>
        ) : null,
    },
  ]
  return (
    <section className={styles.root} aria-labelledby="import-preview-title">
      <Text as="h2" size={500} weight="semibold" id="import-preview-title">
        {t('addressBook.import.previewTitle')}
      </Text>
      <div className={styles.counts} data-testid="import-counts">
        <Badge size="large" color="success">
          {t('addressBook.import.new', { count: counts.new })}
        </Badge>
        <Badge size="large" color="warning">
          {t('addressBook.import.duplicate', { count: counts.duplicate })}
        </Badge>
        <Badge size="large" color="danger">
          {t('addressBook.import.invalid', { count: counts.invalid })}
        </Badge>
      </div>
      {plan.newOrganizations.length > 0 ? (
        <Text>
          {t('addressBook.import.newOrganizations', {
            count: plan.newOrganizations.length,
            names: plan.newOrganizations.join(', '),
          })}
        </Text>
      ) : null}
      {counts.duplicate > 0 ? (
        <div className={styles.forAll} role="group" aria-label={t('addressBook.import.forAll')}>
          <Text>{t('addressBook.import.forAll')}</Text>
          {DUPLICATE_CHOICES.map((choice) => (
            <Button key={choice} size="small" onClick={() => onChooseAll(choice)}>
              {t(`addressBook.import.choice.${choice}`)}
            </Button>
          ))}
        </div>
      ) : null}
      <VirtualTable
        items={rows}
        columns={columns}
        getKey={(r) => String(r.index)}
        ariaLabel={t('addressBook.import.previewTitle')}
      />
    </section>
  )
}
