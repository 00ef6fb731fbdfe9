// Errors in words a cashier can act on. tRPC errors look the same over IPC and HTTP.
import { TRPCClientError, type TRPCClientErrorLike } from '@trpc/client';
import type { ConsoleRouter } from '../../../core/router.ts';
import { ENGLISH } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';

export type ConsoleError = TRPCClientErrorLike<ConsoleRouter>;

/** Browser mode's token check answers a bare HTTP 401, before tRPC is involved. */
function isHttpUnauthorized(error: ConsoleError): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const response: unknown = error.meta?.['response'];
  return response instanceof Response && response.status === 401;
}

/** The console's own messages stay as it sent them; the renderer's framing is translated. */
export function describeError(error: ConsoleError, t: Messages = ENGLISH): string {
  const data = error.data;
  if (isHttpUnauthorized(error)) return t.notSignedIn;
  // The core's own UNAUTHORIZED: nobody is signed in on the console any more.
  if (data?.code === 'UNAUTHORIZED') return t.signin.signInFirst;
  if (typeof data?.reason === 'string') return t.signin.reason(data.reason);
  const fieldErrors = data?.fieldErrors ?? {};
  const fieldMessages = Object.values(fieldErrors).flatMap((messages) => messages ?? []);
  if (fieldMessages.length > 0) return fieldMessages.join(' ');
  // No tRPC error data: the request itself failed, e.g. the console process is gone.
  if (data === undefined || data === null) {
    return t.consoleNotAnswering(error.message);
  }
  return error.message;
}
