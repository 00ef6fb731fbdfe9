import { describe, expect, it } from 'vitest';
import { takeSessionToken, tokenFromHash } from './session-token.ts';

function fakeBrowser(hash: string) {
  const stored = new Map<string, string>();
  const urls: string[] = [];
  return {
    urls,
    environment: {
      location: { hash, pathname: '/', search: '' },
      history: {
        state: null,
        replaceState: (_state: unknown, _unused: string, url?: string | URL | null) =>
          void urls.push(String(url)),
      },
      storage: {
        getItem: (key: string) => stored.get(key) ?? null,
        setItem: (key: string, value: string) => void stored.set(key, value),
      },
    },
  };
}

describe('session token', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abc_DEF-1')).toBe('abc_DEF-1');
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  it('stores the token and clears it from the address bar', () => {
    const browser = fakeBrowser('#token=XYZ');
    expect(takeSessionToken(browser.environment)).toBe('XYZ');
    expect(browser.urls).toEqual(['/']);
    // A reload has no fragment any more and finds the stored token.
    const reloaded = { ...browser.environment, location: { hash: '', pathname: '/', search: '' } };
    expect(takeSessionToken(reloaded)).toBe('XYZ');
  });

  it('answers null when there is no token anywhere', () => {
    expect(takeSessionToken(fakeBrowser('').environment)).toBeNull();
  });
});
