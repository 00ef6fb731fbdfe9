// The preload exposes one function, `handshake.invoke`, which forwards a tRPC operation to
// the main process. Nothing else of Electron or Node reaches the page. It runs sandboxed, so
// it is bundled into one CommonJS file that requires only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import {
  type HandshakeBridge,
  type IpcOperation,
  type IpcResponse,
  TRPC_IPC_CHANNEL,
} from './ipc-contract.ts';

const bridge: HandshakeBridge = {
  // Only the three known fields cross, so the page cannot smuggle anything else to main.
  invoke: (operation: IpcOperation): Promise<IpcResponse> =>
    ipcRenderer.invoke(TRPC_IPC_CHANNEL, {
      type: operation.type,
      path: operation.path,
      input: operation.input,
    }),
};

contextBridge.exposeInMainWorld('handshake', bridge);
