// The sandboxed preload: exposes window.dossier (one function per API method) and
// window.dossierEvents (subscriptions to a fixed list of main-process events), nothing else.
// Arguments pass by structured clone; validation happens in the main process.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL } from '../ipc/contract';
import { buildEventBridge } from '../domain/events';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'dossier',
  buildBridge((method, args) => ipcRenderer.invoke(IPC_CHANNEL, method, args)),
);

contextBridge.exposeInMainWorld(
  'dossierEvents',
  buildEventBridge((channel, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => ipcRenderer.removeListener(channel, forward);
  }),
);
