import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * A screen loaded with its feature's chunk the first time it is shown, so the first load holds
 * only the shell. `load` imports the feature's index.ts; `name` picks the page from it.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }))
}
