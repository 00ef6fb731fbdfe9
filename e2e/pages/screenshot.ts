// Screenshots for docs/screenshots/, taken by the journey tests themselves so a picture in
// the README always shows a screen a test drove with real data. Only when asked
// (HSPOS_SCREENSHOTS=1): a normal test run leaves the committed pictures untouched.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const OUTPUT_DIR = resolve('docs/screenshots');
export const SCREENSHOT_VIEWPORT = { width: 1280, height: 800 } as const;

export async function documentScreen(page: Page, name: string): Promise<void> {
  if (process.env['HSPOS_SCREENSHOTS'] !== '1') return;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const viewport = page.viewportSize();
  await page.setViewportSize(SCREENSHOT_VIEWPORT);
  await page.screenshot({ path: `${OUTPUT_DIR}/${name}.png` });
  if (viewport) await page.setViewportSize(viewport);
}
