// Child processes the chaos runner starts, kills with SIGKILL at random points, and
// restarts: the real server and the real console core, each in its own Node process.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUNDLE_DIR = resolve(ROOT, '.tmp', 'chaos');

/**
 * Bundles an entry point once per chaos session, so each of the many restarts is a plain
 * `node file.mjs` (~0.1 s) rather than a TypeScript compile (~1 s). Plain node, not the tsx
 * CLI: that CLI runs the script in a grandchild, which a SIGKILL would leave running.
 */
export async function bundle(entry: string, name: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = resolve(BUNDLE_DIR, `${name}.mjs`);
  await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
/** A child that has not said it is ready by then is a failure of the run, not a hang. */
const READY_TIMEOUT_MS = 20_000;

/**
 * A port for a child that will be killed and restarted on the same port. It is drawn below
 * Linux's ephemeral range (32768+), so no outgoing connection can hold it as its source
 * port while the child is down.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const server = createServer();
    const bound = await new Promise<boolean>((done) => {
      server.once('error', () => done(false));
      server.listen(port, '127.0.0.1', () => done(true));
    });
    if (bound) {
      await new Promise<void>((done) => server.close(() => done()));
      return port;
    }
  }
  throw new Error('no free port below the ephemeral range');
}

export class ManagedProcess {
  private child: ChildProcess | null = null;
  private output = '';
  readyLine = '';

  constructor(
    readonly name: string,
    private readonly args: () => string[],
    private readonly isReady: (line: string) => boolean,
  ) {}

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, this.args(), {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.output = '';
    await new Promise<void>((resolveReady, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} not ready: ${this.output.slice(-2000)}`)), READY_TIMEOUT_MS);
      let pending = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        pending += chunk.toString();
        this.output = (this.output + chunk.toString()).slice(-20_000);
        for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n')) {
          const line = pending.slice(0, newline);
          pending = pending.slice(newline + 1);
          if (this.isReady(line)) {
            this.readyLine = line;
            clearTimeout(timer);
            resolveReady();
          }
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        this.output = (this.output + chunk.toString()).slice(-20_000);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${code ?? signal}) before ready: ${this.output.slice(-2000)}`));
      });
    });
  }

  /** kill -9: no shutdown hooks, no flush — the crash the ledgers must survive. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGKILL');
    await exited;
  }

  /** A clean stop (SIGTERM), bounded; falls back to SIGKILL. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  get log(): string {
    return this.output;
  }
}
