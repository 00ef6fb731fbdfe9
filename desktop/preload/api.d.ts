// The renderer's view of what the preload exposes. Absent in browser mode, hence optional.
import type { HandshakeBridge } from './ipc-contract.ts';

declare global {
  interface Window {
    readonly handshake?: HandshakeBridge;
  }
}
