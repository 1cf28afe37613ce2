import { BrowserWindow, ipcMain } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '@shared/contract'
import type { Channel, ChannelArgs, ChannelResult } from '@shared/contract'
import type { AppLocation } from './appLocation'
import { checkSender, IpcRejectedError, parseArgs } from './ipcGuards'
import type { SenderFrameInfo } from './ipcGuards'

/** The only module that touches ipcMain: every channel goes through `handle`. */

export type HandlerContext = {
  /** The window that asked, so dialogs open as its sheets. */
  window: BrowserWindow | null
}

export type ChannelHandler<C extends Channel> = (
  args: ChannelArgs[C],
  context: HandlerContext,
) => Promise<ChannelResult[C]>

export type ChannelHandlers = { [C in Channel]: ChannelHandler<C> }

export function describeSender(event: IpcMainInvokeEvent): SenderFrameInfo | null {
  const frame = event.senderFrame
  if (!frame) return null
  return {
    url: frame.url,
    isMainFrame: frame === event.sender.mainFrame,
    isOwnWindow: BrowserWindow.fromWebContents(event.sender) !== null,
  }
}

/**
 * Registers one channel. The sender is checked and the arguments are parsed before the handler
 * runs; a refusal rejects the renderer's promise with a message saying why.
 */
export function handle<C extends Channel>(
  channel: C,
  handler: ChannelHandler<C>,
  location: AppLocation,
): void {
  ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
    const sender = checkSender(describeSender(event), location)
    if (!sender.ok) {
      const refusal = new IpcRejectedError(`${channel}: refused, ${sender.reason}`)
      // A refusal means something other than our page tried to call main: worth a trace.
      console.warn(refusal.message)
      throw refusal
    }
    const args = parseArgs(channel, raw)
    return handler(args, { window: BrowserWindow.fromWebContents(event.sender) })
  })
}

/** The mapped type makes a channel of the contract without a handler a compile error. */
export function handleAll(handlers: ChannelHandlers, location: AppLocation): void {
  const register = <C extends Channel>(channel: C): void =>
    handle(channel, handlers[channel], location)
  CHANNELS.forEach(register)
}
