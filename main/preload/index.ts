// The sandboxed preload: exposes window.dossier (one function per API method) and nothing
// else. Arguments pass by structured clone; validation happens in the main process.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../ipc/contract';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'dossier',
  buildBridge((method, args) => ipcRenderer.invoke(IPC_CHANNEL, method, args)),
);
