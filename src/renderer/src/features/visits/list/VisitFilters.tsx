import type { ReactElement } from 'react'
import { Field, makeStyles, SearchBox, tokens } from '@fluentui/react-components'
import type { PartnerCity } from '@shared/model/partnerCity'
import { VISIT_DIRECTIONS, VISIT_STATUSES } from '@shared/model/visit'
import { FilterSelect, useT } from '@renderer/components'
import { WHEN_CHOICES, type ListState } from './listParams'

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    // Shares, not sizes: at 1280 px every "all" choice fits uncut ("Alle Partnerstädte"), and a
    // narrower window cuts them with an ellipsis instead of running off the page.
    gridTemplateColumns:
      'minmax(160px, 1.5fr) minmax(120px, 1.3fr) minmax(110px, 1.1fr) minmax(100px, 1fr) minmax(90px, 0.8fr) minmax(110px, 1.1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'repeat(3, minmax(160px, 1fr))' },
  },
  search: { width: '100%', maxWidth: 'none' },
})

export type VisitFiltersProps = {
  state: ListState
  cities: readonly PartnerCity[]
  years: readonly number[]
  onChange: (patch: Partial<ListState>) => void
}

export function VisitFilters({ state, cities, years, onChange }: VisitFiltersProps): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const cityOptions = [...cities]
    .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang))
    .map((c) => ({ value: c.id, label: c.name[lang] }))
  return (
    <div role="search" className={styles.bar} aria-label={t('visits.list.filters')}>
      <Field label={t('visits.list.search')}>
        <SearchBox
          className={styles.search}
          value={state.text}
          placeholder={t('visits.list.searchPlaceholder')}
          onChange={(_, data) => onChange({ text: data.value })}
        />
      </Field>
      <FilterSelect
        shrink
        label={t('visits.field.city')}
        value={state.cityId ?? ''}
        allLabel={t('visits.list.allCities')}
        options={cityOptions}
        onChange={(value) => onChange({ cityId: value || null })}
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
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
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
    </div>
  )
}
