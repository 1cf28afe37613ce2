import type { ReactElement } from 'react'
import { Button, Field, makeStyles, SearchBox, tokens } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { NO_PROGRAMME } from '@shared/domain/visitList'
import { FOCUS_THEMES } from '@shared/model/common'
import type { PartnerCity, Programme } from '@shared/model/partnerCity'
import { VISIT_DIRECTIONS, VISIT_STATUSES } from '@shared/model/visit'
import { FilterSelect, useT } from '@renderer/components'
import { SORT_CHOICES, sortFromParam, sortParam, WHEN_CHOICES, type ListState } from './listParams'

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    // At 1280 px two rows of five: every "all" choice fits uncut ("Alle Partnerstädte"); a
    // narrower window wraps to more rows instead of running off the page.
    gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
  search: { gridColumn: 'span 2' },
  searchBox: { width: '100%', maxWidth: 'none' },
  clear: { justifySelf: 'start' },
})

export type VisitFiltersProps = {
  state: ListState
  cities: readonly PartnerCity[]
  programmes: readonly Programme[]
  years: readonly number[]
  themes: readonly string[]
  /** Whether any filter narrows the list, so "clear filters" is offered. */
  filtered: boolean
  onChange: (patch: Partial<ListState>) => void
  onClear: () => void
}

const FOCUS: ReadonlySet<string> = new Set(FOCUS_THEMES)

export function VisitFilters(props: VisitFiltersProps): ReactElement {
  const { state, onChange } = props
  const { t, lang } = useT()
  const styles = useStyles()
  const byName = (a: { label: string }, b: { label: string }): number =>
    a.label.localeCompare(b.label, lang)
  const cityOptions = props.cities.map((c) => ({ value: c.id, label: c.name[lang] })).sort(byName)
  // With a city chosen, only its programmes are worth offering.
  const programmeOptions = props.programmes
    .filter((p) => state.cityId === null || p.cityId === state.cityId)
    .map((p) => ({ value: p.id, label: p.title }))
    .sort(byName)
  const themeOptions = props.themes
    .map((theme) => ({ value: theme, label: FOCUS.has(theme) ? t(`enum.theme.${theme}`) : theme }))
    .sort(byName)
  const sortOptions = SORT_CHOICES.map((s) => ({
    value: sortParam(s),
    label: t(`visits.list.sort.${s.key}_${s.direction}`),
  }))
  return (
    <div role="search" className={styles.bar} aria-label={t('visits.list.filters')}>
      <Field label={t('visits.list.search')} className={styles.search}>
        <SearchBox
          className={styles.searchBox}
          value={state.text}
          placeholder={t('visits.list.searchPlaceholder')}
          onChange={(_, data) => onChange({ text: data.value })}
        />
      </Field>
      <FilterSelect
        shrink
        label={t('visits.list.sortBy')}
        value={sortParam(state.sort)}
        allLabel={t('visits.list.sort.default')}
        options={sortOptions}
        onChange={(value) => onChange({ sort: sortFromParam(value) })}
      />
      <FilterSelect
        shrink
        label={t('visits.field.city')}
        value={state.cityId ?? ''}
        allLabel={t('visits.list.allCities')}
        options={cityOptions}
        onChange={(value) => onChange({ cityId: value || null, programmeId: null })}
      />
      <FilterSelect
        shrink
        label={t('visits.field.direction')}
        value={state.direction ?? ''}
        allLabel={t('visits.list.allDirections')}
        options={VISIT_DIRECTIONS.map((d) => ({ value: d, label: t(`enum.direction.${d}`) }))}
        onChange={(value) =>
          onChange({ direction: VISIT_DIRECTIONS.find((d) => d === value) ?? null })
        }
      />
      <FilterSelect
        shrink
        label={t('visits.field.status')}
        value={state.status ?? ''}
        allLabel={t('visits.list.allStatuses')}
        options={VISIT_STATUSES.map((s) => ({ value: s, label: t(`enum.visitStatus.${s}`) }))}
        onChange={(value) => onChange({ status: VISIT_STATUSES.find((s) => s === value) ?? null })}
      />
      <FilterSelect
        shrink
        label={t('visits.list.year')}
        value={state.year === null ? '' : String(state.year)}
        allLabel={t('visits.list.allYears')}
        options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(value) => onChange({ year: value ? Number(value) : null })}
      />
      <FilterSelect
        shrink
        label={t('visits.list.when')}
        value={state.when ?? ''}
        allLabel={t('visits.list.whenAll')}
        options={WHEN_CHOICES.map((w) => ({ value: w, label: t(`visits.list.${w}`) }))}
        onChange={(value) => onChange({ when: WHEN_CHOICES.find((w) => w === value) ?? null })}
      />
      <FilterSelect
        shrink
        label={t('visits.list.theme')}
        value={state.theme ?? ''}
        allLabel={t('visits.list.allThemes')}
        options={themeOptions}
        onChange={(value) => onChange({ theme: value || null })}
      />
      <FilterSelect
        shrink
        label={t('visits.list.programme')}
        value={state.programmeId ?? ''}
        allLabel={t('visits.list.allProgrammes')}
        options={[
          { value: NO_PROGRAMME, label: t('visits.list.noProgramme') },
          ...programmeOptions,
        ]}
        onChange={(value) => onChange({ programmeId: value || null })}
      />
      {props.filtered ? (
        <Button className={styles.clear} icon={<DismissRegular />} onClick={props.onClear}>
          {t('visits.list.clearFilters')}
        </Button>
      ) : null}
    </div>
  )
}
