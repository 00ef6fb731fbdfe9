import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options.ts';

const bounds = { x: 10, y: 20, width: 1280, height: 800 };

function webPreferences(isDevelopment: boolean) {
  const preloadPath = '/app/preload/index.cjs';
  const options = mainWindowOptions({ preloadPath, bounds, isDevelopment });
  return { options, preferences: options.webPreferences ?? {} };
}

describe('mainWindowOptions', () => {
  it('opens at the restored bounds, hidden until ready, with a minimum size', () => {
    const { options } = webPreferences(false);
    expect(options).toMatchObject({ ...bounds, show: false, minWidth: 900, minHeight: 600 });
  });

  it('isolates the renderer: context isolation, sandbox, no Node anywhere', () => {
    const { preferences } = webPreferences(false);
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
    expect(preferences.preload).toBe('/app/preload/index.cjs');
  });

  it('keeps the web platform strict: same-origin policy, no insecure content, no webviews', () => {
    const { preferences } = webPreferences(false);
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('allows devtools only in development', () => {
    expect(webPreferences(false).preferences.devTools).toBe(false);
    expect(webPreferences(true).preferences.devTools).toBe(true);
  });

  it('never turns a secure default off in development', () => {
    const { preferences } = webPreferences(true);
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });
});
