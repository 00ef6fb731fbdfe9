// Launches the merchant console: the Electron window where the Electron binary exists,
// otherwise the same core behind a browser on 127.0.0.1 (one line says which).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { startConsole, type RunningConsole } from '../desktop/core/console.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER_DIR = join(ROOT, 'out', 'renderer');
const MAIN_ENTRY = join(ROOT, 'out', 'main', 'index.js');

/** The Electron binary's path, or null with the reason it cannot be used. */
export function electronBinary(): { path: string; why: null } | { path: null; why: string } {
  try {
    // The electron package exports the path of its downloaded binary.
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path, why: null };
    return { path: null, why: 'the Electron binary is not installed' };
  } catch (error) {
    return { path: null, why: `the Electron binary is not installed (${(error as Error).message.split('\n')[0]})` };
  }
}

/** Builds main, preload and renderer with electron-vite when no build is present. */
export function ensureBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html')) && existsSync(MAIN_ENTRY)) return;
  console.log('console: building the console (first run)…');
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('electron-vite build failed');
}

export interface LaunchOptions {
  readonly serverUrl: string;
  readonly dataDir: string;
  readonly uiPort: number;
  readonly hubHost: string;
  readonly hubPort: number;
}

export type LaunchedConsole =
  | { readonly kind: 'electron'; stop(): Promise<void> }
  | { readonly kind: 'browser'; readonly running: RunningConsole; stop(): Promise<void> };

export async function launchConsole(options: LaunchOptions): Promise<LaunchedConsole> {
  ensureBuilt();
  const electron = electronBinary();
  if (electron.path) {
    const child = spawn(
      electron.path,
      [MAIN_ENTRY, '--server', options.serverUrl, '--data', options.dataDir, '--hub-host', options.hubHost, '--hub-port', String(options.hubPort)],
      { stdio: 'inherit' },
    );
    console.log('console: opened the Electron window');
    return {
      kind: 'electron',
      stop: async () => {
        child.kill('SIGTERM');
      },
    };
  }
  const running = await startConsole({
    serverUrl: options.serverUrl,
    dataDir: options.dataDir,
    hubHost: options.hubHost,
    hubPort: options.hubPort,
    http: { host: '127.0.0.1', port: options.uiPort, rendererDir: RENDERER_DIR },
  });
  console.log(`console: ${electron.why}; open the console in a browser at ${running.uiUrl}`);
  return { kind: 'browser', running, stop: () => running.stop() };
}
