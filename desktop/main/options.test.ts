import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_URL, parseMainOptions } from './options.ts';

// What Electron's process.argv looks like before our own flags.
const electronPrefix = ['/opt/electron/electron', '/app', '--no-sandbox'];

function parse(flags: readonly string[], env: Record<string, string> = {}) {
  return parseMainOptions([...electronPrefix, ...flags], env);
}

describe('parseMainOptions', () => {
  it('defaults the server URL and leaves the rest to Electron and the core', () => {
    expect(parse([])).toEqual({
      serverUrl: DEFAULT_SERVER_URL,
      dataDir: null,
      hubHost: undefined,
      hubPort: undefined,
    });
  });

  it('takes the server URL from the environment, and the flag over it', () => {
    const env = { HSPOS_SERVER_URL: 'http://10.0.0.2:4100' };
    expect(parse([], env).serverUrl).toBe('http://10.0.0.2:4100');
    expect(parse(['--server', 'https://pos.example.edu'], env).serverUrl).toBe(
      'https://pos.example.edu',
    );
  });

  it('reads the data directory and the hub address as the launcher passes them', () => {
    const flags = ['--data=/tmp/b', '--hub-host', '192.168.0.7', '--hub-port', '4201'];
    expect(parse(flags)).toMatchObject({
      dataDir: '/tmp/b',
      hubHost: '192.168.0.7',
      hubPort: 4201,
    });
  });

  it('refuses bad values with the flag named', () => {
    expect(() => parse(['--server', 'file:///etc'])).toThrow(/--server/);
    expect(() => parse(['--server', 'nonsense'])).toThrow(/--server/);
    expect(() => parse(['--hub-port', 'eighty'])).toThrow(/--hub-port/);
    expect(() => parse(['--hub-port', '70000'])).toThrow();
    // A flag without its value: parseArgs reports `true`, which is not a directory.
    expect(() => parse(['--data'])).toThrow(/--data/);
  });
});
