// Electron main process, kept thin: parse the command line, start the merchant core, open one
// locked-down window, and relay the renderer's tRPC calls to the core over one IPC channel.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, type BrowserWindow, dialog, type Event, ipcMain, Menu, session } from 'electron';
import { type RunningConsole, startConsole } from '../core/console.ts';
import { consoleRouter } from '../core/router.ts';
import { type IpcResponse, TRPC_IPC_CHANNEL } from '../preload/ipc-contract.ts';
import { dispatchIpcOperation } from './ipc-dispatch.ts';
import { buildAppMenuTemplate } from './menu.ts';
import { parseMainOptions } from './options.ts';
import { installSecurityGuards, isTrustedSender } from './security.ts';
import { createMainWindow } from './window.ts';

const rendererIndexPath = join(import.meta.dirname, '../renderer/index.html');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

/** electron-vite's dev server, honoured only in an unpackaged app. */
function devRendererUrl(): string | null {
  const url = process.env['ELECTRON_RENDERER_URL'];
  return !app.isPackaged && url !== undefined && url !== '' ? url : null;
}

const appUrl = new URL(devRendererUrl() ?? pathToFileURL(rendererIndexPath).href);

let running: RunningConsole | null = null;
let mainWindow: BrowserWindow | null = null;

function showAbout(): void {
  app.setAboutPanelOptions({
    applicationName: 'Handshake POS',
    applicationVersion: app.getVersion(),
  });
  app.showAboutPanel();
}

/** Answered to a frame that is not the app's; shaped like tRPC's own UNAUTHORIZED error. */
const untrustedSenderResponse: IpcResponse = {
  error: { code: -32001, message: 'Not the app.', data: { code: 'UNAUTHORIZED', httpStatus: 401 } },
};

function serveConsoleApi(runningConsole: RunningConsole): void {
  const context = { core: runningConsole.core };
  ipcMain.handle(TRPC_IPC_CHANNEL, async (event, operation: unknown): Promise<IpcResponse> => {
    if (!isTrustedSender(event, appUrl)) return untrustedSenderResponse;
    return dispatchIpcOperation(consoleRouter, context, operation);
  });
}

async function start(): Promise<void> {
  const options = parseMainOptions(process.argv, process.env);
  const dataDir = options.dataDir ?? app.getPath('userData');
  const isDevelopment = !app.isPackaged;
  installSecurityGuards(session.defaultSession, appUrl);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate({ isDevelopment, platform: process.platform, onAbout: showAbout }),
    ),
  );
  running = await startConsole({
    serverUrl: options.serverUrl,
    dataDir,
    ...(options.hubHost !== undefined ? { hubHost: options.hubHost } : {}),
    ...(options.hubPort !== undefined ? { hubPort: options.hubPort } : {}),
    http: null,
  });
  serveConsoleApi(running);
  mainWindow = createMainWindow({ appUrl, preloadPath, dataDir, isDevelopment });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** Stops the core, then exits; `running` is cleared first so this runs once. */
async function stopConsole(): Promise<void> {
  const runningConsole = running;
  running = null;
  try {
    await runningConsole?.stop();
  } catch (error: unknown) {
    process.stderr.write(`console stop failed: ${String(error)}\n`);
  }
}

/** Holds the quit until the core has closed its ledger and hub, then quits again. */
function stopConsoleBeforeQuit(event: Event): void {
  if (running === null) return;
  event.preventDefault();
  void stopConsole().finally(() => app.quit());
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Handshake POS could not start', message);
  void stopConsole().finally(() => app.exit(1));
}

function main(): void {
  // Two consoles on one data directory would fight over its ledger.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', stopConsoleBeforeQuit);
  app.whenReady().then(start).catch(fail);
}

main();
