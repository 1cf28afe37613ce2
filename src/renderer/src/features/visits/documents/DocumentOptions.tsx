import type { ReactElement } from 'react'
import {
  Checkbox,
  Field,
  Label,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components'
import { BRIEFING_SECTIONS, BRIEFING_VARIANTS } from '@shared/documents/briefingOptions'
import type { BriefingVariant } from '@shared/documents/briefingOptions'
import { CLASSIFICATIONS, UI_LANGUAGES } from '@shared/model/common'
import { useT, type FieldOption } from '@renderer/components'
import { withSection, type DocumentChoices } from './documentChoices'

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(280px, 1fr) minmax(280px, 1fr)',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    alignItems: 'start',
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  sections: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
  groupHint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  hint: {
    color: tokens.colorNeutralForeground3,
    display: 'block',
    // Under the label, past the radio's circle.
    paddingLeft: '32px',
    marginTop: `-${tokens.spacingVerticalXS}`,
  },
})

const VARIANT_KEYS: Record<BriefingVariant, string> = {
  full: 'full',
  'read-ahead': 'readAhead',
  pocket: 'pocket',
}

export type DocumentOptionsProps = {
  choices: DocumentChoices
  onChange: (choices: DocumentChoices) => void
  /** The visit's delegates in order of precedence: contact id and name. */
  delegates: readonly FieldOption[]
  disabled: boolean
}

/** What to make: variant, language, classification, and the sections or the person. */
export function DocumentOptions({
  choices,
  onChange,
  delegates,
  disabled,
}: DocumentOptionsProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const set = (patch: Partial<DocumentChoices>): void => onChange({ ...choices, ...patch })
  const noSection = choices.variant === 'full' && choices.sections.length === 0

  return (
    <div className={styles.root}>
      <div className={styles.column}>
        <Field label={t('documents.variant.label')}>
          <RadioGroup
            value={choices.variant}
            disabled={disabled}
            onChange={(_, d) => set({ variant: d.value as BriefingVariant })}
          >
            {BRIEFING_VARIANTS.map((variant) => (
              <div key={variant}>
                <Radio
                  value={variant}
                  label={t(`documents.variant.${VARIANT_KEYS[variant]}`)}
                  input={{ 'aria-describedby': `documents-variant-${variant}-hint` }}
                />
                <small id={`documents-variant-${variant}-hint`} className={styles.hint}>
                  {t(`documents.variant.${VARIANT_KEYS[variant]}Hint`)}
                </small>
              </div>
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('documents.language')}>
          <RadioGroup
            layout="horizontal"
            value={choices.lang}
            disabled={disabled}
            onChange={(_, d) => set({ lang: d.value === 'en' ? 'en' : 'de' })}
          >
            {UI_LANGUAGES.map((lang) => (
              <Radio key={lang} value={lang} label={t(`enum.language.${lang}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('documents.classification')} hint={t('documents.classificationHint')}>
          <Select
            value={choices.classification}
            disabled={disabled}
            onChange={(_, d) => {
              const found = CLASSIFICATIONS.find((c) => c === d.value)
              if (found) set({ classification: found })
            }}
          >
            {CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {t(`enum.classification.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.column}>
        {choices.variant === 'full' ? (
          // Not a Field: a Field hands its one id to every checkbox inside, so each label would
          // point at the first box.
          <div
            role="group"
            aria-labelledby="documents-sections-label"
            aria-describedby="documents-sections-hint"
            className={styles.group}
          >
            <Label id="documents-sections-label">{t('documents.sections')}</Label>
            <div className={styles.sections}>
              {BRIEFING_SECTIONS.map((section) => (
                <Checkbox
                  key={section}
                  label={t(`documents.section.${section}`)}
                  checked={choices.sections.includes(section)}
                  disabled={disabled}
                  onChange={(_, d) =>
                    set({ sections: withSection(choices.sections, section, d.checked === true) })
                  }
                />
              ))}
            </div>
            <Text id="documents-sections-hint" size={200} className={styles.groupHint}>
              {noSection ? (
                <span className={styles.error}>{t('documents.noSection')}</span>
              ) : (
                t('documents.sectionsHint')
              )}
            </Text>
          </div>
        ) : null}
        {choices.variant === 'pocket' ? (
          <>
            <Field label={t('documents.person')}>
              <Select
                value={choices.personId ?? ''}
                disabled={disabled}
                onChange={(_, d) => set({ personId: d.value === '' ? null : d.value })}
              >
                <option value="">{t('documents.everyone')}</option>
                {delegates.map((d) => (
                  <option key={d.value} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('documents.pageSize')}>
              <RadioGroup
                layout="horizontal"
                value={choices.pageSize}
                disabled={disabled}
                onChange={(_, d) => set({ pageSize: d.value === 'A5' ? 'A5' : 'A6' })}
              >
                <Radio value="A6" label={t('documents.pageA6')} />
                <Radio value="A5" label={t('documents.pageA5')} />
              </RadioGroup>
            </Field>
          </>
        ) : null}
      </div>
    </div>
  )
}
