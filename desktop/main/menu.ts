// The application menu, built by a pure function so its entries are unit-tested. Only types
// come from 'electron'; index.ts turns the template into a Menu.
import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuSettings {
  /** An unpackaged app: reload and devtools entries. A packaged one has neither. */
  readonly isDevelopment: boolean;
  /** process.platform: macOS puts Quit and About under the app's own menu. */
  readonly platform: string;
  readonly onAbout: () => void;
}

const ABOUT_LABEL = 'About Handshake POS';

function fileMenu(isMac: boolean): MenuItemConstructorOptions {
  // On macOS Quit lives in the app menu, and File closes the window as Mac users expect.
  const item: MenuItemConstructorOptions = isMac ? { role: 'close' } : { role: 'quit' };
  return { label: 'File', submenu: [item] };
}

const editMenu: MenuItemConstructorOptions = {
  label: 'Edit',
  submenu: [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
  ],
};

function viewMenu(isDevelopment: boolean): MenuItemConstructorOptions {
  const developmentItems: MenuItemConstructorOptions[] = isDevelopment
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  return {
    label: 'View',
    submenu: [...developmentItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
  };
}

export function buildAppMenuTemplate(settings: AppMenuSettings): MenuItemConstructorOptions[] {
  const isMac = settings.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: ABOUT_LABEL, click: settings.onAbout };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: 'Handshake POS', submenu: [about, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  return [
    ...appMenu,
    fileMenu(isMac),
    editMenu,
    viewMenu(settings.isDevelopment),
    { label: 'Help', submenu: [about] },
  ];
}
