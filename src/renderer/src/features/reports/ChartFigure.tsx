import { useId, useMemo, useState, type ReactElement } from 'react'
import {
  Button,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components'
import { TableRegular } from '@fluentui/react-icons'
import { layoutBarChart } from '@shared/charts/barChart'
import type { StrategyChart } from '@shared/charts/strategyCharts'
import { useT } from '@renderer/components'
import { ChartSvg } from './ChartSvg'

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  caption: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  description: { color: tokens.colorNeutralForeground2 },
  chart: { backgroundColor: '#FFFFFF', borderRadius: tokens.borderRadiusMedium },
  toggle: { alignSelf: 'flex-start' },
  scroll: { overflowX: 'auto' },
  // Fluent lays header cells out as flex boxes; text-align alone leaves their text on the left.
  num: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    '& > *': { justifyContent: 'flex-end' },
  },
  // Out of sight but read by screen readers: the table is the chart for those who cannot see it.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
})

/**
 * One chart as a figure: caption (title and what it shows), the drawing, and the table behind it,
 * which screen readers always read and sighted users open with the button.
 */
export function ChartFigure({ chart }: { chart: StrategyChart }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const [open, setOpen] = useState(false)
  const id = useId()
  const drawing = useMemo(() => layoutBarChart(chart.spec), [chart.spec])
  const captionId = `${id}-caption`
  const tableId = `${id}-table`
  return (
    <figure
      className={styles.figure}
      aria-labelledby={captionId}
      tabIndex={0}
      data-chart={chart.id}
    >
      <figcaption id={captionId} className={styles.caption}>
        <Text as="h2" size={500} weight="semibold" style={{ margin: 0 }}>
          {chart.title}
        </Text>
        <Text className={styles.description}>{chart.description}</Text>
      </figcaption>
      <div className={styles.chart}>
        <ChartSvg drawing={drawing} />
      </div>
      <Button
        className={styles.toggle}
        appearance="subtle"
        icon={<TableRegular />}
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('strategyReport.hideTable') : t('strategyReport.showTable')}
      </Button>
      <div id={tableId} className={mergeClasses(styles.scroll, !open && styles.hidden)}>
        <Table size="small" aria-label={t('strategyReport.tableOf', { title: chart.title })}>
          <TableHeader>
            <TableRow>
              {chart.table.columns.map((c) => (
                <TableHeaderCell key={c.label} className={c.numeric ? styles.num : undefined}>
                  {c.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {chart.table.rows.map((row) => (
              <TableRow key={row[0]}>
                {row.map((cell, i) => (
                  <TableCell
                    key={i}
                    className={chart.table.columns[i]?.numeric ? styles.num : undefined}
                  >
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </figure>
  )
}
