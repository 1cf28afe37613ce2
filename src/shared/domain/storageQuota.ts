import type { UiLanguage } from '../model/common'

/** What the browser says about this origin's storage (navigator.storage.estimate). */
export type StorageEstimate = { usage: number; quota: number }

export type StorageLevel = 'ok' | 'near' | 'full' | 'unknown'

export type StorageAssessment = {
  level: StorageLevel
  /** Used share of the quota, 0..1; null when the quota is unknown. */
  usedShare: number | null
  /** Bytes left under the quota; null when unknown. */
  free: number | null
}

/** From here on Settings warns: backups and imports may soon fail. */
export const NEAR_QUOTA_SHARE = 0.8
/** From here on writes are likely to fail with QuotaExceededError. */
export const FULL_QUOTA_SHARE = 0.95

/**
 * How close the data is to the quota. Besides the share, a restore or a replace-all import writes
 * the whole data set again inside one transaction while the old rows still count, so less free
 * room than what is stored now is already "near": the next restore of a backup this size may not
 * fit.
 */
export function assessStorage(estimate: StorageEstimate | null): StorageAssessment {
  if (!estimate || !Number.isFinite(estimate.quota) || estimate.quota <= 0) {
    return { level: 'unknown', usedShare: null, free: null }
  }
  const usage = Math.max(0, estimate.usage)
  const usedShare = Math.min(1, usage / estimate.quota)
  const free = Math.max(0, estimate.quota - usage)
  if (usedShare >= FULL_QUOTA_SHARE) return { level: 'full', usedShare, free }
  if (usedShare >= NEAR_QUOTA_SHARE || free < usage) return { level: 'near', usedShare, free }
  return { level: 'ok', usedShare, free }
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const

/** "12,3 MB" / "12.3 MB": decimal units (as operating systems show disk sizes), one decimal. */
export function formatByteSize(bytes: number, lang: UiLanguage): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  const digits = unit === 0 ? 0 : 1
  const number = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value)
  return `${number} ${UNITS[unit]}`
}

const SMALLEST_SHOWN_SHARE = 0.001

/** "0,4 %" / "0.4%": the share of the quota in use; a few kilobytes of gigabytes read "< 0.1%". */
export function formatShare(share: number, lang: UiLanguage): string {
  const format = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  })
  if (share > 0 && share < SMALLEST_SHOWN_SHARE) return `< ${format.format(SMALLEST_SHOWN_SHARE)}`
  return format.format(share)
}
