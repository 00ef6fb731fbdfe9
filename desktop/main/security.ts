// Locks the window to the app: no navigation away, no new windows, no webviews and no
// permissions. The renderer shows data from the network, so main treats it as hostile.
// The Content-Security-Policy is the meta tag in desktop/renderer/index.html: the app is
// loaded from file://, which has no response headers to put a policy in.
import { type IpcMainInvokeEvent, type Session, type WebContents, app } from 'electron';
import { isAppUrl } from './app-url.ts';

/** Only the app's own top-level frame may call the console's API. */
export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: URL): boolean {
  const frame = event.senderFrame;
  if (frame === null) return false;
  return frame === event.sender.mainFrame && isAppUrl(frame.url, appUrl);
}

function hardenWebContents(contents: WebContents, appUrl: URL): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function hardenSession(session: Session): void {
  // A cashier screen needs no camera, microphone, notifications or geolocation.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Call once, before any window exists. */
export function installSecurityGuards(session: Session, appUrl: URL): void {
  hardenSession(session);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
}
