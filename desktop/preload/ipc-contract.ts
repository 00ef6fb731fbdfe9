// The one IPC channel between the renderer and the main process, and what travels on it.
// Types only, plus the channel name: preload and main import it, the renderer only its types.

/** The channel the preload's `invoke` and the main process's handler share. */
export const TRPC_IPC_CHANNEL = 'hsp:trpc';

/** One tRPC call as the renderer's IPC link sends it. Main parses it again with zod. */
export interface IpcOperation {
  readonly type: 'query' | 'mutation';
  readonly path: string;
  // Optional: a query without input may arrive without the key.
  readonly input?: unknown;
}

/**
 * A tRPC error in the same shape the HTTP adapter sends, so the renderer's link turns it into
 * the same `TRPCClientError` in Electron and in browser mode.
 */
export interface IpcErrorShape {
  /** JSON-RPC error number, e.g. -32600 for BAD_REQUEST. */
  readonly code: number;
  readonly message: string;
  readonly data: {
    /** tRPC's error key, e.g. 'BAD_REQUEST'. */
    readonly code: string;
    readonly httpStatus: number;
    readonly path?: string;
    readonly fieldErrors?: Record<string, string[] | undefined> | null;
  };
}

export type IpcResponse =
  | { readonly result: unknown }
  | { readonly error: IpcErrorShape };

/** What the preload exposes on `window.handshake`, and nothing more. */
export interface HandshakeBridge {
  invoke(operation: IpcOperation): Promise<IpcResponse>;
}
