import type { ReactElement } from 'react'
import { Button, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { CSV_TARGETS, type CsvTable, type CsvTarget, type TextEncodingName } from '@shared/csv'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: 0 },
  scroll: { overflow: 'auto', minHeight: 0, flex: 1 },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  example: { color: tokens.colorNeutralForeground2, maxWidth: '320px', overflow: 'hidden' },
})

const DELIMITER_KEYS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const

export type CsvMappingStepProps = {
  table: CsvTable
  encoding: TextEncodingName
  mapping: readonly CsvTarget[]
  onChange: (mapping: CsvTarget[]) => void
  onNext: () => void
}

/** One row per column: its header, a value from the file, and the field it fills. */
export function CsvMappingStep(props: CsvMappingStepProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const { table, mapping } = props
  const example = (column: number): string =>
    table.rows.find((row) => (row[column] ?? '') !== '')?.[column] ?? ''
  return (
    <section className={styles.root} aria-labelledby="csv-mapping-title">
      <Text as="h2" size={500} weight="semibold" id="csv-mapping-title">
        {t('addressBook.import.mappingTitle')}
      </Text>
      <Text>
        {t('addressBook.import.mappingIntro', {
          count: table.rows.length,
          encoding: props.encoding.toUpperCase(),
          delimiter: t(`addressBook.import.delimiter.${DELIMITER_KEYS[table.delimiter]}`),
        })}
      </Text>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.cell}>{t('addressBook.import.column')}</th>
              <th className={styles.cell}>{t('addressBook.import.example')}</th>
              <th className={styles.cell}>{t('addressBook.import.field')}</th>
            </tr>
          </thead>
          <tbody>
            {table.headers.map((header, column) => (
              <tr key={`${column}-${header}`}>
                <td className={styles.cell}>{header}</td>
                <td className={`${styles.cell} ${styles.example}`}>{example(column)}</td>
                <td className={styles.cell}>
                  <Select
                    aria-label={`${t('addressBook.import.field')}: ${header}`}
                    value={mapping[column] ?? 'ignore'}
                    onChange={(_, data) => {
                      const next = [...mapping]
                      next[column] = data.value as CsvTarget
                      props.onChange(next)
                    }}
                  >
                    {CSV_TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {t(`addressBook.target.${target}`)}
                      </option>
                    ))}
                  </Select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <Button appearance="primary" onClick={props.onNext}>
          {t('addressBook.import.toPreview')}
        </Button>
      </div>
    </section>
  )
}
