import { describe, expect, it } from 'vitest'
import { createUnsavedRegistry } from './unsavedRegistry'

const at = (pathname: string): { pathname: string } => ({ pathname })

describe('createUnsavedRegistry', () => {
  it('asks only while a mounted form is dirty', () => {
    const registry = createUnsavedRegistry()
    let dirty = false
    const remove = registry.add(() => dirty)
    expect(registry.shouldAsk(at('/contacts/new'), at('/contacts'))).toBe(false)
    dirty = true
    expect(registry.anyDirty()).toBe(true)
    expect(registry.shouldAsk(at('/contacts/new'), at('/contacts'))).toBe(true)
    remove()
    expect(registry.anyDirty()).toBe(false)
    expect(registry.shouldAsk(at('/contacts/new'), at('/contacts'))).toBe(false)
  })

  it('lets search and tab changes on the same page through', () => {
    const registry = createUnsavedRegistry()
    registry.add(() => true)
    expect(registry.shouldAsk(at('/visits/1'), at('/visits/1'))).toBe(false)
    expect(registry.shouldAsk(at('/visits/1'), at('/visits'))).toBe(true)
  })

  it('is dirty when any one of several forms is', () => {
    const registry = createUnsavedRegistry()
    registry.add(() => false)
    registry.add(() => true)
    expect(registry.anyDirty()).toBe(true)
  })

  it('lets exactly one leave through after allowNextLeave', () => {
    const registry = createUnsavedRegistry()
    registry.add(() => true)
    registry.allowNextLeave()
    expect(registry.shouldAsk(at('/contacts/1'), at('/contacts'))).toBe(false)
    expect(registry.shouldAsk(at('/contacts/1'), at('/contacts'))).toBe(true)
  })

  it('keeps allowNextLeave for a real leave, not for a same-page change', () => {
    const registry = createUnsavedRegistry()
    registry.add(() => true)
    registry.allowNextLeave()
    expect(registry.shouldAsk(at('/a'), at('/a'))).toBe(false)
    expect(registry.shouldAsk(at('/a'), at('/b'))).toBe(false)
    expect(registry.shouldAsk(at('/a'), at('/b'))).toBe(true)
  })

  it('stops asking for good once released', () => {
    const registry = createUnsavedRegistry()
    registry.add(() => true)
    registry.releaseAll()
    expect(registry.anyDirty()).toBe(false)
    expect(registry.shouldAsk(at('/a'), at('/b'))).toBe(false)
  })
})
