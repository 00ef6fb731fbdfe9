// protocol/ is pure: it imports nothing from Node, the DOM, Electron or React, nothing from
// the rest of the repository, and it never reads the clock or an RNG itself (time and
// randomness are parameters). That is what makes fixed test vectors possible and lets the
// phone, the console and the server share one implementation. This test reads the imports
// and calls of every non-test source file, so the rule holds by check, not by hope.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PROTOCOL_DIR = new URL('./', import.meta.url);

/** Packages protocol/ may use: audited, pure JavaScript, no I/O. */
const ALLOWED_PACKAGES = [/^@noble\/[a-z0-9-]+(\/[A-Za-z0-9_./-]+)?$/, /^zod(\/.*)?$/, /^otplib$/];

/** A sibling module inside protocol/ (no "..", no sub-folders leaving it). */
const SIBLING_MODULE = /^\.\/[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.ts$/;

/** Ambient clock, randomness and host objects: each must come in as a parameter instead. */
const FORBIDDEN_CALLS: readonly [RegExp, string][] = [
  [/\bDate\.now\b/, 'Date.now'],
  [/\bnew\s+Date\s*\(/, 'new Date('],
  [/\bMath\.random\b/, 'Math.random'],
  [/\bcrypto\.(getRandomValues|randomUUID|randomBytes|subtle)\b/, 'crypto.*'],
  [/\bperformance\.now\b/, 'performance.now'],
  [/\bprocess\./, 'process.*'],
  [/\bBuffer\b/, 'Buffer'],
  [/\b(setTimeout|setInterval|setImmediate)\b/, 'timers'],
  [/\bwindow\./, 'window.*'],
  [/\brequire\s*\(/, 'require('],
];

/**
 * Removes block comments and line comments that start a line or follow white space, so prose
 * like "the freshness window. A retry" is not read as code. A "//" inside a URL string
 * ("http://...") follows a colon and is kept.
 */
export function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Every module specifier: static imports and re-exports, side-effect and dynamic imports. */
export function importsOf(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

export function importProblem(specifier: string): string | null {
  if (SIBLING_MODULE.test(specifier)) return null;
  if (ALLOWED_PACKAGES.some((pattern) => pattern.test(specifier))) return null;
  return `imports ${specifier}`;
}

export function callProblems(source: string): string[] {
  const code = withoutComments(source);
  return FORBIDDEN_CALLS.filter(([pattern]) => pattern.test(code)).map(([, name]) => name);
}

function sourceFiles(): string[] {
  return readdirSync(PROTOCOL_DIR)
    .filter((name) => name.endsWith('.ts') && !/\.test\.tsx?$/.test(name))
    .sort();
}

describe('protocol/ layering', () => {
  it('finds the source files it is meant to check', () => {
    expect(sourceFiles()).toEqual(expect.arrayContaining(['channel.ts', 'index.ts', 'otp.ts']));
  });

  it.each(sourceFiles())('%s imports only protocol/, @noble/*, zod and otplib', (name) => {
    const source = readFileSync(new URL(name, PROTOCOL_DIR), 'utf8');
    const specifiers = importsOf(withoutComments(source));
    const problems = specifiers.map(importProblem).filter((problem) => problem !== null);
    expect(problems).toEqual([]);
  });

  it.each(sourceFiles())('%s reads no clock, RNG or host object', (name) => {
    const source = readFileSync(new URL(name, PROTOCOL_DIR), 'utf8');
    expect(callProblems(source)).toEqual([]);
  });

  it('would catch the imports and calls it forbids', () => {
    const bad = [
      "import { readFileSync } from 'node:fs';",
      "import * as fs from 'fs';",
      "import crypto from 'crypto';",
      "export { x } from '../server/x.ts';",
      "import { app } from 'electron';",
      "import React from 'react';",
      "import 'path';",
      "const os = await import('os');",
      "import type { Db } from '../db/server/schema.ts';",
      "import { x } from './sub/dir.ts';",
    ].join('\n');
    expect(importsOf(bad).map(importProblem).sort()).toEqual(
      [
        'imports node:fs',
        'imports fs',
        'imports crypto',
        'imports ../server/x.ts',
        'imports electron',
        'imports react',
        'imports path',
        'imports os',
        'imports ../db/server/schema.ts',
        'imports ./sub/dir.ts',
      ].sort(),
    );
    const good = "import { z } from 'zod';\nimport { sha256 } from '@noble/hashes/sha2.js';";
    expect(importsOf(good).map(importProblem)).toEqual([null, null]);
    const calls =
      'Date.now(); new Date(); Math.random(); crypto.getRandomValues(a); performance.now()';
    const commented = '// Date.now() in a comment\n/* Math.random() */ const x = 1;';
    expect(callProblems(commented)).toEqual([]);
    expect(callProblems("const hub = 'http://x'; Date.now();")).toEqual(['Date.now']);
    expect(callProblems(calls)).toEqual([
      'Date.now',
      'new Date(',
      'Math.random',
      'crypto.*',
      'performance.now',
    ]);
  });
});
