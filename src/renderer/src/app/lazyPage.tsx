import { lazy, useState, type ComponentType, type ReactElement } from 'react'

/** A feature's chunk: fetched once on first use, and known once it is there. */
export interface Feature<M> {
  load(): Promise<M>
  loaded(): M | undefined
}

export function feature<M>(importer: () => Promise<M>): Feature<M> {
  let pending: Promise<M> | undefined
  let module: M | undefined
  return {
    load: () => {
      pending ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          // A chunk that failed to load (a file swapped by an update, say) is fetched again next time.
          pending = undefined
          throw error
        },
      )
      return pending
    },
    loaded: () => module,
  }
}

/**
 * A screen loaded with its feature's chunk the first time it is shown, so the first load holds
 * only the shell. A screen whose chunk is already there (the start preloads the first one) renders
 * at once instead of suspending: React holds a revealed Suspense boundary back for 300 ms after its
 * fallback, and with it the screen's first queries, which start when the screen commits.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  source: Feature<M>,
  name: K,
): ComponentType {
  const Lazy = lazy(async () => ({ default: (await source.load())[name] as ComponentType }))
  function Page(): ReactElement {
    // Decided once per mount: switching from the lazy to the loaded component would remount it.
    const [Loaded] = useState<ComponentType | undefined>(() => source.loaded()?.[name])
    return Loaded ? <Loaded /> : <Lazy />
  }
  Page.displayName = `Page(${name})`
  return Page
}
