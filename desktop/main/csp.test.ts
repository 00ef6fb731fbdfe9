// The renderer is loaded from file://, which has no response headers, so its
// Content-Security-Policy is the meta tag in index.html. This test keeps that tag strict.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const indexHtml = readFileSync(
  join(import.meta.dirname, '../renderer/index.html'),
  'utf8',
);

function policy(): Map<string, string[]> {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml);
  const directives = new Map<string, string[]>();
  for (const directive of (match?.[1] ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== undefined && name !== '') directives.set(name, sources);
  }
  return directives;
}

describe('renderer Content-Security-Policy', () => {
  const directives = policy();

  it('is present and defaults to the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('runs only the bundled scripts: no inline code, no eval, no remote hosts', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    const everySource = [...directives.values()].flat();
    expect(everySource).not.toContain("'unsafe-inline'");
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource.filter((source) => /^(https?:|\*)/.test(source))).toEqual([]);
  });

  it('forbids plugins, base rewriting and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('talks to nothing but the app: the core is reached over IPC, not the network', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});
