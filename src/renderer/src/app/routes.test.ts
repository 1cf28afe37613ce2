import { describe, expect, it } from 'vitest'
import { featureOfHash, ROUTES } from './routes'

describe('the first screen’s feature', () => {
  it('maps a location hash to the feature whose chunk shows it', () => {
    expect(featureOfHash('')).toBe('visits')
    expect(featureOfHash('#/')).toBe('visits')
    expect(featureOfHash('#/visits/abc/programme')).toBe('visits')
    expect(featureOfHash('#/follow-ups')).toBe('visits')
    expect(featureOfHash('#/contacts')).toBe('contacts')
    expect(featureOfHash('#/contacts?q=Nishimura')).toBe('contacts')
    expect(featureOfHash('#/cities/xyz/edit')).toBe('cities')
    expect(featureOfHash('#/settings')).toBe('settings')
  })

  it('leaves unknown screens to the router', () => {
    expect(featureOfHash('#/nowhere')).toBeNull()
    expect(featureOfHash('#/constructor')).toBeNull()
    expect(featureOfHash('#/toString')).toBeNull()
  })

  it('knows every top-level route', () => {
    const paths = (ROUTES[0]?.children ?? []).flatMap((r) => (r.path ? [r.path] : []))
    const tops = [...new Set(paths.map((p) => p.split('/')[0] ?? ''))].filter((p) => p !== '*')
    for (const top of tops) expect(featureOfHash(`#/${top}`), top).not.toBeNull()
  })
})
