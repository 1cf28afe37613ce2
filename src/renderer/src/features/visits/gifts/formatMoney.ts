import type { UiLanguage } from '@shared/model/common'

/** "1.200 €" / "€1,200"; a currency code Intl does not know is shown as "1200 XYZ". */
export function formatMoney(value: number, currency: string, language: UiLanguage): string {
  try {
    return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', {
      style: 'currency',
      currency,
      maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
    }).format(value)
  } catch {
    return `${value} ${currency}`
  }
}
