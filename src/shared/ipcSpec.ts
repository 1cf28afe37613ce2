import type { z } from 'zod'

/**
 * The building blocks of the IPC contract (src/shared/contract.ts) and the types derived from it.
 * A channel or event is one entry; the preload, the renderer's platform and main's handler table
 * are all typed from these entries, so nothing is written twice.
 */

/** Renderer → main, answered: `ipcRenderer.invoke` on one side, `ipcMain.handle` on the other. */
export type ChannelSpec<
  M extends string = string,
  A extends z.ZodType = z.ZodType,
  R = unknown,
  F = unknown,
> = {
  readonly kind: 'invoke'
  /** The name of the function on `window.planner`, e.g. `saveFile`. */
  readonly method: M
  /** Parsed in main before any handler runs. */
  readonly args: A
  /**
   * Types only, never set: `result` is what main's handler returns, `signature` how the page
   * calls the method (usually plain; generic where the result depends on the argument).
   */
  readonly '~types'?: { readonly result: R; readonly signature: F }
}

/** Main → renderer, not answered: `webContents.send` on one side, a subscription on the other. */
export type EventSpec<M extends `on${string}` = `on${string}`, P extends z.ZodType = z.ZodType> = {
  readonly kind: 'event'
  /** The subscribing function on `window.planner`, e.g. `onMenuCommand`. */
  readonly method: M
  /** Checked in the preload: a payload that fails it never reaches the page's callback. */
  readonly payload: P
}

/** A channel without argument is called without one; otherwise with exactly one. */
export type PlainSignature<A extends z.ZodType, R> = [z.input<A>] extends [undefined]
  ? () => Promise<R>
  : (args: z.input<A>) => Promise<R>

/**
 * `channel('saveFile', saveFileArgsSchema).returns<SaveFileResult>()`. The second type argument
 * of `returns` refines how the page calls the method; what main returns stays `R`.
 */
export function channel<const M extends string, A extends z.ZodType>(
  method: M,
  args: A,
): { returns<R, F = PlainSignature<A, R>>(): ChannelSpec<M, A, R, F> } {
  return { returns: () => ({ kind: 'invoke', method, args }) }
}

export function event<const M extends `on${string}`, P extends z.ZodType>(
  method: M,
  payload: P,
): EventSpec<M, P> {
  return { kind: 'event', method, payload }
}

export type Unsubscribe = () => void
export type Subscription<P> = (callback: (payload: P) => void) => Unsubscribe

export type ChannelMap = Readonly<Record<string, ChannelSpec>>
export type EventMap = Readonly<Record<string, EventSpec>>

type Types<S extends ChannelSpec> = NonNullable<S['~types']>

type Simplify<T> = { [K in keyof T]: T[K] } & {}

type EventFunctions<E extends EventMap> = {
  [K in keyof E as E[K]['method']]: Subscription<z.output<E[K]['payload']>>
}

/** What callers see: refined signatures where a channel declares one. */
export type ApiOf<C extends ChannelMap, E extends EventMap> = Simplify<
  { [K in keyof C as C[K]['method']]: Types<C[K]>['signature'] } & EventFunctions<E>
>

/**
 * What an implementation provides (the browser fallback): every method with the plain signature
 * of its wire types. A missing method is a type error where the implementation is declared.
 */
export type ImplementationOf<C extends ChannelMap, E extends EventMap> = Simplify<
  {
    [K in keyof C as C[K]['method']]: PlainSignature<C[K]['args'], Types<C[K]>['result']>
  } & EventFunctions<E>
>

/** The result each handler in main returns, by channel. */
export type ResultsOf<C extends ChannelMap> = { [K in keyof C]: Types<C[K]>['result'] }
