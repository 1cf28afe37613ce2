import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { createPlannerApi } from './api'
import type { Invoke, Subscribe } from './api'

const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args)

const subscribe: Subscribe = (event, listener) => {
  // The IPC event stays here: it carries `sender`, which is ipcRenderer itself.
  const onMessage = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
  ipcRenderer.on(event, onMessage)
  return () => {
    ipcRenderer.removeListener(event, onMessage)
  }
}

contextBridge.exposeInMainWorld('planner', createPlannerApi({ invoke, subscribe }))
