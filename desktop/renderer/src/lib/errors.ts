// Errors in words a cashier can act on. tRPC errors look the same over IPC and HTTP.
import type { TRPCClientErrorLike } from '@trpc/client';
import type { ConsoleRouter } from '../../../core/router.ts';

export type ConsoleError = TRPCClientErrorLike<ConsoleRouter>;

export function describeError(error: ConsoleError): string {
  const data = error.data;
  if (data?.code === 'UNAUTHORIZED') {
    return 'This page is not signed in to the console. Open the link the console printed when it started.';
  }
  const fieldMessages = Object.values(data?.fieldErrors ?? {}).flatMap((messages) => messages ?? []);
  if (fieldMessages.length > 0) return fieldMessages.join(' ');
  // fetch's own failure: in browser mode the console process is gone or restarting.
  if (data === undefined || data === null) return `The console is not answering (${error.message}).`;
  return error.message;
}
