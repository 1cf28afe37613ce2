import type { ReactElement } from 'react'
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components'
import type { StrategyFigures } from '@shared/domain/strategyFigures'
import { FOCUS_THEMES } from '@shared/model/common'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  num: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    '& > *': { justifyContent: 'flex-end' },
  },
  zero: { color: tokens.colorNeutralForeground4 },
  scroll: { overflowX: 'auto' },
})

type Props = { figures: StrategyFigures; cityLabel: (id: string) => string }

/** Visits per partner city and year, by direction. */
export function VisitsPerCityTable({ figures, cityLabel }: Props): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  return (
    <section className={styles.section} aria-labelledby="per-city-heading">
      <Text as="h2" id="per-city-heading" size={500} weight="semibold" style={{ margin: 0 }}>
        {t('reports.perCityTitle')}
      </Text>
      <Table size="small" aria-labelledby="per-city-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('fields.city')}</TableHeaderCell>
            <TableHeaderCell>{t('reports.year')}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t('enum.direction.incoming')}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t('enum.direction.outgoing')}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t('reports.total')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...figures.perCityYear]
            .sort(
              (a, b) => b.year - a.year || cityLabel(a.cityId).localeCompare(cityLabel(b.cityId)),
            )
            .map((row) => (
              <TableRow key={`${row.cityId}-${row.year}`}>
                <TableCell>{cityLabel(row.cityId)}</TableCell>
                <TableCell>{row.year}</TableCell>
                <TableCell className={styles.num}>{row.incoming}</TableCell>
                <TableCell className={styles.num}>{row.outgoing}</TableCell>
                <TableCell className={styles.num}>{row.incoming + row.outgoing}</TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </section>
  )
}

/** Which focus themes each city's visits served (number of visits), plus other themes. */
export function ThemeCoverageTable({ figures, cityLabel }: Props): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const focus = FOCUS_THEMES.slice(0, 5)
  return (
    <section className={styles.section} aria-labelledby="themes-heading">
      <Text as="h2" id="themes-heading" size={500} weight="semibold" style={{ margin: 0 }}>
        {t('reports.themesTitle')}
      </Text>
      <Text>{t('reports.themesIntro')}</Text>
      <div className={styles.scroll}>
        <Table size="small" aria-labelledby="themes-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('fields.city')}</TableHeaderCell>
              {focus.map((theme) => (
                <TableHeaderCell key={theme} className={styles.num}>
                  {t(`enum.theme.${theme}`)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell>{t('reports.otherThemes')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...figures.themeCoverage]
              .sort((a, b) => cityLabel(a.cityId).localeCompare(cityLabel(b.cityId)))
              .map((row) => {
                const count = (theme: string): number =>
                  row.themes.find((x) => x.theme === theme)?.visits ?? 0
                const others = row.themes.filter(
                  (x) => !(focus as readonly string[]).includes(x.theme),
                )
                return (
                  <TableRow key={row.cityId}>
                    <TableCell>{cityLabel(row.cityId)}</TableCell>
                    {focus.map((theme) => (
                      <TableCell
                        key={theme}
                        className={count(theme) === 0 ? `${styles.num} ${styles.zero}` : styles.num}
                      >
                        {count(theme)}
                      </TableCell>
                    ))}
                    <TableCell>
                      {others.map((x) => `${themeText(x.theme, t)} (${x.visits})`).join(', ')}
                    </TableCell>
                  </TableRow>
                )
              })}
          </TableBody>
        </Table>
      </div>
    </section>
  )
}

function themeText(theme: string, t: (key: string) => string): string {
  return (FOCUS_THEMES as readonly string[]).includes(theme) ? t(`enum.theme.${theme}`) : theme
}
