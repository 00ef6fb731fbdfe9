// Locks the window to the app: no navigation away, no new windows, no webviews and no
// permissions. The renderer shows data from the network, so main treats it as hostile.
// The Content-Security-Policy is the meta tag in desktop/renderer/index.html: the app is
// loaded from file://, which has no response headers to put a policy in.
import { type IpcMainInvokeEvent, type Session, type WebContents, app } from 'electron';
import { isAppUrl } from './app-url.ts';

/**
 * Only a top-level frame showing the app may call the console's API: never a subframe, and
 * never a page that got loaded some other way. A destroyed or navigated frame is null.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: URL): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
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

/**
 * A cashier screen needs no camera, microphone, notifications or geolocation: only writing
 * the payment link to the clipboard ("Copy link").
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/** Call once, before any window exists. */
export function installSecurityGuards(session: Session, appUrl: URL): void {
  hardenSession(session);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
}
