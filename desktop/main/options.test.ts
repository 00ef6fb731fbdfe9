import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_URL, parseMainOptions } from './options.ts';

// What Electron's process.argv looks like before our own flags.
const electronPrefix = ['/opt/electron/electron', '/app', '--no-sandbox'];

describe('parseMainOptions', () => {
  it('defaults the server URL and leaves the data directory to Electron', () => {
    expect(parseMainOptions(electronPrefix, {})).toEqual({
      serverUrl: DEFAULT_SERVER_URL,
      dataDir: null,
    });
  });

  it('takes the server URL from the environment, and the flag over it', () => {
    const env = { HSPOS_SERVER_URL: 'http://10.0.0.2:4100' };
    expect(parseMainOptions(electronPrefix, env).serverUrl).toBe('http://10.0.0.2:4100');
    const argv = [...electronPrefix, '--server', 'https://pos.example.edu'];
    expect(parseMainOptions(argv, env).serverUrl).toBe('https://pos.example.edu');
  });

  it('reads --data in both spellings', () => {
    expect(parseMainOptions([...electronPrefix, '--data', '/tmp/a'], {}).dataDir).toBe('/tmp/a');
    expect(parseMainOptions([...electronPrefix, '--data=/tmp/b'], {}).dataDir).toBe('/tmp/b');
  });

  it('rejects a server URL that is not http(s)', () => {
    expect(() => parseMainOptions([...electronPrefix, '--server', 'file:///etc'], {})).toThrow(
      /--server/,
    );
    expect(() => parseMainOptions([...electronPrefix, '--server', 'nonsense'], {})).toThrow();
  });
});
