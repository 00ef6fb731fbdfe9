// A tRPC link that sends each operation through the preload's `handshake.invoke` instead of
// HTTP. Main answers { result } or { error: <tRPC error shape> }; the error becomes the same
// TRPCClientError the HTTP link would produce, so components handle both modes alike.
import { type TRPCLink, TRPCClientError } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { observable } from '@trpc/server/observable';
import type { HandshakeBridge } from '../../../preload/ipc-contract.ts';

export function ipcLink<TRouter extends AnyTRPCRouter>(
  bridge: HandshakeBridge,
): TRPCLink<TRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        if (op.type === 'subscription') {
          const error = new Error('Subscriptions are not offered over IPC.');
          observer.error(TRPCClientError.from<TRouter>(error));
          return () => {};
        }
        // The observable may be unsubscribed (e.g. a query was cancelled) before main answers.
        let unsubscribed = false;
        bridge.invoke({ type: op.type, path: op.path, input: op.input }).then(
          (response) => {
            if (unsubscribed) return;
            if ('result' in response) {
              observer.next({ result: { type: 'data', data: response.result } });
              observer.complete();
            } else {
              // `from` recognises { error: shape } and keeps its code, message and data.
              observer.error(TRPCClientError.from<TRouter>(response));
            }
          },
          (cause: unknown) => {
            if (unsubscribed) return;
            const error = cause instanceof Error ? cause : new Error(String(cause));
            observer.error(TRPCClientError.from<TRouter>(error));
          },
        );
        return () => {
          unsubscribed = true;
        };
      });
}
