// The console window's BrowserWindow options, built by a pure function so each secure
// default is asserted by a unit test without Electron. Only types come from 'electron'.
import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, type Rectangle } from './window-state.ts';

export interface MainWindowSettings {
  readonly preloadPath: string;
  readonly bounds: Rectangle;
  /** An unpackaged app: devtools allowed. A packaged one never opens them. */
  readonly isDevelopment: boolean;
}

export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    ...settings.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Handshake POS',
    backgroundColor: '#f8fafc',
    // Shown on ready-to-show, so the cashier never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: settings.preloadPath,
      // The renderer shows data from the network: it gets no Node, no Electron and its own
      // JavaScript world; the preload's one `invoke` function is all that crosses.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: settings.isDevelopment,
      spellcheck: false,
    },
  };
}
