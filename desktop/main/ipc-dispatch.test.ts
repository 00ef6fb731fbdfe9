// The IPC dispatcher against the real console router. The core is a hand-written stand-in
// that implements only `info()`: the dispatcher is what is under test, not the core.
import { describe, expect, it } from 'vitest';
import { consoleRouter } from '../core/router.ts';
import type { ConsoleContext } from '../core/trpc.ts';
import type { UnenrolledConsoleInfo } from '../core/types.ts';
import { dispatchIpcOperation } from './ipc-dispatch.ts';

const unenrolledInfo: UnenrolledConsoleInfo = {
  enrolled: false,
  serverUrl: 'http://127.0.0.1:4100',
  serverReachable: true,
};

/** Builds a context whose core answers only `info()`; any other call would throw. */
function contextWithInfoOnlyCore(info: () => UnenrolledConsoleInfo): ConsoleContext {
  const infoOnlyCore = { info };
  // The stand-in implements one method of ConsoleCore; the tests below reach no other.
  return { core: infoOnlyCore as unknown as ConsoleContext['core'] };
}

const ctx = contextWithInfoOnlyCore(() => unenrolledInfo);

function dispatch(operation: unknown) {
  return dispatchIpcOperation(consoleRouter, ctx, operation);
}

function errorOf(response: Awaited<ReturnType<typeof dispatch>>) {
  if (!('error' in response)) throw new Error(`expected an error, got ${JSON.stringify(response)}`);
  return response.error;
}

describe('dispatchIpcOperation', () => {
  it('runs a query and returns its result', async () => {
    const response = await dispatch({ type: 'query', path: 'console.info', input: undefined });
    expect(response).toEqual({ result: unenrolledInfo });
    // Electron sends the answer by structured clone: it must survive one.
    expect(structuredClone(response)).toEqual(response);
  });

  it.each([
    ['a non-object', 'console.info'],
    ['a subscription', { type: 'subscription', path: 'console.info', input: null }],
    ['an unknown field', { type: 'query', path: 'console.info', input: null, extra: 1 }],
    ['a prototype path', { type: 'query', path: '__proto__', input: null }],
    ['a path with a slash', { type: 'query', path: 'console/info', input: null }],
    ['an empty path', { type: 'query', path: '', input: null }],
  ])('rejects %s as BAD_REQUEST', async (_name, operation) => {
    const error = errorOf(await dispatch(operation));
    expect(error.code).toBe(-32600);
    expect(error.data.code).toBe('BAD_REQUEST');
  });

  it('answers NOT_FOUND for an unknown path or the wrong operation type', async () => {
    const unknownPath = { type: 'query', path: 'console.nothing', input: null };
    const unknown = errorOf(await dispatch(unknownPath));
    expect(unknown.data.code).toBe('NOT_FOUND');
    const wrongType = errorOf(await dispatch({ type: 'mutation', path: 'console.info' }));
    expect(wrongType.data.code).toBe('NOT_FOUND');
  });

  it('validates procedure input before the core is reached', async () => {
    const enroll = { type: 'mutation', path: 'console.enroll', input: { code: 'x' } };
    const response = await dispatch(enroll);
    const error = errorOf(response);
    expect(error.data.code).toBe('BAD_REQUEST');
    expect(error.data.fieldErrors?.['code']?.length).toBeGreaterThan(0);
  });

  it('turns a thrown error into INTERNAL_SERVER_ERROR without a stack', async () => {
    const failing = contextWithInfoOnlyCore(() => {
      throw new Error('disk on fire');
    });
    const response = await dispatchIpcOperation(consoleRouter, failing, {
      type: 'query',
      path: 'console.info',
      input: undefined,
    });
    const error = errorOf(response);
    expect(error.data.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.data.path).toBe('console.info');
    expect(JSON.stringify(error)).not.toContain('ipc-dispatch');
    expect(structuredClone(response)).toEqual(response);
  });
});
