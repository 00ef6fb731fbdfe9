// Errors in words a cashier can act on. tRPC errors look the same over IPC and HTTP.
import { TRPCClientError, type TRPCClientErrorLike } from '@trpc/client';
import type { ConsoleRouter } from '../../../core/router.ts';

export type ConsoleError = TRPCClientErrorLike<ConsoleRouter>;

const NOT_SIGNED_IN =
  'This page is not signed in to the console. Open the link the console printed when it started.';

/** Browser mode's token check answers a bare HTTP 401, before tRPC is involved. */
function isHttpUnauthorized(error: ConsoleError): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const response: unknown = error.meta?.['response'];
  return response instanceof Response && response.status === 401;
}

export function describeError(error: ConsoleError): string {
  const data = error.data;
  if (data?.code === 'UNAUTHORIZED' || isHttpUnauthorized(error)) return NOT_SIGNED_IN;
  const fieldErrors = data?.fieldErrors ?? {};
  const fieldMessages = Object.values(fieldErrors).flatMap((messages) => messages ?? []);
  if (fieldMessages.length > 0) return fieldMessages.join(' ');
  // No tRPC error data: the request itself failed, e.g. the console process is gone.
  if (data === undefined || data === null) {
    return `The console is not answering (${error.message}).`;
  }
  return error.message;
}
