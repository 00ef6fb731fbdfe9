import { describe, expect, it } from 'vitest';
import { isAppUrl } from './app-url.ts';

describe('isAppUrl', () => {
  const fileApp = new URL('file:///opt/hspos/out/renderer/index.html');

  it('accepts the app page with any hash or query', () => {
    expect(isAppUrl('file:///opt/hspos/out/renderer/index.html', fileApp)).toBe(true);
    expect(isAppUrl('file:///opt/hspos/out/renderer/index.html#/x?y=1', fileApp)).toBe(true);
  });

  it('refuses other files, other schemes and garbage', () => {
    expect(isAppUrl('file:///tmp/evil.html', fileApp)).toBe(false);
    expect(isAppUrl('https://example.com/', fileApp)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', fileApp)).toBe(false);
    expect(isAppUrl('not a url', fileApp)).toBe(false);
  });

  it('compares origins for a dev server', () => {
    const devApp = new URL('http://localhost:5173/');
    expect(isAppUrl('http://localhost:5173/index.html', devApp)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false);
  });
});
