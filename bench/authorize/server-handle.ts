// The parent's handle on bench/authorize/server-process.ts: start, ask for CPU time, stop.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { serverProcessMessageSchema, type ServerProcessMessage } from './messages.ts';

const START_TIMEOUT_MS = 20_000;
const ANSWER_TIMEOUT_MS = 10_000;

export interface ServerHandle {
  readonly url: string;
  /** CPU time (user + system) the server process used since it was ready. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

function nextMessage<T extends ServerProcessMessage['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<ServerProcessMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`server process: no ${type} in time`)),
      timeoutMs,
    );
    const onMessage = (raw: unknown) => {
      const message = serverProcessMessageSchema.safeParse(raw);
      if (message.success && message.data.type === type) {
        finish(null, message.data as Extract<ServerProcessMessage, { type: T }>);
      }
    };
    const onExit = (code: number | null) => finish(new Error(`server process exited (${code})`));
    const finish = (error: Error | null, value?: Extract<ServerProcessMessage, { type: T }>) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error || !value) reject(error ?? new Error('server process: no answer'));
      else resolve(value);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Forks the server on `dbPath`. With BENCH_PROFILE_DIR set, the server process writes a
 * V8 CPU profile there (open it in Chrome DevTools → Performance).
 */
export async function startServerProcess(dbPath: string): Promise<ServerHandle> {
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const child = fork(join(import.meta.dirname, 'server-process.ts'), [dbPath], {
    execArgv: [
      '--import',
      'tsx',
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let ready: { url: string };
  try {
    ready = await nextMessage(child, 'ready', START_TIMEOUT_MS);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: ready.url,
    async cpuMs() {
      const answer = nextMessage(child, 'cpu', ANSWER_TIMEOUT_MS);
      child.send({ type: 'cpu' });
      return (await answer).cpuMs;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const stopped = nextMessage(child, 'stopped', ANSWER_TIMEOUT_MS);
      child.send({ type: 'stop' });
      try {
        await stopped;
        await exited;
      } catch {
        // It did not stop in time: it is ours, so end it rather than leave it running.
        child.kill('SIGKILL');
      }
    },
  };
}
