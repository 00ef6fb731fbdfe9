// Opens the console window where it was last time and keeps its place on disk. The rules
// live in window-state.ts and window-options.ts; this file only wires them to Electron.
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { mainWindowOptions } from './window-options.ts';
import { type WindowState, restoreWindowState } from './window-state.ts';
import {
  WINDOW_STATE_FILE_NAME,
  debouncedWindowStateSaver,
  readWindowState,
} from './window-state-store.ts';

export interface MainWindowPlan {
  readonly appUrl: URL;
  readonly preloadPath: string;
  readonly dataDir: string;
  readonly isDevelopment: boolean;
}

function currentState(window: BrowserWindow): WindowState {
  // The normal bounds, so a maximized window un-maximizes next time to where it was.
  return { ...window.getNormalBounds(), isMaximized: window.isMaximized() };
}

export function createMainWindow(plan: MainWindowPlan): BrowserWindow {
  const stateFile = join(plan.dataDir, WINDOW_STATE_FILE_NAME);
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const state = restoreWindowState(readWindowState(stateFile), [
    primary.workArea,
    ...others.map((display) => display.workArea),
  ]);
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: plan.preloadPath,
      bounds: state,
      isDevelopment: plan.isDevelopment,
    }),
  );
  const saver = debouncedWindowStateSaver(stateFile);
  const remember = (): void => saver.schedule(currentState(window));
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', () => {
    remember();
    saver.flush();
  });
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    window.show();
  });
  void window.loadURL(plan.appUrl.href);
  return window;
}
