import { contextBridge, ipcRenderer } from 'electron'
import { createPlannerApi } from './api'
import type { Invoke } from './api'

const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args)

contextBridge.exposeInMainWorld('planner', createPlannerApi(invoke))
