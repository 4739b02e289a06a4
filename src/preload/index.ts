import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_API_KEY } from '../shared/ipc/preload-api';
import { buildPreloadApi } from './api';

contextBridge.exposeInMainWorld(
  PRELOAD_API_KEY,
  buildPreloadApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
