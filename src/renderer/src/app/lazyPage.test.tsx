import { Suspense, type ComponentType, type ReactElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { feature, lazyPage } from './lazyPage'

function Hello(): ReactElement {
  return <p>hello</p>
}

const inSuspense = (Page: ComponentType): string =>
  renderToString(
    <Suspense fallback={<p>loading</p>}>
      <Page />
    </Suspense>,
  )

describe('lazyPage', () => {
  it('suspends while its chunk is not there yet', () => {
    const source = feature(() => new Promise<{ Hello: typeof Hello }>(() => undefined))
    const Page = lazyPage(source, 'Hello')
    expect(inSuspense(Page)).toContain('loading')
  })

  it('renders at once, without the fallback, once its chunk has loaded', async () => {
    const source = feature(async () => ({ Hello }))
    const Page = lazyPage(source, 'Hello')
    await source.load()
    const html = inSuspense(Page)
    expect(html).toContain('hello')
    expect(html).not.toContain('loading')
  })
})

describe('feature', () => {
  it('fetches its chunk once however often it is asked', async () => {
    let calls = 0
    const source = feature(async () => ({ n: ++calls }))
    expect(source.loaded()).toBeUndefined()
    const [a, b] = await Promise.all([source.load(), source.load()])
    expect(a).toBe(b)
    expect(source.loaded()).toBe(a)
    expect(calls).toBe(1)
  })

  it('tries again after a failed load', async () => {
    let calls = 0
    const source = feature(async () => {
      calls += 1
      if (calls === 1) throw new Error('chunk missing')
      return { n: calls }
    })
    await expect(source.load()).rejects.toThrow('chunk missing')
    expect(source.loaded()).toBeUndefined()
    expect(await source.load()).toEqual({ n: 2 })
  })
})
