import type { z } from 'zod'
import { CONTRACT } from '@shared/contract'
import type { Channel, ChannelArgs } from '@shared/contract'
import { issueMessage, translator } from '@shared/i18n'
import type { AppLocation } from './appLocation'
import { isAppUrl } from './appLocation'

/** What main knows about the frame that sent an IPC message, reduced to plain data. */
export type SenderFrameInfo = {
  url: string
  /** `event.senderFrame === event.sender.mainFrame`: not an iframe inside our page. */
  isMainFrame: boolean
  /** The WebContents belongs to one of our BrowserWindows. */
  isOwnWindow: boolean
}

export type SenderCheck = { ok: true } | { ok: false; reason: string }

/**
 * Only the top frame of our own window, showing our own page, may call main. A null frame means it
 * navigated away or was destroyed before the message was handled.
 */
export function checkSender(frame: SenderFrameInfo | null, location: AppLocation): SenderCheck {
  if (!frame) return { ok: false, reason: 'the sending frame is gone' }
  if (!frame.isOwnWindow) return { ok: false, reason: 'the sender is not an app window' }
  if (!frame.isMainFrame) return { ok: false, reason: 'the sender is not the main frame' }
  if (!isAppUrl(frame.url, location)) {
    return { ok: false, reason: `the sender's page is not the app (${describeOrigin(frame.url)})` }
  }
  return { ok: true }
}

function describeOrigin(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'file:' ? 'a local file outside the app' : parsed.origin
  } catch {
    return 'an unreadable URL'
  }
}

export class IpcRejectedError extends Error {
  override name = 'IpcRejectedError'
}

export class IpcArgumentError extends Error {
  override name = 'IpcArgumentError'
  constructor(
    readonly channel: Channel,
    readonly problems: string[],
  ) {
    super(`${channel}: invalid arguments — ${problems.join('; ')}`)
  }
}

/**
 * Parses what the renderer sent with the channel's schema from the contract. Every channel takes
 * at most one argument; problems name the field ("suggestedName: is required").
 */
export function parseArgs<C extends Channel>(channel: C, raw: readonly unknown[]): ChannelArgs[C] {
  if (raw.length > 1) {
    throw new IpcArgumentError(channel, [`expected at most 1 argument, got ${raw.length}`])
  }
  const schema: z.ZodType = CONTRACT[channel].args
  const result = schema.safeParse(raw[0])
  if (!result.success) {
    const t = translator('en')
    throw new IpcArgumentError(
      channel,
      result.error.issues.map((issue) => {
        const field = issue.path.map(String).join('.') || 'argument'
        return `${field}: ${issueMessage(issue, t)}`
      }),
    )
  }
  return result.data as ChannelArgs[C]
}
