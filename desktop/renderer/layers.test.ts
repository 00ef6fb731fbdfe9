// The renderer's layer rule, checked on its sources: no Node, no Electron, nothing from the
// main process, and from the core and preload only types (`import type`). The page shows
// network data, so it must hold no capability beyond the tRPC client.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererDir = import.meta.dirname;
const IMPORT_PATTERN = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm;
const SIDE_EFFECT_IMPORT = /^\s*import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.config.ts') ? [path] : [];
  });
}

interface ImportUse {
  readonly file: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
}

function importsOf(file: string): ImportUse[] {
  const text = readFileSync(file, 'utf8');
  const name = relative(rendererDir, file);
  const uses = [...text.matchAll(IMPORT_PATTERN)].map((match) => ({
    file: name,
    specifier: match[3] ?? '',
    typeOnly: match[2] !== undefined,
  }));
  const sideEffects = [...text.matchAll(SIDE_EFFECT_IMPORT)].map((match) => ({
    file: name,
    specifier: match[1] ?? '',
    typeOnly: false,
  }));
  return [...uses, ...sideEffects];
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function violation(use: ImportUse): string | null {
  const { specifier, typeOnly } = use;
  // The layer test itself reads files with Node; it runs in vitest, never in the page.
  if (use.file === 'layers.test.ts') return null;
  if (nodeBuiltins.has(specifier)) return 'imports a Node module';
  if (specifier === 'electron' || specifier.startsWith('electron/')) return 'imports Electron';
  if (specifier.includes('/desktop/main/') || /(^|\/)main\//.test(specifier)) {
    return 'imports the main process';
  }
  const fromCoreOrPreload = /\/(core|preload)\//.test(specifier);
  if (fromCoreOrPreload && !typeOnly) return 'imports core or preload code, not only types';
  return null;
}

describe('renderer layer rule', () => {
  it('imports no Node, Electron or main code, and only types from core and preload', () => {
    const files = sourceFiles(rendererDir);
    expect(files.length).toBeGreaterThan(10);
    const problems = files
      .flatMap(importsOf)
      .map((use) => ({ use, problem: violation(use) }))
      .filter(({ problem }) => problem !== null)
      .map(({ use, problem }) => `${use.file}: ${problem} (${use.specifier})`);
    expect(problems).toEqual([]);
  });
});
