// The core runs in Electron, behind a browser and headless: it must never import Electron,
// the renderer, or the server's code (only the server router's *type* crosses).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const sources = readdirSync(here).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

function imports(source: string): Array<{ path: string; typeOnly: boolean }> {
  const found: Array<{ path: string; typeOnly: boolean }> = [];
  for (const match of source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gms)) {
    found.push({ path: match[2]!, typeOnly: Boolean(match[1]) });
  }
  return found;
}

describe('desktop/core layering', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  for (const name of sources) {
    it(`${name} imports no electron, renderer or server code`, () => {
      for (const { path, typeOnly } of imports(readFileSync(join(here, name), 'utf8'))) {
        expect(path, `${name} imports ${path}`).not.toMatch(/^electron(\/|$)/);
        expect(path, `${name} imports ${path}`).not.toMatch(/renderer|desktop\/main|preload/);
        if (path.startsWith('.') && path.includes('/server/')) expect(typeOnly, `${name} imports server code from ${path}`).toBe(true);
      }
    });
  }

  it('recognizes a forbidden import (the check can fail)', () => {
    expect(imports("import { app } from 'electron';")).toEqual([{ path: 'electron', typeOnly: false }]);
    expect(imports("import type { AppRouter } from '../../server/routers/index.ts';")[0]?.typeOnly).toBe(true);
  });
});
