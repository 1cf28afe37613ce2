import { describe, expect, it } from 'vitest'
import type { AppLocation } from './appLocation'
import { checkSender, IpcArgumentError, parseArgs } from './ipcGuards'

const files: AppLocation = {
  kind: 'app',
  rendererDir: '/app/out/renderer',
  url: 'app://planner/index.html',
}
const appPage = 'app://planner/index.html#/visits'

describe('checkSender', () => {
  it('accepts the main frame of our window showing our page', () => {
    expect(checkSender({ url: appPage, isMainFrame: true, isOwnWindow: true }, files)).toEqual({
      ok: true,
    })
  })

  it('refuses a gone frame, a foreign window, a subframe and a foreign page', () => {
    expect(checkSender(null, files)).toEqual({ ok: false, reason: 'the sending frame is gone' })
    expect(checkSender({ url: appPage, isMainFrame: true, isOwnWindow: false }, files)).toEqual({
      ok: false,
      reason: 'the sender is not an app window',
    })
    expect(checkSender({ url: appPage, isMainFrame: false, isOwnWindow: true }, files)).toEqual({
      ok: false,
      reason: 'the sender is not the main frame',
    })
    expect(
      checkSender({ url: 'https://evil.test/x', isMainFrame: true, isOwnWindow: true }, files),
    ).toEqual({ ok: false, reason: "the sender's page is not the app (https://evil.test)" })
    expect(
      checkSender({ url: 'file:///tmp/evil.html', isMainFrame: true, isOwnWindow: true }, files),
    ).toEqual({
      ok: false,
      reason: "the sender's page is not the app (a local file outside the app)",
    })
    // The renderer folder under file:// was the app before app://; now it is a stranger.
    const oldHome = 'file:///app/out/renderer/index.html'
    expect(checkSender({ url: oldHome, isMainFrame: true, isOwnWindow: true }, files).ok).toBe(
      false,
    )
  })

  it('accepts the dev server origin only in development', () => {
    const dev: AppLocation = {
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      host: 'localhost:5173',
    }
    const devPage = { url: 'http://localhost:5173/#/', isMainFrame: true, isOwnWindow: true }
    expect(checkSender(devPage, dev).ok).toBe(true)
    expect(checkSender(devPage, files).ok).toBe(false)
  })
})

describe('parseArgs', () => {
  const saveArgs = { suggestedName: 'briefing.docx', filters: [], content: 'text' }

  function problemsOf(run: () => unknown): string[] {
    try {
      run()
    } catch (error) {
      if (error instanceof IpcArgumentError) return error.problems
      throw error
    }
    throw new Error('expected an IpcArgumentError')
  }

  it('returns the parsed arguments of a valid message', () => {
    expect(parseArgs('files:save-file', [saveArgs])).toEqual(saveArgs)
    const bytes = new Uint8Array([1, 2, 3])
    expect(parseArgs('files:save-file', [{ ...saveArgs, content: bytes }]).content).toBe(bytes)
    expect(parseArgs('files:open-file', [{ filters: [], maxBytes: 10 }])).toEqual({
      filters: [],
      maxBytes: 10,
    })
    expect(parseArgs('app:get-info', [])).toBeUndefined()
    expect(parseArgs('app:set-language', ['en'])).toBe('en')
  })

  it('names the field that is wrong', () => {
    expect(
      problemsOf(() => parseArgs('files:save-file', [{ ...saveArgs, suggestedName: '' }])),
    ).toEqual(['suggestedName: is required'])
    expect(
      problemsOf(() => parseArgs('files:save-file', [{ ...saveArgs, suggestedName: '../x' }])),
    ).toEqual(['suggestedName: must be a file name, not a path'])
    expect(
      problemsOf(() =>
        parseArgs('files:save-file', [
          { ...saveArgs, filters: [{ name: 'W', extensions: ['.D'] }] },
        ]),
      ),
    ).toEqual([expect.stringMatching(/^filters\.0\.extensions\.0: /)])
    expect(problemsOf(() => parseArgs('files:open-file', [{ filters: [], maxBytes: -1 }]))).toEqual(
      [expect.stringMatching(/^maxBytes: /)],
    )
  })

  it('says so when the whole argument is missing or there are too many', () => {
    expect(problemsOf(() => parseArgs('files:open-file', []))).toEqual(['argument: is required'])
    expect(problemsOf(() => parseArgs('app:set-language', ['fr']))).toEqual([
      expect.stringMatching(/^argument: .*de, en/),
    ])
    expect(problemsOf(() => parseArgs('app:get-info', [1, 2]))).toEqual([
      'expected at most 1 argument, got 2',
    ])
  })

  it('puts channel and field into the error message the renderer sees', () => {
    expect(() => parseArgs('files:open-file', [{ filters: 'all' }])).toThrow(
      /^files:open-file: invalid arguments — filters: /,
    )
  })
})
