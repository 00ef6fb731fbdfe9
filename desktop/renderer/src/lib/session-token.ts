// Browser mode: the console prints a URL like http://127.0.0.1:4200/#token=XYZ. The fragment
// never reaches a server log; we keep the token for this tab only and take it out of the
// address bar so it is not bookmarked, shared or shoulder-surfed.

const STORAGE_KEY = 'hspos.consoleToken';

/** The token in a fragment such as "#token=XYZ", or null. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token !== null && token !== '' ? token : null;
}

interface TokenEnvironment {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Takes the token from the URL fragment (storing it for reloads and clearing the fragment),
 * else the one stored for this tab, else null.
 */
export function takeSessionToken(environment: TokenEnvironment): string | null {
  const { location, history, storage } = environment;
  const fromHash = tokenFromHash(location.hash);
  if (fromHash === null) return storage.getItem(STORAGE_KEY);
  storage.setItem(STORAGE_KEY, fromHash);
  history.replaceState(history.state, '', location.pathname + location.search);
  return fromHash;
}
