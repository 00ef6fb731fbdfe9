// The IPC link through a real tRPC client. The bridge is a hand-written stand-in for the
// preload that answers the way main's dispatcher does.
import { createTRPCClient, TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import type { ConsoleRouter } from '../../../core/router.ts';
import type { HandshakeBridge, IpcOperation, IpcResponse } from '../../../preload/ipc-contract.ts';
import { ipcLink } from './ipc-link.ts';

function clientWith(answer: (operation: IpcOperation) => Promise<IpcResponse>) {
  const sent: IpcOperation[] = [];
  const bridge: HandshakeBridge = {
    invoke: (operation) => {
      sent.push(operation);
      return answer(operation);
    },
  };
  const client = createTRPCClient<ConsoleRouter>({ links: [ipcLink<ConsoleRouter>(bridge)] });
  return { sent, client };
}

const info = { enrolled: false, serverUrl: 'http://127.0.0.1:4100', serverReachable: false };
const paymentId = 'AAAAAAAAAAAAAAAAAAAAAA';

describe('ipcLink', () => {
  it('sends type, path and input, and resolves with the result', async () => {
    const { sent, client } = clientWith(async () => ({ result: info }));
    await expect(client.console.info.query()).resolves.toEqual(info);
    await client.charges.cancel.mutate({ paymentId });
    expect(sent).toEqual([
      { type: 'query', path: 'console.info', input: undefined },
      { type: 'mutation', path: 'charges.cancel', input: { paymentId } },
    ]);
  });

  it('turns an error answer into a TRPCClientError with its code and field errors', async () => {
    const { client } = clientWith(async () => ({
      error: {
        code: -32600,
        message: 'Invalid input',
        data: {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          path: 'console.enroll',
          fieldErrors: { code: ['Too short'] },
        },
      },
    }));
    const failure = await client.console.enroll
      .mutate({ code: 'x' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCClientError);
    const error = failure as TRPCClientError<ConsoleRouter>;
    expect(error.message).toBe('Invalid input');
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.fieldErrors).toEqual({ code: ['Too short'] });
  });

  it('turns a rejected invoke into a TRPCClientError', async () => {
    const { client } = clientWith(async () => {
      throw new Error('channel closed');
    });
    await expect(client.console.info.query()).rejects.toThrow(/channel closed/);
  });
});
