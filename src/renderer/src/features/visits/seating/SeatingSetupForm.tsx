import { useState, type ReactElement } from 'react'
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  tokens,
} from '@fluentui/react-components'
import { checkSetup, type TableSetup } from '@shared/domain/seating'
import { TABLE_SHAPES, type TableShape } from '@shared/model/seatingPlan'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  number: { width: '110px' },
})

/** Shape, seats per table and number of tables; each field says what is wrong with it. */
export function SeatingSetupForm(props: {
  initial: TableSetup
  submitLabel: string
  onSubmit(setup: TableSetup): void
}): ReactElement {
  const styles = useStyles()
  const { t } = useT()
  const [shape, setShape] = useState<TableShape>(props.initial.shape)
  const [seats, setSeats] = useState(String(props.initial.seatsPerTable))
  const [count, setCount] = useState(String(props.initial.tableCount))
  const [tried, setTried] = useState(false)
  const setup: TableSetup = { shape, seatsPerTable: Number(seats), tableCount: Number(count) }
  const issues = checkSetup(setup)
  const issueOf = (field: 'seatsPerTable' | 'tableCount'): string | undefined => {
    const issue = tried ? issues.find((i) => i.field === field) : undefined
    return issue ? t(issue.message) : undefined
  }
  return (
    <form
      className={styles.row}
      aria-label={t('seating.setup.title')}
      onSubmit={(e) => {
        e.preventDefault()
        setTried(true)
        if (issues.length === 0) props.onSubmit(setup)
      }}
    >
      <Field label={t('seating.setup.shape')}>
        <Dropdown
          value={t(`seating.shape.${shape}`)}
          selectedOptions={[shape]}
          onOptionSelect={(_, d) => setShape((d.optionValue as TableShape | undefined) ?? shape)}
        >
          {TABLE_SHAPES.map((s) => (
            <Option key={s} value={s}>
              {t(`seating.shape.${s}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={t('seating.setup.seats')}
        validationMessage={issueOf('seatsPerTable')}
        validationState={issueOf('seatsPerTable') ? 'error' : 'none'}
      >
        <Input
          className={styles.number}
          inputMode="numeric"
          value={seats}
          onChange={(_, d) => setSeats(d.value)}
        />
      </Field>
      <Field
        label={t('seating.setup.tables')}
        validationMessage={issueOf('tableCount')}
        validationState={issueOf('tableCount') ? 'error' : 'none'}
      >
        <Input
          className={styles.number}
          inputMode="numeric"
          value={count}
          onChange={(_, d) => setCount(d.value)}
        />
      </Field>
      <Button type="submit" appearance="primary">
        {props.submitLabel}
      </Button>
    </form>
  )
}
