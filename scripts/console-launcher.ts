// Launches the merchant console: the Electron window where the Electron binary exists,
// otherwise the same core behind a browser on 127.0.0.1 (one line says which).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startConsole, type RunningConsole } from '../desktop/core/console.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER_DIR = join(ROOT, 'out', 'renderer');
const MAIN_ENTRY = join(ROOT, 'out', 'main', 'index.js');

/**
 * The Electron binary's path, or null with the reason it cannot be used. Read from the
 * package's path.txt rather than require('electron'), which would try to download it.
 */
export function electronBinary(): { path: string; why: null } | { path: null; why: string } {
  const packageDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { path: null, why: 'the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD)' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = join(override ?? join(packageDir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path, why: null } : { path: null, why: `the Electron binary is missing at ${path}` };
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
