// The administrator on this console: signs in to the server with a username and password,
// keeps the server's session token here in the core (never returned to the renderer, never
// logged), and forwards administrator calls with it. Every failure becomes a typed error the
// screen can explain: the server unreachable (BAD_GATEWAY), the session over (UNAUTHORIZED,
// and the administrator is signed out), or the server's own refusal with its message.
import { TRPCClientError } from '@trpc/client';
import { TRPCError } from '@trpc/server';
import type { ConsoleCore } from './console-core.ts';
import type { ConsoleSession } from './session.ts';
import {
  createServerClient,
  rejectionReason,
  serverAnswered,
  type ServerClient,
} from './server-client.ts';

/** Reports read rollups and lists are bounded, so a slower answer means trouble. */
const ADMIN_CALL_TIMEOUT_MS = 10_000;
/** Calls per HTTP request: the reports screen asks for a handful at once. */
const ADMIN_BATCH_MAX_ITEMS = 8;

/** The tRPC codes a server refusal is passed on with; anything else becomes BAD_GATEWAY. */
const PASSED_ON_CODES = [
  'BAD_REQUEST',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'TOO_MANY_REQUESTS',
  'UNPROCESSABLE_CONTENT',
] as const;
type PassedOnCode = (typeof PASSED_ON_CODES)[number];

export const SERVER_UNREACHABLE_MESSAGE =
  'The server cannot be reached; administration needs it. Check the connection and try again.';
export const SESSION_ENDED_MESSAGE =
  'Your administrator session has ended. Sign in again as administrator.';
export const NOT_SIGNED_IN_MESSAGE =
  'You are not signed in as administrator, or your session has ended. Sign in again.';
export const WRONG_PASSWORD_MESSAGE = 'Wrong username or password.';

export interface SignedInAdministrator {
  readonly name: string;
}

function isPassedOn(code: unknown): code is PassedOnCode {
  return PASSED_ON_CODES.some((known) => known === code);
}

/** The server's code of an answered error, e.g. 'UNAUTHORIZED'. */
function serverCode(error: unknown): unknown {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null && 'code' in data ? data.code : null;
}

export class AdministratorSession {
  /** The server client of server-client.ts, with the held token on every request. */
  private readonly client: ServerClient;
  /** Signed in through this object and not signed out by hand since. */
  private signedInHere = false;

  constructor(
    serverUrl: string,
    /** The console's session holds the sign-in, so auth.status shows the administrator. */
    private readonly store: ConsoleSession,
  ) {
    this.client = createServerClient(serverUrl, {
      timeoutMs: ADMIN_CALL_TIMEOUT_MS,
      maxItems: ADMIN_BATCH_MAX_ITEMS,
      token: () => store.administratorToken(),
    });
  }

  /**
   * True when the administrator's session ended without a sign-out (the server or the
   * console's clock ended it) and nobody has signed in since: the sign-in form says so.
   */
  sessionEnded(): boolean {
    return this.signedInHere && this.store.current() === null;
  }

  /** Who is signed in as administrator here, without the token. */
  signedIn(): SignedInAdministrator | null {
    const who = this.store.current();
    return who?.role === 'administrator' ? { name: who.name } : null;
  }

  async signIn(input: { username: string; password: string }): Promise<SignedInAdministrator> {
    let grant;
    let serverNowMs;
    const sentAtMs = Date.now();
    try {
      // In one HTTP request: the server's clock tells how long the session lasts here.
      [grant, { time: serverNowMs }] = await Promise.all([
        this.client.auth.login.mutate(input),
        this.client.system.info.query(),
      ]);
    } catch (error) {
      if (rejectionReason(error) === 'login_failed') {
        throw new TRPCError({ code: 'BAD_REQUEST', message: WRONG_PASSWORD_MESSAGE });
      }
      throw this.translate(error);
    }
    if (grant.role !== 'administrator') {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'That account is not an administrator.' });
    }
    this.store.signInAdministrator({
      name: input.username,
      serverToken: grant.token,
      // The expiry on this console's clock, whatever the skew between the two clocks.
      expiresAt: sentAtMs + (grant.expiresAt - serverNowMs),
    });
    this.signedInHere = true;
    return { name: input.username };
  }

  /** Ends the server session too when the server answers; locally it ends regardless. */
  async signOut(): Promise<void> {
    this.signedInHere = false;
    if (this.store.administratorToken() === null) return;
    try {
      await this.client.auth.logout.mutate();
    } catch {
      // The token is forgotten below either way; an unreachable server expires it itself.
    }
    this.store.signOut();
  }

  /** Runs one administrator call with the held session, translating every failure. */
  async call<T>(run: (client: ServerClient) => Promise<T>): Promise<T> {
    if (this.store.administratorToken() === null) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: NOT_SIGNED_IN_MESSAGE });
    }
    try {
      return await run(this.client);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): TRPCError {
    if (error instanceof TRPCError) return error;
    if (!serverAnswered(error)) {
      return new TRPCError({ code: 'BAD_GATEWAY', message: SERVER_UNREACHABLE_MESSAGE });
    }
    const code = serverCode(error);
    if (code === 'UNAUTHORIZED') {
      // The server no longer knows the session (expired or logged out elsewhere).
      if (this.store.administratorToken() !== null) this.store.signOut();
      return new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_ENDED_MESSAGE });
    }
    const message = error instanceof Error ? error.message : 'The server refused the call.';
    if (rejectionReason(error) === 'login_throttled') {
      return new TRPCError({ code: 'TOO_MANY_REQUESTS', message });
    }
    return new TRPCError({ code: isPassedOn(code) ? code : 'BAD_GATEWAY', message });
  }
}

// One administrator session per console core, made on first use. A WeakMap keeps the
// ConsoleCore class free of administrator concerns and lets a stopped core be collected.
// The token lives in the core's console session, so auth.status shows the administrator.
const sessions = new WeakMap<ConsoleCore, AdministratorSession>();

export function administratorOf(core: ConsoleCore): AdministratorSession {
  let session = sessions.get(core);
  if (session === undefined) {
    session = new AdministratorSession(core.info().serverUrl, core.session);
    sessions.set(core, session);
  }
  return session;
}
