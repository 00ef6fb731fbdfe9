// Which URLs belong to the app. Electron-free, so the rule is unit-tested.

/** Whether `candidate` is a page of the app: the renderer's index, ignoring query and hash. */
export function isAppUrl(candidate: string, appUrl: URL): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (appUrl.protocol === 'file:') {
    // Any other local file could be a page an attacker wrote to disk.
    return url.protocol === 'file:' && url.pathname === appUrl.pathname;
  }
  // Development only: the renderer comes from electron-vite's dev server.
  return url.origin === appUrl.origin;
}
